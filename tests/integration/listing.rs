//! list and show against a real database: every provider read, secrets
//! masked, each kind of inconsistency found, the JSON fields pinned, and a
//! platform of 10,000 dealers and 1,000 gates listed whole.

use crate::common::*;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// The fixture (nexmo gate 1 linked to dealer 1, whose from_sms is NULL)
/// plus: a Twilio gate with a terminal escape in its label, linked twice
/// to dealer 7, to dealer 8 (empty sender) and to a dealer that does not
/// exist; a disabled SMPP gate linked to dealer 9; a Textlocal gate whose
/// params are not JSON; an unlinked Twilio gate with an API key; links to
/// two gates that no longer exist.
fn mixed() -> TestDb {
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO dealers (dealer_id, parent_id, title, login, master_phone, from_sms) VALUES
           (9, 1, 'Fleet Nine', 'nine', '+4915112345678', '+4915112345678');
         INSERT INTO sms_gates (id, owner_id, label, type, provider, params, enabled, class_filter) VALUES
           (2, 7, CONCAT('Twilio', CHAR(27 USING utf8mb3), '[2J US'), 'transceiver', 'twilio',
            '{{\"account_sid\":\"{SID}\",\"auth_token\":\"{TOKEN}\",\"enable_status_callback\":false}}', 1, '*'),
           (3, 1, 'SMPP backup', 'transmitter', 'smpp',
            '{{\"addresses\":[\"10.0.0.5:2775\"],\"login\":\"navixy\",\"password\":\"{KEY_SECRET}\"}}', 0, 'commands'),
           (4, 1, 'Textlocal', 'transmitter', 'textlocal', 'hash={TOKEN}', 1, '-commands'),
           (5, 1, '', 'transceiver', 'twilio',
            '{{\"account_sid\":\"{SID}\",\"api_sid\":\"{KEY_SID}\",\"api_secret\":\"{KEY_SECRET}\"}}', 1, '*');
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES
           (7, 2), (8, 2), (12, 2), (7, 2), (9, 3), (7, 99), (12, 98);"
    ));
    db
}

fn list(db: &TestDb, extra: &[&str]) -> Run {
    let mut args = vec!["list".to_string()];
    args.extend(db.args());
    args.extend(extra.iter().map(|s| s.to_string()));
    gatewayctl(args).run()
}

fn show(db: &TestDb, gate: &str, extra: &[&str]) -> Run {
    let mut args = vec!["show".to_string(), "--gate-id".into(), gate.into()];
    args.extend(db.args());
    args.extend(extra.iter().map(|s| s.to_string()));
    gatewayctl(args).run()
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{}", run.stdout))
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

/// (kind, dealer id) of each problem of a gate.
fn problems(gate: &Value) -> Vec<(String, Option<u64>)> {
    gate["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["kind"].as_str().unwrap().to_string(),
                p["dealer_id"].as_u64(),
            )
        })
        .collect()
}

fn kind(kind: &str, dealer: Option<u64>) -> (String, Option<u64>) {
    (kind.to_string(), dealer)
}

#[test]
fn list_json_reports_every_provider_masked_with_its_inconsistencies() {
    let db = mixed();
    let run = list(&db, &["--output", "json"]);
    run.ok()
        .stderr_has("5 gates, 8 links, 8 inconsistencies in ");
    assert!(!run.stdout.contains('\x1b'), "raw escape on stdout");
    let doc = json_of(&run);
    assert_eq!(doc["schema"], db.name.as_str());
    let gates = doc["gates"].as_array().unwrap();
    let ids: Vec<u64> = gates.iter().map(|g| g["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let providers: Vec<&str> = gates
        .iter()
        .map(|g| g["provider"].as_str().unwrap())
        .collect();
    assert_eq!(
        providers,
        ["nexmo", "twilio", "smpp", "textlocal", "twilio"]
    );

    let nexmo = &gates[0];
    assert_eq!(
        nexmo["params"],
        json!({"api_key": "********", "api_secret": "Vv...et"})
    );
    assert_eq!(nexmo["label"], "Vonage main");
    assert_eq!(nexmo["dealers"][0]["from_sms"], Value::Null);
    assert_eq!(problems(nexmo), [kind("empty_sender", Some(1))]);

    let twilio = &gates[1];
    assert_eq!(twilio["label"], "Twilio\x1b[2J US", "JSON keeps the value");
    assert_eq!(twilio["owner_id"], 7);
    assert_eq!(
        twilio["params"],
        json!({"account_sid": SID, "auth_token": "10...f3", "enable_status_callback": false})
    );
    let dealers: Vec<(u64, bool)> = twilio["dealers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["dealer_id"].as_u64().unwrap(), d["exists"] == true))
        .collect();
    assert_eq!(dealers, [(7, true), (8, true), (12, false)]);
    assert_eq!(twilio["dealers"][1]["from_sms"], "");
    assert_eq!(twilio["dealers"][0]["title"], "Acme Tracking");
    assert_eq!(
        problems(twilio),
        [
            kind("duplicate_link", Some(7)),
            kind("empty_sender", Some(8)),
            kind("missing_dealer", Some(12)),
        ]
    );
    assert_eq!(
        twilio["problems"][1]["message"],
        "dealer 8 (Börse Fleet, boerse) is linked to gate 2 but its sender (from_sms) is empty; \
         set one with: gatewayctl link-dealer --gate-id 2 --dealer-id 8 --phone E164"
    );

    let smpp = &gates[2];
    assert_eq!(smpp["enabled"], false);
    assert_eq!(
        smpp["params"],
        json!({"addresses": ["10.0.0.5:2775"], "login": "navixy", "password": "Zq...4k"})
    );
    assert_eq!(problems(smpp), [kind("disabled_gate", Some(9))]);
    assert_eq!(
        smpp["problems"][0]["message"],
        "dealer 9 (Fleet Nine, nine) is linked to gate 3, which is disabled: \
         the dealer gets no SMS through it until it is enabled"
    );

    let textlocal = &gates[3];
    assert_eq!(textlocal["params"], Value::Null);
    assert_eq!(textlocal["params_error"], "not JSON, 37 characters");
    assert_eq!(problems(textlocal), [kind("unreadable_params", None)]);

    let api_key = &gates[4];
    assert_eq!(api_key["params"]["api_sid"], KEY_SID);
    assert_eq!(api_key["params"]["api_secret"], "Zq...4k");
    assert_eq!(api_key["dealers"], json!([]));
    assert_eq!(api_key["problems"], json!([]));

    let orphans: Vec<(u64, u64, &str)> = doc["orphan_links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["gate_id"].as_u64().unwrap(),
                p["dealer_id"].as_u64().unwrap(),
                p["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(orphans, [(98, 12, "missing_gate"), (99, 7, "missing_gate")]);
    assert_eq!(
        doc["orphan_links"][1]["message"],
        "dealer 7 (Acme Tracking, acme) is linked to gate 99, which does not exist in sms_gates \
         (a leftover row in sms_gates_to_dealers)"
    );
    assert_eq!(
        doc["summary"],
        json!({"gates": 5, "links": 8, "problems": 8})
    );
}

/// The documented JSON fields of list and show, exactly: adding, renaming
/// or dropping one must be a deliberate change here and in the README.
#[test]
fn json_field_names_are_exactly_the_documented_ones() {
    let db = mixed();
    let doc = json_of(list(&db, &["--output", "json"]).ok());
    assert_eq!(
        keys(&doc),
        set(&["schema", "gates", "orphan_links", "summary"])
    );
    let gate_keys = [
        "id",
        "provider",
        "type",
        "enabled",
        "class_filter",
        "label",
        "owner_id",
        "params",
        "params_error",
        "dealers",
        "problems",
    ];
    for gate in doc["gates"].as_array().unwrap() {
        assert_eq!(keys(gate), set(&gate_keys), "{gate}");
    }
    let gate = &doc["gates"][1];
    let dealer_keys = [
        "dealer_id",
        "exists",
        "title",
        "login",
        "master_phone",
        "from_sms",
    ];
    for dealer in gate["dealers"].as_array().unwrap() {
        assert_eq!(keys(dealer), set(&dealer_keys));
    }
    let problem_keys = ["kind", "gate_id", "dealer_id", "message"];
    for problem in gate["problems"]
        .as_array()
        .unwrap()
        .iter()
        .chain(doc["orphan_links"].as_array().unwrap())
    {
        assert_eq!(keys(problem), set(&problem_keys));
    }
    assert_eq!(keys(&doc["summary"]), set(&["gates", "links", "problems"]));

    let shown = json_of(show(&db, "2", &["--output", "json"]).ok());
    let mut show_keys = gate_keys.to_vec();
    show_keys.extend(["incoming_url", "other_columns"]);
    assert_eq!(keys(&shown), set(&show_keys));
}

#[test]
fn list_text_off_a_terminal_is_one_escaped_line_per_record() {
    let db = mixed();
    let run = list(&db, &[]);
    run.ok()
        .stderr_has("5 gates, 8 links, 8 inconsistencies in ");
    assert!(!run.stdout.contains('\x1b'), "raw escape on stdout");
    let lines: Vec<&str> = run.stdout.lines().collect();
    for expected in [
        "gate\tid=1\tprovider=nexmo\ttype=transceiver\tenabled=yes\tclass_filter=*\tlabel=Vonage main\towner_id=1\tparams={\"api_key\":\"********\",\"api_secret\":\"Vv...et\"}",
        "link\tgate_id=1\tdealer_id=1\ttitle=Main PaaS\tlogin=admin\tmaster_phone=(empty)\tfrom_sms=NULL",
        &format!(
            "gate\tid=2\tprovider=twilio\ttype=transceiver\tenabled=yes\tclass_filter=*\tlabel=Twilio\\u{{001B}}[2J US\towner_id=7\tparams={{\"account_sid\":\"{SID}\",\"auth_token\":\"10...f3\",\"enable_status_callback\":false}}"
        ),
        "link\tgate_id=2\tdealer_id=7\ttitle=Acme Tracking\tlogin=acme\tmaster_phone=+15550001111\tfrom_sms=+15550001111\trows=2",
        "link\tgate_id=2\tdealer_id=8\ttitle=Börse Fleet\tlogin=boerse\tmaster_phone=(empty)\tfrom_sms=(empty)",
        "link\tgate_id=2\tdealer_id=12\tdealer=missing",
        "problem\tgate_id=2\tdealer_id=12\tkind=missing_dealer\tmessage=gate 2 is linked to dealer 12, which does not exist in dealers (a leftover row in sms_gates_to_dealers)",
        "gate\tid=3\tprovider=smpp\ttype=transmitter\tenabled=no\tclass_filter=commands\tlabel=SMPP backup\towner_id=1\tparams={\"addresses\":[\"10.0.0.5:2775\"],\"login\":\"navixy\",\"password\":\"Zq...4k\"}",
        "gate\tid=4\tprovider=textlocal\ttype=transmitter\tenabled=yes\tclass_filter=-commands\tlabel=Textlocal\towner_id=1\tparams=(not JSON, 37 characters)",
        "problem\tgate_id=4\tkind=unreadable_params\tmessage=gate 4's params are not valid JSON, so Navixy's sms-server cannot read its settings",
        "problem\tgate_id=98\tdealer_id=12\tkind=missing_gate\tmessage=dealer 12 is linked to gate 98, and neither exists (a leftover row in sms_gates_to_dealers)",
    ] {
        assert!(
            lines.contains(&expected),
            "no line {expected:?} in\n{}",
            run.stdout
        );
    }
    let count = |kind: &str| lines.iter().filter(|l| l.starts_with(kind)).count();
    assert_eq!(
        (count("gate\t"), count("link\t"), count("problem\t")),
        (5, 5, 8)
    );
    // Each gate's records follow it; orphan links come last.
    assert!(lines[0].starts_with("gate\tid=1\t"));
    assert!(lines.last().unwrap().contains("gate_id=99"));
}

#[test]
fn older_installs_without_label_and_owner_id_are_listed_and_shown() {
    let db = mixed();
    db.exec("ALTER TABLE sms_gates DROP COLUMN label, DROP COLUMN owner_id");
    let run = list(&db, &[]);
    run.ok()
        .stderr_has("lacks the label or owner_id column (an older Navixy install)");
    assert!(run.stdout.contains(
        "gate\tid=2\tprovider=twilio\ttype=transceiver\tenabled=yes\tclass_filter=*\tparams={"
    ));
    assert!(!run.stdout.contains("label="), "{}", run.stdout);
    assert!(!run.stdout.contains("owner_id="), "{}", run.stdout);

    let doc = json_of(list(&db, &["--output", "json"]).ok());
    assert_eq!(doc["gates"].as_array().unwrap().len(), 5);
    for gate in doc["gates"].as_array().unwrap() {
        assert_eq!(gate["label"], Value::Null);
        assert_eq!(gate["owner_id"], Value::Null);
    }

    let run = show(&db, "3", &[]);
    run.ok().stdout_has("\"password\": \"Zq...4k\"");
    assert!(!run.stdout.contains("label"), "{}", run.stdout);
}

#[test]
fn show_gives_one_gate_in_full_with_its_incoming_url() {
    let db = mixed();
    db.exec(&format!(
        "ALTER TABLE sms_gates ADD COLUMN region varchar(8) DEFAULT 'eu', ADD COLUMN webhook_secret varchar(64) DEFAULT NULL;
         UPDATE sms_gates SET webhook_secret = '{KEY_SECRET}' WHERE id = 2;"
    ));
    let run = show(&db, "2", &["--public-host", "navixy.example.com"]);
    run.ok()
        .stdout_has(&format!("Gate 2 in {}.sms_gates:", db.name))
        .stdout_has(&format!("\"account_sid\": \"{SID}\","))
        .stdout_has("\"auth_token\": \"10...f3\",")
        .stdout_has("Twilio\\u{1b}[2J US")
        .stdout_has("region")
        .stdout_has("Zq...4k")
        .stdout_has("Dealers linked to gate 2:")
        .stdout_has("Acme Tracking")
        .stdout_has("no such dealer")
        .stdout_has("Inconsistencies:")
        .stdout_has("gate 2 is linked to dealer 12, which does not exist in dealers")
        .stdout_has("Incoming SMS URL: http://navixy.example.com:22000/sms/2/incoming");
    assert!(!run.stdout.contains('\x1b'), "raw escape on stdout");

    let doc = json_of(
        show(
            &db,
            "2",
            &[
                "--output",
                "json",
                "--public-host",
                "navixy.example.com",
                "--incoming-port",
                "8443",
            ],
        )
        .ok(),
    );
    assert_eq!(
        doc["incoming_url"],
        "http://navixy.example.com:8443/sms/2/incoming"
    );
    assert_eq!(
        doc["other_columns"],
        json!({"region": "eu", "webhook_secret": "Zq...4k"})
    );
    assert_eq!(doc["params"]["auth_token"], "10...f3");
    assert_eq!(doc["dealers"].as_array().unwrap().len(), 3);
    assert_eq!(doc["problems"].as_array().unwrap().len(), 3);

    // Without --public-host there is no URL to give.
    let doc = json_of(show(&db, "5", &["--output", "json"]).ok());
    assert_eq!(doc["incoming_url"], Value::Null);
    assert_eq!(doc["params"]["api_secret"], "Zq...4k");
    show(&db, "5", &[])
        .ok()
        .stdout_has("No dealer is linked to gate 5.")
        .stdout_has("No inconsistencies found.");
}

#[test]
fn show_of_a_missing_gate_is_refused_with_a_hint() {
    let db = mixed();
    show(&db, "42", &[])
        .code(6)
        .stderr_has(&format!("gate 42 does not exist in {}.sms_gates", db.name))
        .stderr_has("hint: see the gates there with: gatewayctl list");
    show(&db, "99", &["--output", "json"])
        .code(6)
        .stderr_has("hint: 1 row still links dealer 7 to it");
}

#[test]
fn an_empty_platform_lists_nothing() {
    let db = TestDb::new();
    db.exec("DELETE FROM sms_gates_to_dealers; DELETE FROM sms_gates;");
    let doc = json_of(list(&db, &["--output", "json"]).ok());
    assert_eq!(
        doc,
        json!({"schema": db.name, "gates": [], "orphan_links": [], "summary": {"gates": 0, "links": 0, "problems": 0}})
    );
    let run = list(&db, &[]);
    run.ok().stderr_has("0 gates, 0 links, 0 inconsistencies");
    assert_eq!(run.stdout, "");
}

/// 0..10^digits-1 as `n`, without recursive CTEs (same SQL on MySQL 8.0
/// and MariaDB, no recursion limit).
fn numbers(digits: u32) -> String {
    let digit = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 \
                 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 \
                 UNION ALL SELECT 8 UNION ALL SELECT 9)";
    let tables: Vec<String> = (0..digits).map(|i| format!("{digit} t{i}")).collect();
    let sum: Vec<String> = (0..digits)
        .map(|i| format!("t{i}.d * {}", 10u64.pow(i)))
        .collect();
    format!(
        "(SELECT {} AS n FROM {}) seq",
        sum.join(" + "),
        tables.join(", ")
    )
}

#[test]
fn ten_thousand_dealers_and_a_thousand_gates_are_listed_whole() {
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO dealers (dealer_id, parent_id, title, login, master_phone, from_sms)
           SELECT 101 + n, 1, CONCAT('Dealer ', n), CONCAT('d', n), '+15550000000', '+15550000000' FROM {dealers};
         INSERT INTO sms_gates (id, label, type, provider, params)
           SELECT n + 1, CONCAT('gate ', n + 1), 'transceiver', 'twilio',
                  '{{\"account_sid\":\"{SID}\",\"auth_token\":\"{TOKEN}\"}}'
           FROM {gates} WHERE n BETWEEN 1 AND 999;
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id)
           SELECT 101 + n, n % 1000 + 1 FROM {dealers};",
        dealers = numbers(4),
        gates = numbers(3),
    ));
    assert_eq!(db.count("dealers"), 10_003);
    assert_eq!(db.count("sms_gates"), 1_000);

    let run = list(&db, &["--output", "json"]);
    run.ok()
        .stderr_has("1000 gates, 10001 links, 1 inconsistency in ");
    let doc = json_of(&run);
    let gates = doc["gates"].as_array().unwrap();
    assert_eq!(gates.len(), 1_000);
    let ids: Vec<u64> = gates.iter().map(|g| g["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, (1..=1_000).collect::<Vec<u64>>());
    let dealers: usize = gates
        .iter()
        .map(|g| g["dealers"].as_array().unwrap().len())
        .sum();
    assert_eq!(dealers, 10_001);
    assert_eq!(gates[499]["dealers"].as_array().unwrap().len(), 10);
    assert_eq!(gates[499]["params"]["auth_token"], "10...f3");
    assert_eq!(
        doc["summary"],
        json!({"gates": 1000, "links": 10001, "problems": 1})
    );

    let run = list(&db, &[]);
    run.ok();
    let count = |kind: &str| run.stdout.lines().filter(|l| l.starts_with(kind)).count();
    assert_eq!((count("gate\t"), count("link\t")), (1_000, 10_001));
}
