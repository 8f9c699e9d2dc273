//! Questions to the operator. Only asked when both stdin and stderr are
//! terminals; without one, a command that would write needs `--yes`.

use crate::error::{Error, Kind, Result};
use dialoguer::Confirm;
use dialoguer::console::Term;
use std::io::IsTerminal;

/// Whether there is a person to ask: stdin and stderr are both terminals.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks before a write. `--yes` proceeds; no terminal refuses; otherwise
/// the answer defaults to No.
pub async fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !can_ask() {
        return Err(Error::usage(
            "this command writes to the database and there is no terminal to confirm on; nothing was written",
        )
        .hint("review the plan (or print-sql), then run again with --yes"));
    }
    let question = question.to_string();
    let answer = tokio::task::spawn_blocking(move || {
        Confirm::new()
            .with_prompt(question)
            .default(false)
            .show_default(true)
            .wait_for_newline(true)
            .interact_on_opt(&Term::stderr())
    })
    .await
    .map_err(|_| Error::new(Kind::Interrupted, "the prompt was interrupted"))?;
    match answer {
        Ok(Some(true)) => Ok(()),
        Ok(Some(false)) => Err(Error::new(Kind::Declined, "declined; nothing was written")),
        Ok(None) => Err(Error::new(Kind::Declined, "cancelled; nothing was written")),
        Err(_) => Err(Error::new(
            Kind::Interrupted,
            "the prompt was interrupted; nothing was written",
        )),
    }
}
