//! The journal: one JSON file per applied change, holding the previous and
//! new values of every row it touched, so `undo` can put them back.
//!
//! Entries are written before COMMIT (a change that cannot be recorded is
//! not made) into a directory only the user can read: they hold what undo
//! needs to restore a removed gate, credentials included, just as the
//! database does.

use crate::error::{Error, Result};
use crate::navixy::model::RowChange;
use serde::{Deserialize, Serialize};
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub id: u64,
    /// UTC, RFC 3339.
    pub time: String,
    pub command: String,
    /// user@host:port of the server, without password.
    pub target: String,
    pub schema: String,
    pub summary: String,
    pub changes: Vec<RowChange>,
    /// The change this one reverted, when it is an undo.
    #[serde(default)]
    pub undoes: Option<u64>,
    /// The change that reverted this one.
    #[serde(default)]
    pub undone_by: Option<u64>,
    /// False from just before COMMIT until COMMIT is confirmed: an entry
    /// that stays false was interrupted, or lost the answer to COMMIT, and
    /// may or may not be in the database.
    #[serde(default = "confirmed")]
    pub committed: bool,
    /// What the change did outside the database (a Twilio number's
    /// webhook), which undo does not put back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

fn confirmed() -> bool {
    true
}

/// What a command knows before the journal gives it an id, a time and
/// the place it was made.
pub struct Draft {
    pub command: String,
    pub summary: String,
    pub changes: Vec<RowChange>,
    pub undoes: Option<u64>,
}

pub struct Journal {
    dir: PathBuf,
}

impl Journal {
    /// `--journal-dir`, else `$XDG_STATE_HOME/gatewayctl/journal`, else
    /// `~/.local/state/gatewayctl/journal`.
    pub fn locate(explicit: Option<&Path>) -> Result<Self> {
        let dir = match explicit {
            Some(dir) => dir.to_path_buf(),
            None => {
                let state = std::env::var_os("XDG_STATE_HOME")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
                    .or_else(|| {
                        std::env::var_os("HOME")
                            .filter(|v| !v.is_empty())
                            .map(|home| PathBuf::from(home).join(".local/state"))
                    })
                    .ok_or_else(|| {
                        Error::usage("no place for the journal: HOME is not set")
                            .hint("pass --journal-dir or set GATEWAYCTL_JOURNAL_DIR")
                    })?;
                state.join("gatewayctl/journal")
            }
        };
        Ok(Self { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn io_error(&self, what: &str, e: &std::io::Error) -> Error {
        Error::failure(format!(
            "cannot {what} the journal in {}: {e}",
            self.dir.display()
        ))
        .hint("pass --journal-dir (or GATEWAYCTL_JOURNAL_DIR) with a directory you can write")
    }

    fn path(&self, id: u64) -> PathBuf {
        self.dir.join(format!("{id:06}.json"))
    }

    fn ids(&self) -> Result<Vec<u64>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(self.io_error("read", &e)),
        };
        let mut ids: Vec<u64> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                name.strip_suffix(".json")?.parse().ok()
            })
            .collect();
        ids.sort_unstable();
        Ok(ids)
    }

    /// Writes a new entry under the next free id. Two gatewayctl runs at
    /// once get different ids: a file is only ever created, never reused.
    pub fn record(&self, draft: Draft, target: &str, schema: &str) -> Result<Entry> {
        // Created private; a directory that exists already is left as its
        // owner set it (the entries themselves are private either way).
        if !self.dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&self.dir)
                .map_err(|e| self.io_error("create", &e))?;
        }
        let mut id = match self.ids()?.last() {
            None => 1,
            Some(last) => last.checked_add(1).ok_or_else(|| {
                Error::failure(format!(
                    "the journal in {} has no free change number left",
                    self.dir.display()
                ))
                .hint("move its files away and start a new one with --journal-dir")
            })?,
        };
        loop {
            let entry = Entry {
                id,
                time: now_rfc3339(),
                command: draft.command.clone(),
                target: target.to_string(),
                schema: schema.to_string(),
                summary: draft.summary.clone(),
                changes: draft.changes.clone(),
                undoes: draft.undoes,
                undone_by: None,
                committed: false,
                notes: Vec::new(),
            };
            let file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(self.path(id));
            match file {
                Ok(mut file) => {
                    let text = serde_json::to_string_pretty(&entry).unwrap_or_default();
                    let written = file
                        .write_all(text.as_bytes())
                        .and_then(|()| file.sync_all());
                    if let Err(e) = written {
                        // A half-written entry would be unreadable later.
                        let _ = fs::remove_file(self.path(id));
                        return Err(self.io_error("write", &e));
                    }
                    return Ok(entry);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => id += 1,
                Err(e) => return Err(self.io_error("write", &e)),
            }
        }
    }

    /// Drops an entry whose change was not committed after all.
    pub fn forget(&self, id: u64) {
        let _ = fs::remove_file(self.path(id));
    }

    pub fn get(&self, id: u64) -> Result<Entry> {
        let text = fs::read_to_string(self.path(id)).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::usage(format!(
                    "there is no change {id} in the journal at {}",
                    self.dir.display()
                ))
                .hint("gatewayctl history lists the recorded changes")
            } else {
                self.io_error("read", &e)
            }
        })?;
        serde_json::from_str(&text).map_err(|e| {
            Error::failure(format!(
                "journal entry {} is damaged: {e}",
                self.path(id).display()
            ))
        })
    }

    /// Every readable entry, oldest first, and the errors of those that
    /// cannot be read (one damaged file does not hide the others).
    pub fn list(&self) -> Result<(Vec<Entry>, Vec<Error>)> {
        let mut entries = Vec::new();
        let mut damaged = Vec::new();
        for id in self.ids()? {
            match self.get(id) {
                Ok(entry) => entries.push(entry),
                Err(error) => damaged.push(error),
            }
        }
        Ok((entries, damaged))
    }

    /// Marks `id` as reverted by `by`.
    pub fn set_undone_by(&self, id: u64, by: Option<u64>) -> Result<()> {
        self.update(id, |entry| entry.undone_by = by)
    }

    /// Marks `id` as committed, once COMMIT has answered.
    pub fn set_committed(&self, id: u64) -> Result<()> {
        self.update(id, |entry| entry.committed = true)
    }

    pub fn add_note(&self, id: u64, note: String) -> Result<()> {
        self.update(id, |entry| entry.notes.push(note))
    }

    /// Changes an entry: a new file, renamed over the old one, so a crash
    /// leaves one or the other whole.
    fn update(&self, id: u64, change: impl FnOnce(&mut Entry)) -> Result<()> {
        let mut entry = self.get(id)?;
        change(&mut entry);
        let tmp = self.dir.join(format!(".{id:06}.json.tmp"));
        let text = serde_json::to_string_pretty(&entry).unwrap_or_default();
        let written = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)
            .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
            .and_then(|()| fs::rename(&tmp, self.path(id)));
        written.map_err(|e| self.io_error("update", &e))
    }
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    rfc3339(secs)
}

fn rfc3339(unix: u64) -> String {
    let days = (unix / 86_400) as i64;
    let rem = unix % 86_400;
    // Days to civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_796_310_000), "2026-12-03T15:00:00Z");
    }

    fn draft(summary: &str) -> Draft {
        Draft {
            command: "enable".into(),
            summary: summary.into(),
            changes: Vec::new(),
            undoes: None,
        }
    }

    #[test]
    fn entries_get_increasing_ids_and_private_files() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::locate(Some(&dir.path().join("j"))).unwrap();
        let first = journal
            .record(draft("one"), "root@127.0.0.1:3306", "google")
            .unwrap();
        let second = journal
            .record(draft("two"), "root@127.0.0.1:3306", "google")
            .unwrap();
        assert_eq!((first.id, second.id), (1, 2));
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(journal.path(1)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dir_mode = fs::metadata(journal.dir()).unwrap().permissions().mode() & 0o777;
        assert_eq!(dir_mode, 0o700);
        journal.set_undone_by(1, Some(2)).unwrap();
        let (listed, damaged) = journal.list().unwrap();
        assert!(damaged.is_empty());
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].undone_by, Some(2));
        assert_eq!(listed[1].summary, "two");
        journal.forget(2);
        assert_eq!(journal.list().unwrap().0.len(), 1);
        fs::write(journal.path(5), "").unwrap();
        let (entries, damaged) = journal.list().unwrap();
        assert_eq!((entries.len(), damaged.len()), (1, 1));
    }

    #[test]
    fn a_missing_entry_says_how_to_find_one() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::locate(Some(dir.path())).unwrap();
        let error = journal.get(9).unwrap_err();
        assert!(error.message.contains("there is no change 9"));
        assert!(error.hints[0].contains("gatewayctl history"));
    }
}
