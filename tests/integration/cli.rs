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

/// The man pages under doc/man, generated from the CLI definition: one for
/// gatewayctl and one per subcommand.
fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut command = Cli::command();
    command.build();
    let mut pages = Vec::new();
    let mut render = |name: String, command: clap::Command| {
        let mut buffer = Vec::new();
        clap_mangen::Man::new(command)
            .render(&mut buffer)
            .expect("render man page");
        pages.push((format!("{name}.1"), buffer));
    };
    render("gatewayctl".into(), command.clone());
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        // clap names are &'static str; a test may leak a few short strings.
        let name: &'static str = format!("gatewayctl-{}", sub.get_name()).leak();
        let bin: &'static str = format!("gatewayctl {}", sub.get_name()).leak();
        render(name.to_string(), sub.clone().name(name).bin_name(bin));
    }
    pages
}

/// Regenerate with `GATEWAYCTL_UPDATE_GENERATED=1 cargo test man_pages`.
#[test]
fn man_pages_are_up_to_date() {
    let update = std::env::var_os("GATEWAYCTL_UPDATE_GENERATED").is_some();
    let dir = root().join("doc/man");
    let mut stale = Vec::new();
    let pages = man_pages();
    for (name, fresh) in &pages {
        let path = dir.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(fresh.as_slice()) {
            if update {
                std::fs::create_dir_all(&dir).expect("create doc/man");
                std::fs::write(&path, fresh).expect("write man page");
            } else {
                stale.push(name.clone());
            }
        }
    }
    let expected: Vec<&String> = pages.iter().map(|(name, _)| name).collect();
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|name| !expected.contains(&name))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "stale man pages {stale:?}, pages of removed commands {extra:?}; run GATEWAYCTL_UPDATE_GENERATED=1 cargo test man_pages (and delete the extra ones)"
    );
    assert!(
        pages
            .iter()
            .any(|(name, _)| name == "gatewayctl-add-twilio.1")
    );
}

#[test]
fn colour_follows_color_and_no_color() {
    use crate::common::twilio::MockTwilio;
    let twilio = MockTwilio::happy("+15557654321");
    let args = |color: &str| {
        vec![
            "validate".to_string(),
            "--account-sid".into(),
            SID.into(),
            "--auth-token".into(),
            TOKEN.into(),
            "--phone".into(),
            "+15557654321".into(),
            "--twilio-api-url".into(),
            twilio.url(),
            "--color".into(),
            color.into(),
        ]
    };
    // The helper sets NO_COLOR=1: --color always still wins.
    let always = gatewayctl(args("always")).run();
    always.ok();
    assert!(
        always.stdout.contains("\x1b[32mok\x1b[0m"),
        "{:?}",
        always.stdout
    );
    // Not a terminal: no colour by default, whatever NO_COLOR says.
    let auto = gatewayctl(args("auto")).env("NO_COLOR", "").run();
    auto.ok();
    assert!(!auto.stdout.contains('\x1b'), "{:?}", auto.stdout);
    let never = gatewayctl(args("never")).run();
    assert!(!never.stdout.contains('\x1b'));
}
