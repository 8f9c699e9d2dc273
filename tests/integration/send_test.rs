//! send-test against a local Twilio stand-in: the request it makes, the
//! leading-space trap detected from Twilio's echo, delivery polling.

use crate::common::twilio::*;
use crate::common::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, Request, ResponseTemplate};

const FROM: &str = "+15557654321";
const TO: &str = "+447700900123";

/// A stand-in whose message create stores the body through `keep`.
fn twilio_storing(keep: fn(&str) -> String) -> MockTwilio {
    let twilio = MockTwilio::start();
    twilio.mount(
        Mock::given(method("POST"))
            .and(path(messages_path()))
            .respond_with(move |request: &Request| {
                let sent = form_value(request, "Body").unwrap_or_default();
                ResponseTemplate::new(201).set_body_json(message(request, &keep(&sent), "queued"))
            }),
    );
    twilio
}

fn send(twilio: &MockTwilio, body: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "send-test",
        "--account-sid",
        SID,
        "--auth-token",
        TOKEN,
        "--from",
        FROM,
        "--to",
        TO,
    ]
    .map(String::from)
    .to_vec();
    args.push(format!("--body={body}"));
    args.extend(["--twilio-api-url".to_string(), twilio.url()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn the_request_carries_the_exact_body_and_basic_auth() {
    let twilio = twilio_storing(|sent| sent.to_string());
    let run = gatewayctl(send(&twilio, "  getinfo", &[])).run();
    run.ok()
        .stdout_has(MESSAGE_SID)
        .stdout_has("queued")
        .stdout_has("unchanged")
        .stderr_has("Body: 9 characters, GSM-7, 1 segment.")
        .stderr_has("the body starts with 2 spaces")
        .stderr_has("Vonage or Textlocal");
    let creates = twilio.requests_to("POST", &messages_path());
    assert_eq!(creates.len(), 1);
    assert_eq!(
        form(&creates[0]),
        vec![
            ("To".to_string(), TO.to_string()),
            ("From".to_string(), FROM.to_string()),
            ("Body".to_string(), "  getinfo".to_string()),
        ]
    );
    assert_eq!(
        basic_auth(&creates[0]),
        Some((SID.to_string(), TOKEN.to_string()))
    );
}

#[test]
fn stripped_leading_spaces_are_reported_with_their_own_exit_status() {
    let twilio = twilio_storing(|sent| sent.trim_start().to_string());
    let run = gatewayctl(send(&twilio, "  setparam 2004:navixy.example.com", &[])).run();
    run.code(7)
        .stdout_has("2 spaces removed at the start")
        .stderr_has(
            "Twilio did not keep the body as sent to +447700900123: 2 spaces removed at the start",
        )
        .stderr_has("will ignore this command")
        .stderr_has("Vonage or Textlocal");
}

#[test]
fn a_trimmed_trailing_newline_and_a_trial_prefix_are_alterations_too() {
    let trimmed = twilio_storing(|sent| sent.trim_end().to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cmd.txt");
    std::fs::write(&file, b"  getinfo\n").unwrap();
    let mut args = send(&trimmed, "x", &[]);
    args.retain(|a| !a.starts_with("--body="));
    args.extend(["--body-file".to_string(), file.display().to_string()]);
    gatewayctl(&args)
        .run()
        .code(7)
        .stderr_has("the body ends with 1 newline (editors and echo end files with a newline")
        .stdout_has("1 newline removed at the end");

    let prefixed = twilio_storing(|sent| format!("Sent from your Twilio trial account - {sent}"));
    gatewayctl(send(&prefixed, "getinfo", &[]))
        .run()
        .code(7)
        .stderr_has("Twilio put \"Sent from your Twilio trial account - \" in front");
}

#[test]
fn unicode_forces_ucs2_and_the_characters_are_named() {
    let twilio = twilio_storing(|sent| sent.to_string());
    gatewayctl(send(&twilio, "Temperatur über 30 °C — Alarm", &[]))
        .run()
        .ok()
        .stderr_has("UCS-2")
        .stderr_has("'°' U+00B0")
        .stderr_has("'—' U+2014");
}

#[test]
fn json_output_has_the_analysis_and_each_message() {
    let twilio = twilio_storing(|sent| sent.trim_start().to_string());
    let run = gatewayctl(send(&twilio, "  getinfo", &["--output", "json"])).run();
    run.code(7);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["encoding"], "GSM-7");
    assert_eq!(value["segments"], 1);
    assert_eq!(value["leading_whitespace"], "  ");
    assert_eq!(value["messages"][0]["sid"], MESSAGE_SID);
    assert_eq!(
        value["messages"][0]["alteration"],
        "leading_whitespace_removed"
    );
    assert_eq!(value["messages"][0]["body_stored"], "getinfo");
}

#[test]
fn twilio_refusing_the_message_is_explained_and_never_retried() {
    let twilio = MockTwilio::start();
    twilio.on(
        Mock::given(method("POST")).and(path(messages_path())),
        error(400, 21608, "The number is unverified"),
    );
    gatewayctl(send(&twilio, "getinfo", &[]))
        .run()
        .code(4)
        .stdout_has("not sent")
        .stderr_has("error 21608: a trial account can only send to verified numbers")
        .stderr_has("verify the destination number");
    let server_error = MockTwilio::start();
    server_error.on(
        Mock::given(method("POST")).and(path(messages_path())),
        ResponseTemplate::new(500),
    );
    gatewayctl(send(&server_error, "getinfo", &[]))
        .run()
        .code(4);
    // A 500 may mean the message was created: sending again could send twice.
    assert_eq!(server_error.requests_to("POST", &messages_path()).len(), 1);
}

#[test]
fn a_create_refused_as_too_many_requests_is_sent_again_once() {
    let twilio = twilio_storing(|sent| sent.to_string());
    twilio.mount(
        Mock::given(method("POST"))
            .and(path(messages_path()))
            .respond_with(error(429, 20429, "Too Many Requests"))
            .up_to_n_times(1)
            .with_priority(1),
    );
    gatewayctl(send(&twilio, "getinfo", &[])).run().ok();
    assert_eq!(twilio.requests_to("POST", &messages_path()).len(), 2);
}

fn status_sequence(twilio: &MockTwilio, statuses: &'static [(&'static str, Option<i64>)]) {
    for (i, (status, code)) in statuses.iter().enumerate() {
        let body = serde_json::json!({
            "sid": MESSAGE_SID, "to": TO, "from": FROM, "body": "getinfo",
            "status": status, "error_code": code, "error_message": null,
        });
        let mut mock = Mock::given(method("GET"))
            .and(path(message_path()))
            .respond_with(ResponseTemplate::new(200).set_body_json(body));
        if i + 1 < statuses.len() {
            mock = mock.up_to_n_times(1).with_priority(1 + i as u8);
        } else {
            mock = mock.with_priority(10);
        }
        twilio.mount(mock);
    }
}

#[test]
fn wait_polls_until_delivered() {
    let twilio = twilio_storing(|sent| sent.to_string());
    status_sequence(&twilio, &[("sent", None), ("delivered", None)]);
    let run = gatewayctl(send(&twilio, "getinfo", &["--wait"])).run();
    run.ok()
        .stdout_has("delivered")
        .stderr_has("waiting: +447700900123 sent");
    assert_eq!(twilio.requests_to("GET", &message_path()).len(), 2);
}

#[test]
fn an_undelivered_message_exits_non_zero_with_the_error_meaning() {
    let twilio = twilio_storing(|sent| sent.to_string());
    status_sequence(&twilio, &[("undelivered", Some(30003))]);
    gatewayctl(send(&twilio, "getinfo", &["--wait"]))
        .run()
        .code(8)
        .stdout_has("error 30003: the handset is unreachable")
        .stderr_has("ended undelivered with error 30003");
}

#[test]
fn waiting_is_bounded() {
    let twilio = twilio_storing(|sent| sent.to_string());
    status_sequence(&twilio, &[("sent", None)]);
    gatewayctl(send(&twilio, "getinfo", &["--wait", "--wait-timeout", "2"]))
        .run()
        .code(1)
        .stderr_has("no final status within 2 s");
}

#[test]
fn test_credentials_send_but_cannot_be_polled() {
    let twilio = twilio_storing(|sent| sent.to_string());
    twilio.on(
        Mock::given(method("GET")).and(path(message_path())),
        test_credentials_refused(),
    );
    gatewayctl(send(&twilio, "getinfo", &["--wait"]))
        .run()
        .code(1)
        .stderr_has("test credentials, which deliver nothing");
}

#[test]
fn a_gate_supplies_credentials_and_the_dealers_sender() {
    let db = TestDb::new();
    db.exec(&format!(
        "INSERT INTO sms_gates (id, type, provider, params) VALUES (5, 'transceiver', 'twilio', \
         '{{\"account_sid\":\"{SID}\",\"api_sid\":\"{KEY_SID}\",\"api_secret\":\"{KEY_SECRET}\"}}'); \
         INSERT INTO sms_gates_to_dealers (dealer_id, gate_id) VALUES (7, 5), (8, 5); \
         UPDATE dealers SET from_sms = '{FROM}' WHERE dealer_id = 7"
    ));
    let twilio = twilio_storing(|sent| sent.to_string());
    let mut args: Vec<String> = [
        "send-test",
        "--gate-id",
        "5",
        "--to",
        TO,
        "--body",
        "getinfo",
    ]
    .map(String::from)
    .to_vec();
    args.extend(db.args());
    args.extend(["--twilio-api-url".to_string(), twilio.url()]);
    gatewayctl(&args).run().code(2).stderr_has(
        "gate 5 is linked to dealers 7, 8 with different senders: pick one with --dealer-id",
    );
    let mut with_dealer = args.clone();
    with_dealer.extend(["--dealer-id".to_string(), "8".into()]);
    gatewayctl(&with_dealer)
        .run()
        .code(6)
        .stderr_has("dealer 8 has no sender (from_sms is empty)");
    args.extend(["--dealer-id".to_string(), "7".into()]);
    gatewayctl(&args).run().ok();
    let creates = twilio.requests_to("POST", &messages_path());
    assert_eq!(creates.len(), 1);
    assert_eq!(form_value(&creates[0], "From").as_deref(), Some(FROM));
    assert_eq!(
        basic_auth(&creates[0]),
        Some((KEY_SID.to_string(), KEY_SECRET.to_string()))
    );
}

#[test]
fn bad_bodies_and_numbers_are_refused_before_sending() {
    let twilio = twilio_storing(|sent| sent.to_string());
    gatewayctl(send(&twilio, "", &[]))
        .run()
        .code(2)
        .stderr_has("the message body is empty");
    gatewayctl(send(&twilio, &"x".repeat(1601), &[]))
        .run()
        .code(2)
        .stderr_has("Twilio takes at most 1600");
    let mut args = send(&twilio, "hi", &[]);
    let at = args.iter().position(|a| a == "--to").unwrap();
    args[at + 1] = "0044 7700".into();
    gatewayctl(&args)
        .run()
        .code(2)
        .stderr_has("is not an E.164 phone number");
    assert!(twilio.requests().is_empty());
}

#[test]
fn a_repeated_recipient_gets_one_message_and_an_unknown_outcome_is_not_called_not_sent() {
    let twilio = twilio_storing(|sent| sent.to_string());
    let mut args = send(&twilio, "getinfo", &[]);
    args.extend(["--to".to_string(), TO.into()]);
    gatewayctl(&args)
        .run()
        .ok()
        .stderr_has(&format!(
            "{TO} is given more than once; it gets one message"
        ))
        .stderr_has(&format!("From {FROM} to {TO}."));
    assert_eq!(twilio.requests_to("POST", &messages_path()).len(), 1);

    let failing = MockTwilio::start();
    failing.on(
        Mock::given(method("POST")).and(path(messages_path())),
        ResponseTemplate::new(502),
    );
    gatewayctl(send(&failing, "getinfo", &[]))
        .run()
        .code(4)
        .stdout_has("unknown")
        .stderr_has("may or may not have been sent")
        .stderr_has("never sends twice");
}
