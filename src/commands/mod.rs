//! One module per subcommand. Each validates its input, builds what it
//! needs through `navixy` and `twilio`, and reports through `output`.

mod add_twilio;
mod completions;
mod doctor;
mod gate_state;
mod history;
mod interactive;
pub use completions::script as completion_script;
mod gate_report;
mod link_dealer;
mod list;
mod preview;
mod print_sql;
mod record;
mod resolve;
mod send_test;
mod show;
mod twilio_checks;
mod undo;
mod validate;

use crate::cli::{Command, DbArgs, TwilioApiArgs};
use crate::credentials::Credentials;
use crate::error::{Error, Result};
use crate::navixy::{Target, source};
use crate::output::{Format, Output};
use crate::twilio;
use std::time::Duration;

/// Whether the command was asked to show its calls to Twilio.
pub fn verbose_of(command: &Command) -> bool {
    match command {
        Command::AddTwilio(a) => a.twilio.verbose,
        Command::LinkDealer(a) => a.twilio.verbose,
        Command::Validate(a) => a.twilio.verbose,
        Command::SendTest(a) => a.twilio.verbose,
        Command::Doctor(a) => a.twilio.verbose,
        Command::PrintSql(_)
        | Command::Completions(_)
        | Command::List(_)
        | Command::Show(_)
        | Command::Enable(_)
        | Command::Disable(_)
        | Command::Remove(_)
        | Command::History(_)
        | Command::Undo(_) => false,
    }
}

/// The output format a command asked for (text for those without one).
pub fn format_of(command: &Command) -> Format {
    match command {
        Command::AddTwilio(a) => a.output.format(),
        Command::LinkDealer(a) => a.output.format(),
        Command::List(a) => a.output.format(),
        Command::Show(a) => a.output.format(),
        Command::Validate(a) => a.output.format(),
        Command::SendTest(a) => a.output.format(),
        Command::Enable(a) | Command::Disable(a) | Command::Remove(a) => a.output.format(),
        Command::History(a) => a.output.format(),
        Command::Doctor(a) => a.output.format(),
        Command::Undo(a) => a.output.format(),
        Command::PrintSql(_) | Command::Completions(_) => Format::Text,
    }
}

pub async fn dispatch(command: Command, out: &Output) -> Result<()> {
    match command {
        Command::AddTwilio(args) => add_twilio::run(args, out).await,
        Command::LinkDealer(args) => link_dealer::run(args, out).await,
        Command::List(args) => list::run(args, out).await,
        Command::Show(args) => show::run(args, out).await,
        Command::PrintSql(args) => print_sql::run(args, out),
        Command::Validate(args) => validate::run(args, out).await,
        Command::SendTest(args) => send_test::run(args, out).await,
        Command::Enable(args) => gate_state::run(gate_state::Action::Enable, args, out).await,
        Command::Disable(args) => gate_state::run(gate_state::Action::Disable, args, out).await,
        Command::Remove(args) => gate_state::run(gate_state::Action::Remove, args, out).await,
        Command::History(args) => history::run(&args, out),
        Command::Doctor(args) => doctor::run(args, out).await,
        Command::Undo(args) => undo::run(args, out).await,
        Command::Completions(args) => completions::run(&args, out),
    }
}

/// Where to connect: the URL, else the option file, else the mysql
/// client's defaults (see `navixy::source`), said on stderr.
fn db_target(args: &DbArgs, out: &Output) -> Result<Target> {
    let request = source::Request::from_env(
        args.database_url.as_ref(),
        args.defaults_file.as_deref(),
        Duration::from_secs(args.connect_timeout),
    );
    let resolved = source::resolve(&request)?;
    for note in &resolved.notes {
        out.note(note);
    }
    for warning in &resolved.warnings {
        out.warn(warning);
    }
    let mut target = resolved.target;
    target.query_timeout = Duration::from_secs(args.query_timeout);
    Ok(target)
}

/// A Twilio client for these credentials, at the URL, region or edge asked for.
fn twilio_client(
    args: &TwilioApiArgs,
    credentials: Credentials,
    out: &Output,
) -> Result<twilio::Client> {
    let base = twilio::base_url(
        args.twilio_api_url.as_deref(),
        args.twilio_region.as_deref(),
        args.twilio_edge.as_deref(),
    )
    .map_err(Error::usage)?;
    twilio::Client::new(
        &base,
        credentials,
        Duration::from_secs(args.twilio_timeout),
        out.trace(),
    )
}

/// A Twilio gate as stored in the database, with the credentials from its
/// params and the dealers linked to it.
struct StoredGate {
    credentials: Credentials,
    enabled: bool,
    /// The dealers linked to it.
    dealers: Vec<crate::navixy::Dealer>,
}

async fn stored_twilio_gate(args: &DbArgs, gate_id: u64, out: &Output) -> Result<StoredGate> {
    use crate::navixy::{Schema, reads};
    let target = db_target(args, out)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.schema.schema).await?;
    let gate = reads::gate(&mut db, &schema, gate_id)
        .await?
        .ok_or_else(|| missing_gate(&schema.name, gate_id))?;
    if gate.provider != "twilio" {
        return Err(Error::refused(format!(
            "gate {gate_id} is a '{}' gate; gatewayctl talks to Twilio gates only",
            crate::output::sanitize(&gate.provider)
        )));
    }
    let (credentials, _) = crate::credentials::TwilioParams::parse(&gate.params).map_err(|m| {
        Error::refused(format!("gate {gate_id}: {m}"))
            .hint("repair its params, e.g. by adding the gate again with add-twilio")
    })?;
    let dealers = reads::dealers_of_gate(&mut db, &schema, gate_id).await?;
    db.close().await;
    Ok(StoredGate {
        credentials,
        enabled: gate.enabled,
        dealers,
    })
}

/// A dealer id that is not in the database.
fn missing_dealer(schema: &str, dealer_id: u64) -> Error {
    Error::refused(format!(
        "dealer {dealer_id} does not exist in {schema}.dealers; nothing was written"
    ))
    .hint(format!(
        "find the right id with: SELECT dealer_id, title, login FROM {schema}.dealers"
    ))
}

/// A gate id that is not in the database.
fn missing_gate(schema: &str, gate_id: u64) -> Error {
    Error::refused(format!(
        "gate {gate_id} does not exist in {schema}.sms_gates; nothing was written"
    ))
    .hint("see the gates with: gatewayctl list")
}
