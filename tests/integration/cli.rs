//! The command line itself: help, completions kept in sync with it.

use crate::common::*;
use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;
use gatewayctl::cli::{Cli, ShellArg};

fn generated(shell: Shell) -> String {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "gatewayctl", &mut buffer);
    String::from_utf8(buffer).expect("utf8 completion script")
}

fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "gatewayctl.bash",
        Shell::Zsh => "_gatewayctl",
        Shell::Fish => "gatewayctl.fish",
        Shell::Elvish => "gatewayctl.elv",
        Shell::PowerShell => "_gatewayctl.ps1",
        _ => unreachable!("a shell gatewayctl does not ship"),
    }
}

/// The checked-in completion scripts must match the CLI. Regenerate with
/// `GATEWAYCTL_UPDATE_GENERATED=1 cargo test completions`.
#[test]
fn completions_are_up_to_date() {
    let update = std::env::var_os("GATEWAYCTL_UPDATE_GENERATED").is_some();
    let mut stale = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        let path = root().join("completions").join(file_name(shell));
        let fresh = generated(shell);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != fresh {
            if update {
                std::fs::write(&path, &fresh).expect("write completion script");
            } else {
                stale.push(file_name(shell));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {stale:?}; run GATEWAYCTL_UPDATE_GENERATED=1 cargo test completions"
    );
}

#[test]
fn completions_command_prints_the_checked_in_scripts() {
    for shell in ShellArg::value_variants() {
        let name = shell.to_possible_value().unwrap().get_name().to_string();
        let run = gatewayctl(["completions", name.as_str()]).run();
        run.ok();
        let file = match shell {
            ShellArg::Bash => "gatewayctl.bash",
            ShellArg::Zsh => "_gatewayctl",
            ShellArg::Fish => "gatewayctl.fish",
            ShellArg::Elvish => "gatewayctl.elv",
            ShellArg::Powershell => "_gatewayctl.ps1",
        };
        assert_eq!(run.stdout, read(format!("completions/{file}")), "{name}");
        assert!(run.stdout.contains("add-twilio"), "{name}");
    }
}

#[test]
fn help_hides_environment_values() {
    let run = gatewayctl(["add-twilio", "--help"])
        .env("TWILIO_AUTH_TOKEN", TOKEN)
        .env(
            "GATEWAYCTL_DATABASE_URL",
            format!("mysql://root:{DB_PASSWORD}@h:1"),
        )
        .run();
    run.ok()
        .stdout_has("[env: TWILIO_AUTH_TOKEN]")
        .stdout_has("[env: GATEWAYCTL_DATABASE_URL]");
}
