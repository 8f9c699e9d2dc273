//! Contract test: every request gatewayctl sends to Twilio is one Twilio's
//! own OpenAPI description accepts. The requests go to Prism serving that
//! description (../shared/twilio-mock), which answers 4xx to any request
//! that breaks it; `--verbose` shows each answer's status.
//!
//! `.ci/run` starts Prism once and sets GATEWAYCTL_TEST_PRISM_URL; without
//! it this test starts its own (the first run installs Prism with npm).

use crate::common::*;
use std::process::Command;

/// The number in Prism's IncomingPhoneNumbers example, so lookups find it
/// and the webhook update is exercised.
const PRISM_NUMBER: &str = "+18089255327";

struct Prism {
    url: String,
    home: Option<std::path::PathBuf>,
}

fn start_prism_script() -> std::path::PathBuf {
    root().join("../shared/twilio-mock/start-prism")
}

impl Prism {
    fn get() -> Self {
        if let Ok(url) = std::env::var("GATEWAYCTL_TEST_PRISM_URL") {
            return Self { url, home: None };
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let home = std::env::temp_dir().join(format!("gatewayctl-prism-{}", std::process::id()));
        let output = Command::new("bash")
            .arg(start_prism_script())
            .env("TWILIO_MOCK_PORT", port.to_string())
            .env("TWILIO_MOCK_HOME", &home)
            .env("TWILIO_MOCK_PRISM_DIR", root().join(".twilio-mock/prism"))
            .output()
            .expect("run start-prism");
        assert!(
            output.status.success(),
            "Prism did not start (is ../shared/twilio-mock beside the repository, and npm reachable?):\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let url = String::from_utf8_lossy(&output.stdout).trim().to_string();
        Self {
            url,
            home: Some(home),
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        if let Some(home) = &self.home {
            let _ = Command::new("bash")
                .arg(start_prism_script())
                .arg("--stop")
                .env("TWILIO_MOCK_HOME", home)
                .output();
            let _ = std::fs::remove_dir_all(home);
        }
    }
}

/// The `twilio: METHOD PATH -> STATUS` lines of a verbose run.
fn exchanges(stderr: &str) -> Vec<(String, String)> {
    stderr
        .lines()
        .filter_map(|line| line.strip_prefix("twilio: "))
        .filter_map(|line| {
            let (request, rest) = line.split_once(" -> ")?;
            let status = rest.split_whitespace().next()?.to_string();
            let request = request.split('?').next()?.to_string();
            Some((request, status))
        })
        .collect()
}

#[test]
fn every_request_matches_twilios_openapi_description() {
    let prism = Prism::get();
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO sms_gates (id, type, provider, params) VALUES (5, 'transceiver', 'twilio', \
         '{{\"account_sid\":\"{SID}\",\"auth_token\":\"{TOKEN}\",\"enable_status_callback\":false}}'); \
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES (7, 5); \
         UPDATE dealers SET from_sms = '{PRISM_NUMBER}' WHERE dealer_id = 7"
    ));
    let api = [
        "--twilio-api-url".to_string(),
        prism.url.clone(),
        "--verbose".into(),
    ];
    let mut seen: Vec<(String, String)> = Vec::new();

    let mut validate_gate: Vec<String> = [
        "validate",
        "--gate-id",
        "5",
        "--public-host",
        "navixy.example.com",
        "--set-incoming-url",
        "--yes",
    ]
    .map(String::from)
    .to_vec();
    validate_gate.extend(db.args());
    validate_gate.extend(api.clone());
    seen.extend(exchanges(&gatewayctl(&validate_gate).run().stderr));

    let mut validate_key: Vec<String> = [
        "validate",
        "--account-sid",
        SID,
        "--api-key",
        KEY_SID,
        "--api-secret",
        KEY_SECRET,
        "--phone",
        PRISM_NUMBER,
    ]
    .map(String::from)
    .to_vec();
    validate_key.extend(api.clone());
    seen.extend(exchanges(&gatewayctl(&validate_key).run().stderr));

    let mut send: Vec<String> = [
        "send-test",
        "--account-sid",
        SID,
        "--auth-token",
        TOKEN,
        "--from",
        PRISM_NUMBER,
        "--to",
        "+447700900123",
        "--body=  getinfo",
        "--wait",
        "--wait-timeout",
        "2",
    ]
    .map(String::from)
    .to_vec();
    send.extend(api.clone());
    seen.extend(exchanges(&gatewayctl(&send).run().stderr));

    let target = TestDb::new();
    let mut add = vec!["add-twilio".to_string()];
    add.extend(add_twilio_args("7", PRISM_NUMBER));
    add.extend(target.args());
    add.extend(
        [
            "--yes",
            "--public-host",
            "navixy.example.com",
            "--set-incoming-url",
        ]
        .map(String::from),
    );
    add.extend(api.clone());
    seen.extend(exchanges(&gatewayctl(&add).run().stderr));

    let refused: Vec<&(String, String)> = seen
        .iter()
        .filter(|(_, status)| !status.starts_with('2'))
        .collect();
    assert!(
        refused.is_empty(),
        "requests Twilio's description rejects: {refused:?}"
    );
    for expected in [
        format!("GET /2010-04-01/Accounts/{SID}.json"),
        format!("GET /2010-04-01/Accounts/{SID}/IncomingPhoneNumbers.json"),
        format!(
            "POST /2010-04-01/Accounts/{SID}/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
        ),
        format!("POST /2010-04-01/Accounts/{SID}/Messages.json"),
        format!("GET /2010-04-01/Accounts/{SID}/Messages/SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"),
    ] {
        assert!(
            seen.iter().any(|(request, _)| *request == expected),
            "{expected} was never sent; saw {seen:?}"
        );
    }
}
