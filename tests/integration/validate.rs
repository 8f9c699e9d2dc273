//! validate and add-twilio's validation, against a local Twilio stand-in:
//! what gatewayctl printed, its exit status, and the requests it made.

use crate::common::twilio::*;
use crate::common::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

const PHONE: &str = "+15557654321";

fn validate(twilio: &MockTwilio, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "validate",
        "--account-sid",
        SID,
        "--auth-token",
        TOKEN,
        "--phone",
        PHONE,
        "--twilio-api-url",
    ]
    .map(String::from)
    .to_vec();
    args.push(twilio.url());
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn with_key(twilio: &MockTwilio) -> Vec<String> {
    let mut args: Vec<String> = [
        "validate",
        "--account-sid",
        SID,
        "--api-key",
        KEY_SID,
        "--api-secret",
        KEY_SECRET,
        "--phone",
        PHONE,
        "--twilio-api-url",
    ]
    .map(String::from)
    .to_vec();
    args.push(twilio.url());
    args
}

#[test]
fn good_credentials_and_number_pass_every_check() {
    let twilio = MockTwilio::happy(PHONE);
    let run = gatewayctl(validate(&twilio, &[])).run();
    run.ok()
        .stdout_has("the auth token authenticates for account ACdc5f132a3c49700934481addd5ce1659")
        .stdout_has("is active, type Full")
        .stdout_has("belongs to the account and can send SMS (Fleet line)");
    assert!(!run.stdout.contains("fail"), "{}", run.stdout);

    let account = twilio.requests_to("GET", &account_path());
    assert_eq!(account.len(), 1);
    assert_eq!(
        basic_auth(&account[0]),
        Some((SID.to_string(), TOKEN.to_string()))
    );
    let lookups = twilio.requests_to("GET", &numbers_path());
    assert_eq!(lookups.len(), 1);
    assert_eq!(
        lookups[0]
            .url
            .query_pairs()
            .find(|(k, _)| k == "PhoneNumber")
            .map(|(_, v)| v.into_owned()),
        Some(PHONE.to_string())
    );
    // '+' must travel as %2B, or Twilio reads a space.
    assert!(
        lookups[0]
            .url
            .query()
            .unwrap_or_default()
            .contains("PhoneNumber=%2B15557654321")
    );
}

#[test]
fn json_output_lists_each_check() {
    let twilio = MockTwilio::happy(PHONE);
    let run = gatewayctl(validate(&twilio, &["--output", "json"])).run();
    run.ok();
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["ok"], true);
    assert_eq!(value["account_sid"], SID);
    let names: Vec<&str> = value["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["credentials", "account", "sender +15557654321"]);
    let first = &value["checks"][0];
    let mut keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, ["detail", "name", "status"]);
}

#[test]
fn a_wrong_token_fails_as_authentication_not_network() {
    let twilio = MockTwilio::start();
    twilio.account_answers(error(401, 20003, "Authenticate"));
    twilio.on(
        Mock::given(method("GET")).and(path(numbers_path())),
        error(401, 20003, "Authenticate"),
    );
    let run = gatewayctl(validate(&twilio, &[])).run();
    run.code(1)
        .stdout_has("Twilio refused them: Twilio answered 401, error 20003: authentication failed")
        .stdout_has("check the Account SID and auth token")
        .stdout_has("needs working credentials")
        .stderr_has("checks failed");
}

#[test]
fn a_standard_api_key_is_validated_with_the_number_lookup() {
    let twilio = MockTwilio::start();
    // A Standard key may not read /Accounts.
    twilio.account_answers(error(401, 20003, "Authenticate"));
    twilio.number_answers(PHONE, number(PHONE, true, "", None));
    let run = gatewayctl(with_key(&twilio)).run();
    run.ok()
        .stdout_has(&format!(
            "the API key {KEY_SID} authenticates for account {SID}"
        ))
        .stdout_has("a Standard API key may not read the account");
    for request in twilio.requests() {
        assert_eq!(
            basic_auth(&request),
            Some((KEY_SID.to_string(), KEY_SECRET.to_string()))
        );
        assert!(
            request
                .url
                .path()
                .starts_with(&format!("/2010-04-01/Accounts/{SID}"))
        );
    }
}

#[test]
fn a_rejected_api_key_fails() {
    let twilio = MockTwilio::start();
    twilio.account_answers(error(401, 20003, "Authenticate"));
    twilio.on(
        Mock::given(method("GET")).and(path(numbers_path())),
        error(401, 20003, "Authenticate"),
    );
    gatewayctl(with_key(&twilio))
        .run()
        .code(1)
        .stdout_has("error 20003");
}

#[test]
fn test_credentials_are_named_and_refused() {
    let twilio = MockTwilio::for_test_credentials();
    gatewayctl(validate(&twilio, &[]))
        .run()
        .code(1)
        .stdout_has("these are Twilio test credentials (error 20008)")
        .stdout_has("never the test pair");
}

#[test]
fn a_trial_account_warns_and_a_suspended_one_fails() {
    let trial = MockTwilio::start();
    trial.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Trial")));
    trial.number_answers(PHONE, number(PHONE, true, "", None));
    gatewayctl(validate(&trial, &[]))
        .run()
        .ok()
        .stdout_has("trial account")
        .stdout_has("warn")
        .stdout_has("Sent from your Twilio trial account");

    let suspended = MockTwilio::start();
    suspended
        .account_answers(ResponseTemplate::new(200).set_body_json(account("suspended", "Full")));
    suspended.number_answers(PHONE, number(PHONE, true, "", None));
    gatewayctl(validate(&suspended, &[]))
        .run()
        .code(1)
        .stdout_has(&format!("{SID} is suspended"));
}

#[test]
fn a_number_of_another_account_or_without_sms_fails() {
    let unowned = MockTwilio::start();
    unowned.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Full")));
    unowned.on(
        Mock::given(method("GET")).and(path(numbers_path())),
        ResponseTemplate::new(200).set_body_json(number_list(vec![])),
    );
    gatewayctl(validate(&unowned, &[]))
        .run()
        .code(1)
        .stdout_has(&format!("is not a number of account {SID}"));

    let voice_only = MockTwilio::start();
    voice_only.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Full")));
    voice_only.number_answers(PHONE, number(PHONE, false, "", None));
    gatewayctl(validate(&voice_only, &[]))
        .run()
        .code(1)
        .stdout_has("cannot send SMS");
}

#[test]
fn too_many_requests_is_retried_then_succeeds() {
    let twilio = MockTwilio::happy(PHONE);
    twilio.mount(
        Mock::given(method("GET"))
            .and(path(account_path()))
            .respond_with(error(429, 20429, "Too Many Requests"))
            .up_to_n_times(1)
            .with_priority(1),
    );
    gatewayctl(validate(&twilio, &[])).run().ok();
    assert_eq!(twilio.requests_to("GET", &account_path()).len(), 2);
}

#[test]
fn server_errors_are_retried_a_bounded_number_of_times() {
    let twilio = MockTwilio::start();
    twilio.account_answers(ResponseTemplate::new(503));
    twilio.number_answers(PHONE, number(PHONE, true, "", None));
    // Twilio failing says nothing about the credentials: exit 4, not 1.
    gatewayctl(validate(&twilio, &[]))
        .run()
        .code(4)
        .stdout_has("could not check them: Twilio answered 503");
    assert_eq!(twilio.requests_to("GET", &account_path()).len(), 4);
}

#[test]
fn a_slow_twilio_times_out_as_a_network_failure() {
    let twilio = MockTwilio::start();
    let slow = ResponseTemplate::new(200)
        .set_body_json(account("active", "Full"))
        .set_delay(std::time::Duration::from_secs(3));
    twilio.account_answers(slow.clone());
    twilio.on(Mock::given(method("GET")).and(path(numbers_path())), slow);
    gatewayctl(validate(&twilio, &["--twilio-timeout", "1"]))
        .run()
        .code(4)
        .stdout_has("could not check them: no answer from")
        .stdout_has("within 1 s")
        .stderr_has("Twilio could not be reached");
}

#[test]
fn an_unreachable_twilio_is_a_network_error_with_its_fix() {
    let mut args = validate(&MockTwilio::start(), &[]);
    let at = args.iter().position(|a| a == "--twilio-api-url").unwrap();
    args[at + 1] = "http://127.0.0.1:9".into();
    gatewayctl(&args)
        .run()
        .code(4)
        .stdout_has("could not reach 127.0.0.1:9")
        .stdout_has("check DNS and outbound HTTPS");
}

#[test]
fn a_tls_failure_is_named_as_such() {
    // HTTPS to a server that speaks plain HTTP: the handshake fails.
    let twilio = MockTwilio::happy(PHONE);
    let mut args = validate(&twilio, &[]);
    let at = args.iter().position(|a| a == "--twilio-api-url").unwrap();
    args[at + 1] = twilio.url().replace("http://", "https://");
    gatewayctl(&args)
        .run()
        .code(4)
        .stdout_has("could not check them: TLS with 127.0.0.1:")
        .stdout_has("CA store");
    assert!(twilio.requests().is_empty());
}

#[test]
fn the_proxy_from_the_environment_is_used_and_its_failure_named() {
    // The stand-in plays the proxy: requests for twilio.invalid reach it.
    let proxy = MockTwilio::happy(PHONE);
    let mut args = validate(&proxy, &[]);
    let at = args.iter().position(|a| a == "--twilio-api-url").unwrap();
    args[at + 1] = "http://twilio.invalid".into();
    gatewayctl(&args).env("HTTP_PROXY", proxy.url()).run().ok();
    assert_eq!(proxy.requests_to("GET", &account_path()).len(), 1);

    gatewayctl(&args)
        .env(
            "HTTP_PROXY",
            "http://proxyuser:pw-never-printed@127.0.0.1:9",
        )
        .run()
        .code(4)
        .stdout_has("through the proxy http://127.0.0.1:9")
        .stdout_has("NO_PROXY");
}

#[test]
fn verbose_shows_each_call_without_credentials() {
    let twilio = MockTwilio::happy(PHONE);
    let run = gatewayctl(validate(&twilio, &["--verbose"])).run();
    run.ok()
        .stderr_has(&format!(
            "twilio: GET /2010-04-01/Accounts/{SID}.json -> 200"
        ))
        .stderr_has("IncomingPhoneNumbers.json?PhoneNumber=+15557654321&PageSize=20 -> 200");
}

fn gate_db(twilio_sms_url: &str) -> (TestDb, MockTwilio) {
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO sms_gates (id, type, provider, params) VALUES (5, 'transceiver', 'twilio', \
         '{{\"account_sid\":\"{SID}\",\"auth_token\":\"{TOKEN}\",\"enable_status_callback\":false}}'); \
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES (7, 5); \
         UPDATE dealers SET from_sms = '{PHONE}' WHERE dealer_id = 7"
    ));
    let twilio = MockTwilio::start();
    twilio.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Full")));
    twilio.number_answers(PHONE, number(PHONE, true, twilio_sms_url, None));
    twilio.on(
        Mock::given(method("POST")).and(path(number_path())),
        ResponseTemplate::new(200).set_body_json(number(
            PHONE,
            true,
            "http://navixy.example.com:22000/sms/5/incoming",
            None,
        )),
    );
    (db, twilio)
}

fn validate_gate(db: &TestDb, twilio: &MockTwilio, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["validate".to_string(), "--gate-id".into(), "5".into()];
    args.extend(db.args());
    args.extend(["--twilio-api-url".to_string(), twilio.url()]);
    args.extend(["--public-host", "navixy.example.com"].map(String::from));
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn a_gate_is_validated_with_its_stored_credentials_and_dealer_sender() {
    let (db, twilio) = gate_db("https://old.example.com/sms");
    let run = gatewayctl(validate_gate(&db, &twilio, &[])).run();
    run.ok()
        .stderr_has("using the credentials stored in gate 5 (auth token)")
        .stdout_has("sender +15557654321")
        .stdout_has("is POST https://old.example.com/sms; Navixy receives incoming SMS for this gate at http://navixy.example.com:22000/sms/5/incoming")
        .stdout_has("--set-incoming-url");
    assert!(twilio.requests_to("POST", &number_path()).is_empty());
    assert_eq!(
        basic_auth(&twilio.requests_to("GET", &account_path())[0]),
        Some((SID.to_string(), TOKEN.to_string()))
    );
}

#[test]
fn set_incoming_url_points_the_number_at_the_gate() {
    let (db, twilio) = gate_db("");
    // A change on Twilio's side needs --yes without a terminal, like any other.
    gatewayctl(validate_gate(&db, &twilio, &["--set-incoming-url"]))
        .run()
        .code(2)
        .stderr_has("SMS webhook POST http://navixy.example.com:22000/sms/5/incoming")
        .stderr_has("--yes");
    assert!(twilio.requests_to("POST", &number_path()).is_empty());
    gatewayctl(validate_gate(
        &db,
        &twilio,
        &["--set-incoming-url", "--yes"],
    ))
    .run()
    .ok()
    .stdout_has("set to POST http://navixy.example.com:22000/sms/5/incoming (was (empty))");
    let updates = twilio.requests_to("POST", &number_path());
    assert_eq!(updates.len(), 1);
    assert_eq!(
        form(&updates[0]),
        vec![
            (
                "SmsUrl".to_string(),
                "http://navixy.example.com:22000/sms/5/incoming".to_string()
            ),
            ("SmsMethod".to_string(), "POST".to_string()),
        ]
    );
    assert_eq!(
        updates[0]
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/x-www-form-urlencoded")
    );
}

#[test]
fn an_sms_application_on_the_number_is_flagged() {
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO sms_gates (id, type, provider, params) VALUES (5, 'transceiver', 'twilio', \
         '{{\"account_sid\":\"{SID}\",\"auth_token\":\"{TOKEN}\"}}'); \
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES (7, 5); \
         UPDATE dealers SET from_sms = '{PHONE}' WHERE dealer_id = 7"
    ));
    let twilio = MockTwilio::start();
    twilio.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Full")));
    twilio.number_answers(
        PHONE,
        number(
            PHONE,
            true,
            "http://navixy.example.com:22000/sms/5/incoming",
            Some("AP0123456789abcdef0123456789abcdef"),
        ),
    );
    gatewayctl(validate_gate(&db, &twilio, &[]))
        .run()
        .ok()
        .stdout_has("uses SMS application AP0123456789abcdef0123456789abcdef");
}

#[test]
fn a_gate_of_another_provider_is_refused() {
    let db = TestDb::new();
    let twilio = MockTwilio::start();
    let mut args = vec!["validate".to_string(), "--gate-id".into(), "1".into()];
    args.extend(db.args());
    args.extend(["--twilio-api-url".to_string(), twilio.url()]);
    gatewayctl(&args)
        .run()
        .code(6)
        .stderr_has("gate 1 is a 'nexmo' gate");
    assert!(twilio.requests().is_empty());
}

fn add_twilio(db: &TestDb, twilio: &MockTwilio, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["add-twilio".to_string()];
    args.extend(add_twilio_args("7", PHONE));
    args.extend(db.args());
    args.extend(["--twilio-api-url".to_string(), twilio.url(), "--yes".into()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn add_twilio_writes_nothing_when_twilio_says_no() {
    let db = TestDb::new();
    let before = db.snapshot();
    let twilio = MockTwilio::start();
    twilio.account_answers(error(401, 20003, "Authenticate"));
    twilio.on(
        Mock::given(method("GET")).and(path(numbers_path())),
        error(401, 20003, "Authenticate"),
    );
    gatewayctl(add_twilio(&db, &twilio, &[]))
        .run()
        .code(4)
        .stderr_has("error 20003")
        .stderr_has("Twilio validation failed; nothing was written")
        .stderr_has("--skip-validation");
    assert_eq!(db.snapshot(), before);

    let test_creds = MockTwilio::for_test_credentials();
    gatewayctl(add_twilio(&db, &test_creds, &[]))
        .run()
        .code(4)
        .stderr_has("test credentials");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn skip_validation_says_so_and_asks_twilio_nothing() {
    let db = TestDb::new();
    let twilio = MockTwilio::start();
    gatewayctl(add_twilio(&db, &twilio, &["--skip-validation"]))
        .run()
        .ok()
        .stderr_has(
            "--skip-validation: the credentials and the number are written without asking Twilio",
        );
    assert!(twilio.requests().is_empty());
    assert_eq!(db.count("sms_gates"), 2);
}

#[test]
fn add_twilio_can_point_the_webhook_at_the_new_gate() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy(PHONE);
    twilio.on(
        Mock::given(method("POST")).and(path(number_path())),
        ResponseTemplate::new(200).set_body_json(number(
            PHONE,
            true,
            "http://navixy.example.com:22000/sms/2/incoming",
            None,
        )),
    );
    gatewayctl(add_twilio(
        &db,
        &twilio,
        &["--public-host", "navixy.example.com", "--set-incoming-url"],
    ))
    .run()
    .ok()
    .stdout_has("Added Twilio gate 2")
    .stdout_has("set to POST http://navixy.example.com:22000/sms/2/incoming");
    let updates = twilio.requests_to("POST", &number_path());
    assert_eq!(updates.len(), 1);
    assert_eq!(
        form_value(&updates[0], "SmsUrl").as_deref(),
        Some("http://navixy.example.com:22000/sms/2/incoming")
    );
    // The number lookup was made once, before writing, and reused.
    assert_eq!(twilio.requests_to("GET", &numbers_path()).len(), 1);
}

#[test]
fn a_failed_webhook_update_after_writing_says_the_gate_exists() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy(PHONE);
    twilio.on(
        Mock::given(method("POST")).and(path(number_path())),
        error(400, 21999, "Invalid SmsUrl"),
    );
    gatewayctl(add_twilio(
        &db,
        &twilio,
        &["--public-host", "navixy.example.com", "--set-incoming-url"],
    ))
    .run()
    .code(4)
    .stderr_has("gate 2 was added, but the number's webhook could not be set")
    .stderr_has(
        "gatewayctl validate --gate-id 2 --public-host navixy.example.com --set-incoming-url",
    );
    assert_eq!(db.count("sms_gates"), 2);
}

#[test]
fn secrets_echoed_by_a_broken_endpoint_are_masked() {
    use base64::Engine;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{SID}:{TOKEN}"));
    let twilio = MockTwilio::start();
    let echo = ResponseTemplate::new(400).set_body_json(serde_json::json!({
        "code": 29999,
        "message": format!("{} refused {TOKEN} (Authorization: Basic {basic})", "x".repeat(280)),
        "more_info": format!("https://errors.example/e?t={TOKEN}"),
    }));
    twilio.account_answers(echo.clone());
    twilio.on(Mock::given(method("GET")).and(path(numbers_path())), echo);
    let run = gatewayctl(validate(&twilio, &[])).run();
    run.code(1);
    assert!(!run.stdout.contains(&basic), "{}", run.stdout);
    assert!(!run.stdout.contains(&TOKEN[..10]), "{}", run.stdout);
}
