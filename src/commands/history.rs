//! history: the journal, oldest change first.

use super::record;
use crate::cli::HistoryArgs;
use crate::error::Result;
use crate::output::{Output, sanitize_cell};
use comfy_table::Cell;
use serde_json::json;

pub fn run(args: &HistoryArgs, out: &Output) -> Result<()> {
    let journal = record::journal(&args.journal)?;
    let (entries, damaged) = journal.list()?;
    for error in &damaged {
        out.warn(&error.message);
    }
    if out.json_wanted() {
        let changes: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| {
                json!({
                    "id": e.id,
                    "time": e.time,
                    "command": e.command,
                    "target": e.target,
                    "schema": e.schema,
                    "summary": e.summary,
                    "rows": e.changes.len(),
                    "undoes": e.undoes,
                    "undone_by": e.undone_by,
                    "committed": e.committed,
                    "notes": e.notes,
                })
            })
            .collect();
        out.json(&json!({
            "journal_dir": journal.dir().display().to_string(),
            "changes": changes,
        }));
        return Ok(());
    }
    if entries.is_empty() {
        out.print(&format!(
            "No changes recorded in {}.",
            journal.dir().display()
        ));
        return Ok(());
    }
    let rows = entries
        .iter()
        .map(|e| {
            let mut status = Vec::new();
            if !e.committed {
                status.push("not confirmed: COMMIT's answer was lost or interrupted".to_string());
            }
            if let Some(of) = e.undoes {
                status.push(format!("undoes {of}"));
            }
            if let Some(by) = e.undone_by {
                status.push(format!("undone by {by}"));
            }
            let status = status.join("\n");
            vec![
                Cell::new(e.id),
                Cell::new(&e.time),
                Cell::new(&e.command),
                Cell::new(format!(
                    "{} on {}",
                    sanitize_cell(&e.schema),
                    sanitize_cell(&e.target)
                )),
                Cell::new(sanitize_cell(&e.summary)),
                Cell::new(status),
            ]
        })
        .collect();
    out.print(&out.table(
        &["change", "time (UTC)", "command", "where", "what", "status"],
        rows,
    ));
    Ok(())
}
