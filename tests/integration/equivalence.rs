//! One plan, two sinks: the script print-sql prints, run by the mysql
//! client, leaves exactly the rows that apply leaves.

use crate::common::*;
use gatewayctl::credentials::Credentials;
use gatewayctl::navixy::{GateSpec, GateType, Target, plans};
use gatewayctl::secret::Secret;
use gatewayctl::sql::Sql;
use std::time::Duration;

/// Every kind of text that breaks hand-written SQL.
const AWKWARD_LABEL: &str = "O'Brien \\ \"quoted\"\nsecond line; -- Zürich/Ёлка";

fn awkward_args(dealer: &str) -> Vec<String> {
    let mut args = add_twilio_args(dealer, "+15557654321");
    args.extend(
        [
            "--label",
            AWKWARD_LABEL,
            "--owner-id",
            "7",
            "--status-callback",
            "--class-filter",
            "-commands",
            "--type",
            "transmitter",
        ]
        .map(String::from),
    );
    args
}

fn run_script(db: &TestDb, script: &str, init: Option<&str>) {
    let output = db.mysql_client(script, init);
    assert!(
        output.status.success(),
        "mysql client failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn printed_script_and_apply_write_identical_rows() {
    let applied = TestDb::new();
    let scripted = TestDb::new();

    let mut apply = vec!["add-twilio".to_string()];
    apply.extend(awkward_args("8"));
    apply.extend(applied.args());
    // This test is about SQL; Twilio's side has its own tests.
    apply.extend(["--yes".into(), "--skip-validation".into()]);
    gatewayctl(&apply)
        .run()
        .ok()
        .stdout_has("Added Twilio gate 2 for dealer 8");

    let mut print = vec!["print-sql".to_string(), "add-twilio".into()];
    print.extend(awkward_args("8"));
    print.extend([
        "--schema".to_string(),
        scripted.name.clone(),
        "--reveal-secrets".into(),
    ]);
    let script = gatewayctl(&print).run().ok().stdout.clone();
    run_script(&scripted, &script, None);

    assert_eq!(applied.snapshot(), scripted.snapshot());
    // And the rows are the intended ones, not merely equal.
    assert_eq!(
        applied
            .value("SELECT label FROM sms_gates WHERE id = 2")
            .as_deref(),
        Some(AWKWARD_LABEL)
    );
    assert_eq!(
        applied
            .value("SELECT params FROM sms_gates WHERE id = 2")
            .as_deref(),
        Some(
            format!(
                r#"{{"account_sid":"{SID}","auth_token":"{TOKEN}","enable_status_callback":true}}"#
            )
            .as_str()
        )
    );
    assert_eq!(
        applied.value("SELECT CONCAT(type, '|', provider, '|', enabled, '|', class_filter, '|', owner_id) FROM sms_gates WHERE id = 2").as_deref(),
        Some("transmitter|twilio|1|-commands|7")
    );
    assert_eq!(
        applied
            .value("SELECT CONCAT(master_phone, '|', from_sms) FROM dealers WHERE dealer_id = 8")
            .as_deref(),
        Some("+15557654321|+15557654321")
    );
    assert_eq!(
        applied
            .value("SELECT COUNT(*) FROM sms_gates_to_dealers WHERE dealer_id = 8 AND gate_id = 2")
            .as_deref(),
        Some("1")
    );
}

#[test]
fn link_dealer_script_and_apply_write_identical_rows() {
    let applied = TestDb::new();
    let scripted = TestDb::new();
    let link = [
        "--gate-id",
        "1",
        "--dealer-id",
        "8",
        "--phone",
        "+4915112345678",
    ];

    let mut apply = vec!["link-dealer".to_string()];
    apply.extend(link.map(String::from));
    apply.extend(applied.args());
    apply.push("--yes".into());
    gatewayctl(&apply).run().ok();

    let mut print = vec!["print-sql".to_string(), "link-dealer".into()];
    print.extend(link.map(String::from));
    print.extend(["--schema".to_string(), scripted.name.clone()]);
    let script = gatewayctl(&print).run().ok().stdout.clone();
    run_script(&scripted, &script, None);

    assert_eq!(applied.snapshot(), scripted.snapshot());
    assert_eq!(
        applied
            .value("SELECT from_sms FROM dealers WHERE dealer_id = 8")
            .as_deref(),
        Some("+4915112345678")
    );
    assert_eq!(applied.count("sms_gates_to_dealers"), 2);
}

fn spec(dealer_id: u64) -> GateSpec {
    GateSpec {
        credentials: Credentials::AuthToken {
            account_sid: SID.into(),
            auth_token: Secret::new(TOKEN),
        },
        phone: "+15557654321".into(),
        dealer_id,
        label: Some(AWKWARD_LABEL.into()),
        owner_id: Some(7),
        gate_type: GateType::Transceiver,
        class_filter: "*".into(),
        status_callback: false,
        enabled: true,
        allow_duplicate: false,
    }
}

/// Apply through the library on a session whose sql_mode the test sets, as
/// a server configured that way would; returns the session's sql_mode after.
fn apply_in_mode(db: &TestDb, mode: &str) -> String {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let target = Target::from_url(&Secret::new(db.url()), Duration::from_secs(5)).unwrap();
        let mut conn = target.connect().await.unwrap();
        conn.execute(&Sql::new().code("SET SESSION sql_mode = ").text(mode))
            .await
            .unwrap();
        let plan = plans::add_twilio(&db.name, &spec(8));
        conn.apply(&plan, &[], |_| Ok(())).await.unwrap();
        let row = conn
            .fetch_optional(&Sql::new().code("SELECT @@SESSION.sql_mode AS mode"))
            .await
            .unwrap()
            .unwrap();
        row.get("mode").unwrap_or_default().to_string()
    })
}

#[test]
fn same_rows_under_navixy_ansi_quotes_and_no_backslash_escapes() {
    let mut print = vec!["print-sql".to_string(), "add-twilio".into()];
    let base: Vec<String> = add_twilio_args("8", "+15557654321");
    print.extend(base);
    print.extend(
        [
            "--label",
            AWKWARD_LABEL,
            "--owner-id",
            "7",
            "--reveal-secrets",
            "--schema",
        ]
        .map(String::from),
    );

    for mode in [
        "NO_ENGINE_SUBSTITUTION",
        "ANSI_QUOTES",
        "NO_BACKSLASH_ESCAPES",
        "ANSI_QUOTES,NO_BACKSLASH_ESCAPES,NO_ENGINE_SUBSTITUTION",
    ] {
        let applied = TestDb::new();
        let scripted = TestDb::new();
        let restored = apply_in_mode(&applied, mode);
        assert_eq!(restored, mode, "the caller's sql_mode is restored");

        let mut args = print.clone();
        args.push(scripted.name.clone());
        let script = gatewayctl(&args).run().ok().stdout.clone();
        run_script(
            &scripted,
            &script,
            Some(&format!("SET SESSION sql_mode = '{mode}'")),
        );

        assert_eq!(applied.snapshot(), scripted.snapshot(), "sql_mode {mode}");
        assert_eq!(
            applied
                .value("SELECT label FROM sms_gates WHERE id = 2")
                .as_deref(),
            Some(AWKWARD_LABEL),
            "sql_mode {mode}"
        );
    }
}

#[test]
fn masked_script_refuses_to_run_and_writes_nothing() {
    let db = TestDb::new();
    let before = db.snapshot();
    let mut print = vec!["print-sql".to_string(), "add-twilio".into()];
    print.extend(add_twilio_args("8", "+15557654321"));
    print.extend(["--schema".to_string(), db.name.clone()]);
    let run = gatewayctl(&print).run();
    run.ok().stderr_has("--reveal-secrets");
    let output = db.mysql_client(&run.stdout, None);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("credentials are masked in this copy")
    );
    assert_eq!(db.snapshot(), before);
}
