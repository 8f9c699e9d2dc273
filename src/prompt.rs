//! Questions to the operator. Only asked when both stdin and stderr are
//! terminals; without one, a command that would write needs `--yes`.

use crate::error::{Error, Kind, Result};
use crate::secret::Secret;
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
        .hint("review the changes shown above, then run again with --yes"));
    }
    let question = question.to_string();
    let answer = ask(move |term| {
        Confirm::new()
            .with_prompt(question)
            .default(false)
            .show_default(true)
            .wait_for_newline(true)
            .interact_on_opt(term)
            .map_err(std::io::Error::other)
    })
    .await?;
    match answer {
        Some(true) => Ok(()),
        Some(false) => Err(Error::new(Kind::Declined, "declined; nothing was written")),
        None => Err(Error::new(Kind::Declined, "cancelled; nothing was written")),
    }
}

/// The terminal's settings before the first prompt. A prompt changes them
/// (no echo for secrets, raw keys for menus); when Ctrl-C ends the program
/// in the middle of one, they are put back so the shell is left usable.
static SAVED_TERMINAL: std::sync::Mutex<Option<rustix::termios::Termios>> =
    std::sync::Mutex::new(None);

fn save_terminal() {
    if let Ok(mut saved) = SAVED_TERMINAL.lock()
        && saved.is_none()
    {
        *saved = rustix::termios::tcgetattr(std::io::stdin()).ok();
    }
}

/// Puts the terminal back as it was before the first prompt, and the
/// cursor back on, when a prompt was interrupted.
pub fn restore_terminal() {
    let saved = SAVED_TERMINAL
        .lock()
        .ok()
        .and_then(|mut saved| saved.take());
    if let Some(settings) = saved {
        let _ = rustix::termios::tcsetattr(
            std::io::stdin(),
            rustix::termios::OptionalActions::Now,
            &settings,
        );
        let _ = Term::stderr().show_cursor();
        let _ = Term::stderr().write_line("");
    }
}

fn interrupted() -> Error {
    Error::new(
        Kind::Interrupted,
        "the prompt was interrupted; nothing was written",
    )
}

/// Runs a blocking dialoguer prompt off the async thread, so Ctrl-C (the
/// signal handler) still works while it waits.
async fn ask<T: Send + 'static>(
    prompt: impl FnOnce(&Term) -> std::io::Result<T> + Send + 'static,
) -> Result<T> {
    save_terminal();
    tokio::task::spawn_blocking(move || prompt(&Term::stderr()))
        .await
        .map_err(|_| interrupted())?
        .map_err(|_| interrupted())
}

/// A required value, checked by `rule` as it is typed (the prompt repeats
/// until it passes).
pub async fn text(
    question: &str,
    rule: fn(&str) -> std::result::Result<String, String>,
) -> Result<String> {
    let question = question.to_string();
    let typed: String = ask(move |term| {
        dialoguer::Input::<String>::new()
            .with_prompt(question)
            .validate_with(|value: &String| rule(value).map(|_| ()))
            .interact_text_on(term)
            .map_err(std::io::Error::other)
    })
    .await?;
    rule(&typed).map_err(Error::usage)
}

/// An optional value: an empty answer means none.
pub async fn optional_text(
    question: &str,
    rule: fn(&str) -> std::result::Result<String, String>,
) -> Result<Option<String>> {
    let question = question.to_string();
    let typed: String = ask(move |term| {
        dialoguer::Input::<String>::new()
            .with_prompt(question)
            .allow_empty(true)
            .validate_with(|value: &String| {
                if value.is_empty() {
                    Ok(())
                } else {
                    rule(value).map(|_| ())
                }
            })
            .interact_text_on(term)
            .map_err(std::io::Error::other)
    })
    .await?;
    if typed.is_empty() {
        Ok(None)
    } else {
        rule(&typed).map(Some).map_err(Error::usage)
    }
}

/// A secret: not echoed, checked by `rule`, never repeated in messages.
pub async fn secret(
    question: &str,
    rule: fn(&Secret) -> std::result::Result<Secret, String>,
) -> Result<Secret> {
    let question = question.to_string();
    let typed: String = ask(move |term| {
        dialoguer::Password::new()
            .with_prompt(question)
            .validate_with(|value: &String| rule(&Secret::new(value.as_str())).map(|_| ()))
            .interact_on(term)
            .map_err(std::io::Error::other)
    })
    .await?;
    rule(&Secret::new(typed)).map_err(Error::usage)
}

/// One of `items`, filtered as the operator types.
pub async fn choose(question: &str, items: Vec<String>) -> Result<usize> {
    let question = question.to_string();
    let picked: Option<usize> = ask(move |term| {
        dialoguer::FuzzySelect::new()
            .with_prompt(question)
            .items(&items)
            .default(0)
            .max_length(12)
            .interact_on_opt(term)
            .map_err(std::io::Error::other)
    })
    .await?;
    picked.ok_or_else(|| Error::new(Kind::Declined, "nothing was chosen; nothing was written"))
}

/// One of a few fixed `items`, picked with the arrow keys. Nothing typed
/// is shown (a pasted secret would be, in a filter).
pub async fn pick(question: &str, items: Vec<String>) -> Result<usize> {
    let question = question.to_string();
    let picked: Option<usize> = ask(move |term| {
        dialoguer::Select::new()
            .with_prompt(question)
            .items(&items)
            .default(0)
            .interact_on_opt(term)
            .map_err(std::io::Error::other)
    })
    .await?;
    picked.ok_or_else(|| Error::new(Kind::Declined, "nothing was chosen; nothing was written"))
}
