//! The journal and undo: every change is recorded with the previous values
//! of the rows it touched, and undo puts them back exactly, or refuses
//! when someone changed them since.

use crate::common::*;

struct Journaled {
    db: TestDb,
    dir: tempfile::TempDir,
}

impl Journaled {
    fn new() -> Self {
        Self {
            db: TestDb::new(),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn args(&self, command: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = command.iter().map(|s| s.to_string()).collect();
        args.extend(self.db.args());
        args.extend([
            "--journal-dir".to_string(),
            self.dir.path().display().to_string(),
        ]);
        args
    }

    fn add_twilio(&self) -> Run {
        let mut args = self.args(&[
            "add-twilio",
            "--yes",
            "--skip-validation",
            "--label",
            "Twilio \"main\"",
        ]);
        args.extend(add_twilio_args("7", "+15557654321"));
        gatewayctl(&args).run()
    }

    fn undo(&self, id: &str) -> Run {
        gatewayctl(self.args(&["undo", id, "--yes"])).run()
    }
}

#[test]
fn add_twilio_then_undo_leaves_every_table_byte_for_byte_as_before() {
    let j = Journaled::new();
    let before = j.db.snapshot();
    j.add_twilio()
        .ok()
        .stdout_has("Recorded as change 1; undo it with: gatewayctl undo 1");
    assert_ne!(j.db.snapshot(), before);
    j.undo("1")
        .ok()
        .stdout_has("Undid change 1: added Twilio gate 2 for dealer 7 with sender +15557654321.")
        .stdout_has("Recorded as change 2")
        // The preview shows what goes back.
        .stderr_has("master_phone +15550001111");
    assert_eq!(j.db.snapshot(), before);

    let history = gatewayctl([
        "history",
        "--output",
        "json",
        "--journal-dir",
        &j.dir.path().display().to_string(),
    ])
    .run();
    history.ok();
    let value: serde_json::Value = serde_json::from_str(&history.stdout).unwrap();
    let changes = value["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["command"], "add-twilio");
    assert_eq!(changes[0]["undone_by"], 2);
    assert_eq!(changes[1]["command"], "undo");
    assert_eq!(changes[1]["undoes"], 1);
    let mut keys: Vec<&str> = changes[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "command",
            "committed",
            "id",
            "notes",
            "rows",
            "schema",
            "summary",
            "target",
            "time",
            "undoes",
            "undone_by"
        ]
    );
}

#[test]
fn undoing_the_undo_puts_the_change_back() {
    let j = Journaled::new();
    j.add_twilio().ok();
    let after_add = j.db.snapshot();
    j.undo("1").ok();
    j.undo("1")
        .code(6)
        .stderr_has("change 1 was already undone by change 2")
        .stderr_has("gatewayctl undo 2");
    j.undo("2").ok();
    assert_eq!(j.db.snapshot(), after_add);
    let history = gatewayctl([
        "history",
        "--journal-dir",
        &j.dir.path().display().to_string(),
    ])
    .run();
    history
        .ok()
        .stdout_has("undone by 3")
        .stdout_has("undoes 2");
    assert!(
        !history.stdout.contains("undone by 2"),
        "change 1 is in force again:\n{}",
        history.stdout
    );
}

#[test]
fn undo_refuses_and_says_what_differs_when_rows_changed_since() {
    let j = Journaled::new();
    j.add_twilio().ok();
    j.db.exec("UPDATE dealers SET from_sms = '+15559990000' WHERE dealer_id = 7");
    let before = j.db.snapshot();
    j.undo("1")
        .code(6)
        .stderr_has("have changed since")
        .stderr_has("from_sms is \"+15559990000\" now, gatewayctl left \"+15557654321\"")
        .stderr_has("nothing was written");
    assert_eq!(j.db.snapshot(), before);
}

#[test]
fn the_in_transaction_check_catches_a_change_made_between_check_and_write() {
    // The same guard the script form carries: a row edited after the plan
    // was built makes the check fail inside the transaction.
    let j = Journaled::new();
    j.add_twilio().ok();
    j.db.exec("UPDATE sms_gates SET class_filter = 'commands' WHERE id = 2");
    let before = j.db.snapshot();
    j.undo("1")
        .code(6)
        .stderr_has("class_filter is \"commands\" now");
    assert_eq!(j.db.snapshot(), before);
}

#[test]
fn link_dealer_disable_enable_and_remove_are_undone_exactly() {
    let j = Journaled::new();
    let original = j.db.snapshot();
    gatewayctl(j.args(&[
        "link-dealer",
        "--gate-id",
        "1",
        "--dealer-id",
        "8",
        "--phone",
        "+4915112345678",
        "--yes",
    ]))
    .run()
    .ok()
    .stdout_has("Recorded as change 1");
    gatewayctl(j.args(&["disable", "--gate-id", "1", "--yes"]))
        .run()
        .ok()
        .stdout_has("Disabled gate 1.")
        .stderr_has("dealers 1 and 8 send SMS through gate 1");
    assert_eq!(
        j.db.value("SELECT enabled FROM sms_gates WHERE id = 1")
            .as_deref(),
        Some("0")
    );
    gatewayctl(j.args(&["disable", "--gate-id", "1", "--yes"]))
        .run()
        .ok()
        .stdout_has("Gate 1 is already disabled; nothing to change.");
    gatewayctl(j.args(&["remove", "--gate-id", "1", "--yes", "--output", "json"]))
        .run()
        .ok()
        .stdout_has("\"removed_links\":[1,8]");
    assert_eq!(j.db.count("sms_gates"), 0);
    assert_eq!(j.db.count("sms_gates_to_dealers"), 0);

    for id in ["3", "2", "1"] {
        j.undo(id).ok();
    }
    assert_eq!(j.db.snapshot(), original);
}

#[test]
fn a_change_that_cannot_be_recorded_is_not_made() {
    let db = TestDb::new();
    let before = db.snapshot();
    let not_a_dir = tempfile::NamedTempFile::new().unwrap();
    let mut args = vec!["enable".to_string(), "--gate-id".into(), "1".into()];
    args.extend(db.args());
    args.extend([
        "--yes".to_string(),
        "--journal-dir".into(),
        not_a_dir.path().join("journal").display().to_string(),
    ]);
    db.exec("UPDATE sms_gates SET enabled = 0 WHERE id = 1");
    let before_enable = db.snapshot();
    gatewayctl(&args)
        .run()
        .code(1)
        .stderr_has("cannot create the journal")
        .stderr_has("nothing was written");
    assert_eq!(db.snapshot(), before_enable);
    assert_ne!(before, before_enable);
}

#[test]
fn undo_in_another_schema_is_refused() {
    let j = Journaled::new();
    j.add_twilio().ok();
    let other = TestDb::new();
    let mut args = vec!["undo".to_string(), "1".into(), "--yes".into()];
    args.extend(other.args());
    args.extend([
        "--journal-dir".to_string(),
        j.dir.path().display().to_string(),
    ]);
    gatewayctl(&args)
        .run()
        .code(6)
        .stderr_has(&format!("change 1 was made in schema {}", j.db.name));
}

#[test]
fn state_changes_need_yes_without_a_terminal() {
    let j = Journaled::new();
    let before = j.db.snapshot();
    gatewayctl(j.args(&["remove", "--gate-id", "1"]))
        .run()
        .code(2)
        .stderr_has("--yes");
    gatewayctl(j.args(&["disable", "--gate-id", "1"]))
        .run()
        .code(2);
    gatewayctl(j.args(&["remove", "--gate-id", "77", "--yes"]))
        .run()
        .code(6)
        .stderr_has("gate 77 does not exist");
    assert_eq!(j.db.snapshot(), before);
    gatewayctl([
        "history",
        "--journal-dir",
        &j.dir.path().display().to_string(),
    ])
    .run()
    .ok()
    .stdout_has("No changes recorded");
}

#[test]
fn undo_refuses_to_leave_later_links_pointing_at_a_deleted_gate() {
    let j = Journaled::new();
    j.add_twilio().ok();
    gatewayctl(j.args(&[
        "link-dealer",
        "--gate-id",
        "2",
        "--dealer-id",
        "8",
        "--phone",
        "+15557654321",
        "--yes",
        "--skip-validation",
    ]))
    .run()
    .ok();
    let before = j.db.snapshot();
    j.undo("1")
        .code(6)
        .stderr_has("dealer 8 is linked to gate 2 now, and would be left linked to a gate that no longer exists")
        .stderr_has("it was linked by change 2: undo that first");
    assert_eq!(j.db.snapshot(), before);
    // Undone in order, both go.
    j.undo("2").ok();
    j.undo("1").ok();
    assert_eq!(j.db.count("sms_gates"), 1);
    assert_eq!(j.db.count("sms_gates_to_dealers"), 1);
}

#[test]
fn a_lost_answer_to_commit_is_reported_as_unknown_and_kept_in_the_journal() {
    for mode in [LostCommit::Cut, LostCommit::Hold] {
        let j = Journaled::new();
        let port = commit_losing_proxy(mode);
        let url = url::Url::parse(&server_url()).unwrap();
        let proxied = format!("mysql://{}@127.0.0.1:{port}", url.username());
        let mut args = vec![
            "add-twilio".to_string(),
            "--yes".into(),
            "--skip-validation".into(),
            "--query-timeout".into(),
            "3".into(),
        ];
        args.extend(add_twilio_args("7", "+15557654321"));
        args.extend([
            "--database-url".to_string(),
            proxied,
            "--schema".into(),
            j.db.name.clone(),
            "--journal-dir".into(),
            j.dir.path().display().to_string(),
        ]);
        let run = gatewayctl(&args).run();
        run.code(3)
            .stderr_has("the change may or may not have been committed")
            .stderr_has("change 1 stays in the journal, marked as not confirmed");
        assert!(
            !run.stderr.contains("nothing was written"),
            "{}",
            run.stderr
        );
        // The server did commit it, and the journal still knows how to undo it.
        assert_eq!(j.db.count("sms_gates"), 2);
        gatewayctl([
            "history",
            "--journal-dir",
            &j.dir.path().display().to_string(),
        ])
        .run()
        .ok()
        .stdout_has("not confirmed");
        j.undo("1").ok();
        assert_eq!(j.db.count("sms_gates"), 1);
    }
}

#[test]
fn remove_then_undo_is_exact_for_binary_bit_generated_and_latin1_columns() {
    let j = Journaled::new();
    j.db.exec(
        "ALTER TABLE sms_gates ADD extra varbinary(16) NULL, ADD flags bit(8) NULL, \
         ADD shouting varchar(32) AS (UPPER(provider)) VIRTUAL, \
         MODIFY label varchar(255) CHARACTER SET latin1 DEFAULT ''; \
         UPDATE sms_gates SET extra = X'00FF80C3', flags = b'10100101', label = 'Zürich   ' WHERE id = 1",
    );
    let before = j.db.snapshot();
    gatewayctl(j.args(&["remove", "--gate-id", "1", "--yes"]))
        .run()
        .ok();
    assert_eq!(j.db.count("sms_gates"), 0);
    j.undo("1").ok().stderr_has("extra (4 bytes)");
    assert_eq!(j.db.snapshot(), before);
    assert_eq!(
        j.db.value(
            "SELECT CONCAT(HEX(extra), '|', flags + 0, '|', HEX(label)) FROM sms_gates WHERE id = 1"
        )
        .as_deref(),
        Some("00FF80C3|165|5AFC726963682020 20")
            .map(|s| s.replace(' ', ""))
            .as_deref()
    );
}
