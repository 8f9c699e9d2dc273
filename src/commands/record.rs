//! Applying a plan with its journal entry: the entry is written just before
//! COMMIT, and forgotten again if the COMMIT fails.

use crate::cli::JournalArgs;
use crate::error::Result;
use crate::journal::{Draft, Entry, Journal};
use crate::navixy::Db;
use crate::navixy::db::Applied;
use crate::output::Output;
use crate::secret::Secret;
use crate::sql::Plan;

pub fn journal(args: &JournalArgs) -> Result<Journal> {
    Journal::locate(args.journal_dir.as_deref())
}

pub async fn apply(
    db: &mut Db,
    schema: &str,
    plan: &Plan,
    secrets: &[&Secret],
    journal: &Journal,
    out: &Output,
    draft: impl FnOnce(&Applied) -> Result<Draft>,
) -> Result<(Applied, Entry)> {
    let mut recorded: Option<Entry> = None;
    let target = db.target.clone();
    let result = db
        .apply(plan, secrets, |applied| {
            recorded = Some(journal.record(draft(applied)?, &target, schema)?);
            Ok(())
        })
        .await;
    match (result, recorded) {
        (Ok(applied), Some(entry)) => {
            if let Err(error) = journal.set_committed(entry.id) {
                out.warn(&format!(
                    "the change is committed, but change {} could not be marked so in the journal: {}",
                    entry.id, error.message
                ));
            }
            for warning in &applied.warnings {
                out.warn(warning);
            }
            Ok((applied, entry))
        }
        (Ok(_), None) => Err(crate::error::Error::failure(
            "the change was applied but not recorded (the plan has no COMMIT)",
        )),
        (Err(failure), Some(entry)) if failure.outcome_unknown => Err(failure.error.hint(format!(
            "change {} stays in the journal, marked as not confirmed: if its rows are there, gatewayctl undo {} takes it back",
            entry.id, entry.id
        ))),
        (Err(failure), recorded) => {
            if let Some(entry) = recorded {
                journal.forget(entry.id);
            }
            Err(failure.error)
        }
    }
}

/// The line that tells the operator how to take a change back.
pub fn undo_hint(entry: &Entry) -> String {
    format!(
        "Recorded as change {}; undo it with: gatewayctl undo {}",
        entry.id, entry.id
    )
}
