//! One module per subcommand. Each validates its input, builds what it
//! needs through `navixy` and `twilio`, and reports through `output`.

mod add_twilio;
mod completions;
pub use completions::script as completion_script;
mod link_dealer;
mod preview;
mod print_sql;
mod resolve;

use crate::cli::{Command, DbArgs};
use crate::error::{Error, Result};
use crate::navixy::Target;
use crate::output::{Format, Output};
use std::time::Duration;

/// The output format a command asked for (text for those without one).
pub fn format_of(command: &Command) -> Format {
    match command {
        Command::AddTwilio(a) => a.output.format(),
        Command::LinkDealer(a) => a.output.format(),
        Command::PrintSql(_) | Command::Completions(_) => Format::Text,
    }
}

pub async fn dispatch(command: Command, out: &Output) -> Result<()> {
    match command {
        Command::AddTwilio(args) => add_twilio::run(args, out).await,
        Command::LinkDealer(args) => link_dealer::run(args, out).await,
        Command::PrintSql(args) => print_sql::run(args, out),
        Command::Completions(args) => completions::run(&args, out),
    }
}

/// Where to connect, from --database-url or GATEWAYCTL_DATABASE_URL.
fn db_target(args: &DbArgs) -> Result<Target> {
    let timeout = Duration::from_secs(args.connect_timeout);
    match &args.database_url {
        Some(url) => Target::from_url(url, timeout),
        None => Err(Error::usage("no database given").hint(
            "pass --database-url mysql://USER:PASSWORD@HOST:PORT or set GATEWAYCTL_DATABASE_URL",
        )),
    }
}
