//! gatewayctl: set up and check Twilio SMS gateways in a Navixy on-premise
//! database. This library is the binary's implementation, not a stable API.

pub mod checks;
pub mod cli;
mod commands;
pub mod credentials;
pub mod error;
pub mod input;
pub mod journal;
pub mod navixy;
pub mod output;
mod prompt;
pub mod secret;
pub mod sql;
pub mod twilio;

use error::{Error, Kind};
use output::Output;
use std::process::ExitCode;

pub use commands::completion_script;

/// Runs one parsed command line and reports its outcome.
pub async fn run(cli: cli::Cli) -> ExitCode {
    let out = Output::new(
        cli.color.into(),
        commands::format_of(&cli.command),
        commands::verbose_of(&cli.command),
    );
    let result = tokio::select! {
        result = commands::dispatch(cli.command, &out) => result,
        _ = tokio::signal::ctrl_c() => {
            prompt::restore_terminal();
            Err(Error::new(Kind::Interrupted, "interrupted").hint(
                "a change counts only once gatewayctl has said so; gatewayctl history lists those, and marks one cut off at its COMMIT as not confirmed",
            ))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            out.error(&error);
            error.exit_code()
        }
    }
}
