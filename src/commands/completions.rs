//! completions: the checked-in scripts under completions/, exactly as
//! reviewed. A test regenerates them from the CLI and fails when stale.

use crate::cli::{CompletionsArgs, ShellArg};
use crate::error::Result;
use crate::output::Output;

pub fn script(shell: ShellArg) -> &'static str {
    match shell {
        ShellArg::Bash => include_str!("../../completions/gatewayctl.bash"),
        ShellArg::Zsh => include_str!("../../completions/_gatewayctl"),
        ShellArg::Fish => include_str!("../../completions/gatewayctl.fish"),
        ShellArg::Elvish => include_str!("../../completions/gatewayctl.elv"),
        ShellArg::Powershell => include_str!("../../completions/_gatewayctl.ps1"),
    }
}

pub fn run(args: &CompletionsArgs, out: &Output) -> Result<()> {
    out.print(script(args.shell));
    Ok(())
}
