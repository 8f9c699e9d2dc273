//! The result rows of validate and doctor: one per check, each with its
//! verdict and, when it is not ok, what to do.

use crate::error::{Error, Result};
use crate::output::{Output, Status, sanitize_cell};
use comfy_table::Cell;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Check {
    pub name: String,
    pub status: Status,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Check {
    fn new(name: &str, status: Status, detail: String, fix: Option<String>) -> Self {
        Self {
            name: name.to_string(),
            status,
            detail,
            fix,
        }
    }

    pub fn ok(name: &str, detail: impl Into<String>) -> Self {
        Self::new(name, Status::Ok, detail.into(), None)
    }

    pub fn warn(name: &str, detail: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(name, Status::Warn, detail.into(), Some(fix.into()))
    }

    pub fn fail(name: &str, detail: impl Into<String>, fix: Option<String>) -> Self {
        Self::new(name, Status::Fail, detail.into(), fix)
    }

    pub fn skip(name: &str, detail: impl Into<String>) -> Self {
        Self::new(name, Status::Skip, detail.into(), None)
    }
}

pub fn any_failed(checks: &[Check]) -> bool {
    checks.iter().any(|c| c.status == Status::Fail)
}

/// The exit of a checking command: success only when nothing failed; a
/// Twilio error when Twilio could not be reached, else a failed check.
pub fn verdict(checks: &[Check], twilio_unreachable: bool) -> Result<()> {
    let failed = checks.iter().filter(|c| c.status == Status::Fail).count();
    if failed == 0 {
        Ok(())
    } else if twilio_unreachable {
        Err(Error::twilio("Twilio could not be reached for every check")
            .hint("see the failed rows above; run with --verbose to see each call"))
    } else {
        Err(Error::failure(format!(
            "{failed} of {} checks failed",
            checks.len()
        )))
    }
}

/// The checks as a table: check, status, detail (with the fix below it).
pub fn table(out: &Output, checks: &[Check], for_stderr: bool) -> String {
    let rows = checks
        .iter()
        .map(|check| {
            let mut detail = sanitize_cell(&check.detail);
            if let Some(fix) = &check.fix {
                detail.push_str(&format!("\nfix: {}", sanitize_cell(fix)));
            }
            vec![
                Cell::new(&check.name),
                out.status_cell(check.status, for_stderr),
                Cell::new(detail),
            ]
        })
        .collect();
    let header = ["check", "status", "detail"];
    if for_stderr {
        out.stderr_table(&header, rows)
    } else {
        out.table(&header, rows)
    }
}
