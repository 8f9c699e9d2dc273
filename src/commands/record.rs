//! Applying a plan with its journal entry: the entry is written just before
//! COMMIT, and forgotten again if the COMMIT fails.

use crate::cli::JournalArgs;
use crate::error::Result;
use crate::journal::{Draft, Entry, Journal};
use crate::navixy::Db;
use crate::navixy::db::Applied;
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
        (Ok(applied), Some(entry)) => Ok((applied, entry)),
        (Ok(_), None) => Err(crate::error::Error::failure(
            "the change was applied but not recorded (the plan has no COMMIT)",
        )),
        (Err(error), recorded) => {
            if let Some(entry) = recorded {
                journal.forget(entry.id);
            }
            Err(error)
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
