//! add-twilio and link-dealer against a real database: what they write,
//! and that every refusal or failure leaves all three tables unchanged.

use crate::common::twilio::MockTwilio;
use crate::common::*;

/// add-twilio against `db`, validated by a Twilio stand-in that accepts
/// the credentials and the number (kept alive by the caller).
fn add_twilio(db: &TestDb, twilio: &MockTwilio, dealer: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["add-twilio".to_string()];
    args.extend(add_twilio_args(dealer, "+15557654321"));
    args.extend(db.args());
    args.extend(["--twilio-api-url".to_string(), twilio.url()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn add_twilio_writes_gate_sender_and_link_and_reports_them() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    let run = gatewayctl(add_twilio(
        &db,
        &twilio,
        "7",
        &[
            "--yes",
            "--public-host",
            "navixy.example.com",
            "--label",
            "Twilio US",
        ],
    ))
    .run();
    run.ok()
        .stdout_has("Added Twilio gate 2 for dealer 7 (Acme Tracking, acme): sender +15557654321.")
        .stdout_has("http://navixy.example.com:22000/sms/2/incoming")
        // The preview shows the sender old -> new.
        .stderr_has("master_phone +15550001111")
        .stderr_has("master_phone +15557654321");
    assert_eq!(
        db.value("SELECT CONCAT_WS('|', label, type, provider, enabled, class_filter, owner_id) FROM sms_gates WHERE id = 2").as_deref(),
        Some("Twilio US|transceiver|twilio|1|*|1"),
        "owner_id keeps the column default when not given"
    );
    assert_eq!(
        db.value("SELECT CONCAT(master_phone, '|', from_sms) FROM dealers WHERE dealer_id = 7")
            .as_deref(),
        Some("+15557654321|+15557654321")
    );
    assert_eq!(
        db.value("SELECT GROUP_CONCAT(CONCAT(dealer_id, ':', gate_id) ORDER BY dealer_id) FROM sms_gates_to_dealers").as_deref(),
        Some("1:1,7:2")
    );
    // Dealer 1 (the recipe's hard-coded one) is untouched.
    assert_eq!(
        db.value("SELECT master_phone FROM dealers WHERE dealer_id = 1")
            .as_deref(),
        Some("")
    );
}

#[test]
fn add_twilio_json_output_has_the_documented_fields() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    let run = gatewayctl(add_twilio(
        &db,
        &twilio,
        "7",
        &["--yes", "--output", "json", "--disabled"],
    ))
    .run();
    run.ok();
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(value["gate_id"], 2);
    assert_eq!(value["dealer_id"], 7);
    assert_eq!(value["sender"], "+15557654321");
    assert_eq!(value["account_sid"], SID);
    assert_eq!(value["enabled"], false);
    assert_eq!(value["incoming_url"], serde_json::Value::Null);
    assert_eq!(value["previous_sender"]["from_sms"], "+15550001111");
    assert_eq!(
        db.value("SELECT enabled FROM sms_gates WHERE id = 2")
            .as_deref(),
        Some("0")
    );
}

#[test]
fn failure_at_the_last_statement_leaves_all_three_tables_unchanged() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    db.exec(
        "CREATE TRIGGER refuse_link BEFORE INSERT ON sms_gates_to_dealers FOR EACH ROW \
         SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'link refused by test trigger'",
    );
    let before = db.snapshot();
    gatewayctl(add_twilio(&db, &twilio, "7", &["--yes"]))
        .run()
        .code(3)
        .stderr_has("link refused by test trigger")
        .stderr_has("rolled back and nothing was written");
    assert_eq!(db.snapshot(), before);

    // The printed script fails at the same statement, with the same result.
    let mut print = vec!["print-sql".to_string(), "add-twilio".into()];
    print.extend(add_twilio_args("7", "+15557654321"));
    print.extend([
        "--schema".to_string(),
        db.name.clone(),
        "--reveal-secrets".into(),
    ]);
    let script = gatewayctl(&print).run().ok().stdout.clone();
    let output = db.mysql_client(&script, None);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("link refused by test trigger"));
    assert_eq!(db.snapshot(), before);
}

#[test]
fn running_add_twilio_twice_is_refused_unless_allowed() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    gatewayctl(add_twilio(&db, &twilio, "7", &["--yes"]))
        .run()
        .ok();
    let after_first = db.snapshot();
    gatewayctl(add_twilio(&db, &twilio, "8", &["--yes"]))
        .run()
        .code(6)
        .stderr_has(&format!(
            "a Twilio gate for account {SID} already exists (gate 2)"
        ))
        .stderr_has("gatewayctl link-dealer --gate-id 2 --dealer-id 8");
    assert_eq!(db.snapshot(), after_first);

    gatewayctl(add_twilio(
        &db,
        &twilio,
        "8",
        &["--yes", "--allow-duplicate"],
    ))
    .run()
    .ok();
    assert_eq!(db.count("sms_gates"), 3);
}

#[test]
fn the_in_transaction_check_catches_a_duplicate_the_early_check_missed() {
    // A gate added by hand between print-sql and running the script.
    let db = TestDb::new();
    let mut print = vec!["print-sql".to_string(), "add-twilio".into()];
    print.extend(add_twilio_args("7", "+15557654321"));
    print.extend([
        "--schema".to_string(),
        db.name.clone(),
        "--reveal-secrets".into(),
    ]);
    let script = gatewayctl(&print).run().ok().stdout.clone();
    db.exec(&format!(
        "INSERT INTO sms_gates (type, provider, params) VALUES ('transceiver', 'twilio', '{{\"account_sid\": \"{SID}\"}}')"
    ));
    let before = db.snapshot();
    let output = db.mysql_client(&script, None);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("already exists"));
    assert_eq!(db.snapshot(), before);
}

#[test]
fn without_a_terminal_and_without_yes_nothing_is_written() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    let before = db.snapshot();
    gatewayctl(add_twilio(&db, &twilio, "7", &[]))
        .run()
        .code(2)
        .stderr_has("no terminal to confirm on")
        .stderr_has("--yes");
    let mut link = link_dealer_args("1", "7", "+15557654321");
    link.extend(db.args());
    gatewayctl(&link).run().code(2).stderr_has("--yes");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn older_installs_without_label_and_owner_id_work_and_refuse_those_flags() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    db.exec("ALTER TABLE sms_gates DROP COLUMN label, DROP COLUMN owner_id");
    let before = db.snapshot();
    gatewayctl(add_twilio(&db, &twilio, "7", &["--yes", "--label", "x"]))
        .run()
        .code(2)
        .stderr_has("--label needs the column sms_gates.label");
    assert_eq!(db.snapshot(), before);
    gatewayctl(add_twilio(&db, &twilio, "7", &["--yes"]))
        .run()
        .ok();
    assert_eq!(db.count("sms_gates"), 2);
}

#[test]
fn values_the_columns_cannot_hold_are_refused_before_writing() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    db.exec("ALTER TABLE sms_gates MODIFY label varchar(12) DEFAULT ''");
    let before = db.snapshot();
    gatewayctl(add_twilio(
        &db,
        &twilio,
        "7",
        &["--yes", "--label", "thirteen char"],
    ))
    .run()
    .code(2)
    .stderr_has("the label is 13 characters long but sms_gates.label holds at most 12");
    // A 4-byte character in a utf8 (3-byte) column, which a non-strict
    // server would silently turn into '?'.
    gatewayctl(add_twilio(
        &db,
        &twilio,
        "7",
        &["--yes", "--label", "Truck🚚"],
    ))
    .run()
    .code(2)
    .stderr_has("U+1F69A")
    .stderr_has("utf8mb3");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn the_server_refusing_a_value_rolls_everything_back() {
    // A character set gatewayctl does not model: the strict mode every plan
    // runs under makes the server refuse instead of replacing characters.
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    db.exec("ALTER TABLE sms_gates MODIFY label varchar(255) CHARACTER SET cp1251 DEFAULT ''");
    let before = db.snapshot();
    gatewayctl(add_twilio(
        &db,
        &twilio,
        "7",
        &["--yes", "--label", "Zürich"],
    ))
    .run()
    .code(2)
    .stderr_has("the server refused a value")
    .stderr_has("nothing was written");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn link_dealer_links_once_and_updates_the_sender() {
    let db = TestDb::new();
    let mut link = link_dealer_args("1", "7", "+15557654321");
    link.push("--yes".into());
    link.extend(db.args());
    gatewayctl(&link)
        .run()
        .ok()
        .stdout_has("Dealer 7 (Acme Tracking, acme) is now linked to gate 1: sender +15557654321.");
    gatewayctl(&link)
        .run()
        .ok()
        .stdout_has("is already linked to gate 1 with sender +15557654321; nothing to change.");
    assert_eq!(
        db.value("SELECT COUNT(*) FROM sms_gates_to_dealers WHERE dealer_id = 7 AND gate_id = 1")
            .as_deref(),
        Some("1")
    );
    assert_eq!(
        db.value("SELECT CONCAT(master_phone, '|', from_sms) FROM dealers WHERE dealer_id = 7")
            .as_deref(),
        Some("+15557654321|+15557654321")
    );
}

#[test]
fn missing_gate_or_dealer_is_refused_with_nothing_written() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    let before = db.snapshot();
    let mut link = link_dealer_args("99", "7", "+15557654321");
    link.push("--yes".into());
    link.extend(db.args());
    gatewayctl(&link)
        .run()
        .code(6)
        .stderr_has("gate 99 does not exist");
    gatewayctl(add_twilio(&db, &twilio, "42", &["--yes"]))
        .run()
        .code(6)
        .stderr_has("dealer 42 does not exist");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn database_errors_name_host_and_port_never_the_password() {
    let mut args = vec!["add-twilio".to_string()];
    args.extend(add_twilio_args("7", "+15557654321"));
    args.extend(
        [
            "--yes",
            "--database-url",
            &format!("mysql://admin:{DB_PASSWORD}@127.0.0.1:9"),
            "--connect-timeout",
            "3",
            "--skip-validation",
        ]
        .map(String::from),
    );
    gatewayctl(&args)
        .run()
        .code(3)
        .stderr_has("cannot connect to MySQL at admin@127.0.0.1:9")
        .stderr_has("is MySQL running");

    let url = url::Url::parse(&server_url()).unwrap();
    let wrong = format!(
        "mysql://{}:{DB_PASSWORD}@{}:{}",
        url.username(),
        url.host_str().unwrap(),
        url.port().unwrap_or(3306)
    );
    let mut args = link_dealer_args("1", "7", "+15557654321");
    args.extend(["--yes".to_string(), "--database-url".to_string(), wrong]);
    gatewayctl(&args)
        .run()
        .code(3)
        .stderr_has("refused the connection");
}

#[test]
fn a_schema_that_is_not_navixy_is_named() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    db.exec("DROP TABLE sms_gates_to_dealers");
    gatewayctl(add_twilio(&db, &twilio, "7", &["--yes"]))
        .run()
        .code(3)
        .stderr_has("missing table sms_gates_to_dealers");
}

#[test]
fn tables_without_transactions_are_refused_before_writing() {
    let db = TestDb::new();
    db.exec("ALTER TABLE dealers ENGINE=MyISAM");
    let before = db.snapshot();
    let mut args = vec![
        "add-twilio".to_string(),
        "--yes".into(),
        "--skip-validation".into(),
    ];
    args.extend(add_twilio_args("7", "+15557654321"));
    args.extend(db.args());
    gatewayctl(&args)
        .run()
        .code(3)
        .stderr_has("dealers uses the MyISAM storage engine, which has no transactions")
        .stderr_has("ENGINE=InnoDB");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn a_trigger_that_pads_a_value_is_caught_by_the_read_back() {
    // utf8mb4_bin and friends ignore trailing spaces; the read-back does not.
    let db = TestDb::new();
    db.exec("CREATE TRIGGER pad BEFORE INSERT ON sms_gates FOR EACH ROW SET NEW.params = CONCAT(NEW.params, '   ')");
    let before = db.snapshot();
    let mut args = vec![
        "add-twilio".to_string(),
        "--yes".into(),
        "--skip-validation".into(),
    ];
    args.extend(add_twilio_args("7", "+15557654321"));
    args.extend(db.args());
    gatewayctl(&args)
        .run()
        .code(3)
        .stderr_has("the server did not keep params as it was sent")
        .stderr_has("rolled back and nothing was written");
    assert_eq!(db.snapshot(), before);
}
