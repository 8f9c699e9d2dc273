//! doctor: the whole chain on a real database and a Twilio stand-in.

use crate::common::twilio::*;
use crate::common::*;
use wiremock::ResponseTemplate;
use wiremock::matchers::{method, path};

const PHONE: &str = "+15557654321";

fn balance_path() -> String {
    format!("/2010-04-01/Accounts/{SID}/Balance.json")
}

fn gate_db(enabled: u8) -> TestDb {
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO sms_gates (id, type, provider, params, enabled) VALUES (5, 'transceiver', 'twilio', \
         '{{\"account_sid\":\"{SID}\",\"auth_token\":\"{TOKEN}\",\"enable_status_callback\":false}}', {enabled}); \
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES (7, 5); \
         UPDATE dealers SET from_sms = '{PHONE}', master_phone = '{PHONE}' WHERE dealer_id = 7"
    ));
    db
}

fn twilio(webhook: &str, balance: &str) -> MockTwilio {
    let twilio = MockTwilio::start();
    twilio.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Full")));
    twilio.number_answers(PHONE, number(PHONE, true, webhook, None));
    twilio.on(
        wiremock::Mock::given(method("GET")).and(path(balance_path())),
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "account_sid": SID, "balance": balance, "currency": "USD"
        })),
    );
    twilio
}

fn doctor(db: &TestDb, twilio: &MockTwilio, port: u16, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["doctor".to_string()];
    args.extend(db.args());
    args.extend([
        "--twilio-api-url".to_string(),
        twilio.url(),
        "--public-host".into(),
        "127.0.0.1".into(),
        "--incoming-port".into(),
        port.to_string(),
    ]);
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn a_healthy_chain_passes_every_check() {
    let db = gate_db(1);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let twilio = twilio(&format!("http://127.0.0.1:{port}/sms/5/incoming"), "20.50");
    let run = gatewayctl(doctor(&db, &twilio, port, &["--output", "json"])).run();
    run.ok();
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["ok"], true);
    let rows: Vec<(String, String)> = value["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "schema",
            "gate 5",
            "dealer 7",
            "gate 5 credentials",
            "gate 5 account",
            "gate 5 sender +15557654321",
            "gate 5 balance",
            "gate 5 webhook +15557654321",
            &format!("incoming port 127.0.0.1:{port}"),
        ]
    );
    assert!(rows.iter().all(|(_, status)| status == "ok"), "{rows:?}");
    drop(listener);
}

#[test]
fn every_broken_link_of_the_chain_is_named_with_its_fix() {
    let db = gate_db(0);
    db.exec("INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES (8, 5)");
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let twilio = twilio("https://elsewhere.example.com/hook", "0.00");
    let run = gatewayctl(doctor(&db, &twilio, closed_port, &[])).run();
    run.code(1)
        .stdout_has("is disabled: Navixy sends nothing through it")
        .stdout_has("gatewayctl enable --gate-id 5")
        .stdout_has("8 (Börse Fleet, boerse) is linked to gate 5 but has no sender")
        .stdout_has("0.00 USD: Twilio stops sending at zero")
        .stdout_has("is POST https://elsewhere.example.com/hook")
        .stdout_has("cannot connect")
        .stderr_has("checks failed");
    assert_eq!(twilio.requests_to("GET", &balance_path()).len(), 1);
}

#[test]
fn no_twilio_gate_at_all_fails_with_the_way_forward() {
    let db = TestDb::new();
    let twilio = MockTwilio::start();
    gatewayctl(doctor(&db, &twilio, 9, &[]))
        .run()
        .code(1)
        .stdout_has("has no Twilio gate")
        .stdout_has("gatewayctl add-twilio");
    assert!(twilio.requests().is_empty());
}
