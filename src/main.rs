use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = gatewayctl::cli::Cli::parse();
    // One thread is plenty: the work is a handful of round trips, and
    // independent waits are joined, not spread over threads.
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => {
            let code = runtime.block_on(gatewayctl::run(cli));
            // A prompt interrupted by Ctrl-C still blocks a thread reading
            // the terminal: do not wait for it.
            runtime.shutdown_background();
            code
        }
        Err(e) => {
            let error = gatewayctl::error::Error::failure(format!("cannot start: {e}"));
            gatewayctl::output::Output::new(
                gatewayctl::output::ColorWhen::Never,
                gatewayctl::output::Format::Text,
                false,
            )
            .error(&error);
            error.exit_code()
        }
    }
}
