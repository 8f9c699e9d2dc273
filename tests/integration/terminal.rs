//! The interactive side, through a real pseudo-terminal: prompts for what
//! is missing, the plan, the confirmation (default No), Ctrl-C.

use crate::common::*;
use rexpect::session::{PtySession, spawn_command};

const TIMEOUT_MS: u64 = 20_000;

fn session(args: &[String]) -> PtySession {
    let mut command = command(args);
    command
        .env("TERM", "xterm")
        .env("COLUMNS", "200")
        .env("LINES", "50");
    spawn_command(command, Some(TIMEOUT_MS)).expect("spawn in a pseudo-terminal")
}

fn exit_code(session: &PtySession) -> i32 {
    use rexpect::process::WaitStatus;
    match session.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => code,
        other => panic!("gatewayctl did not exit normally: {other:?}"),
    }
}

fn journal_args(db: &TestDb, dir: &tempfile::TempDir) -> Vec<String> {
    let mut args = db.args();
    args.extend([
        "--journal-dir".to_string(),
        dir.path().display().to_string(),
    ]);
    args
}

#[test]
fn add_twilio_walks_from_empty_input_to_a_confirmed_write() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["add-twilio".to_string(), "--skip-validation".into()];
    args.extend(journal_args(&db, &dir));
    let mut p = session(&args);
    p.exp_string("Twilio Account SID").unwrap();
    p.send_line(SID).unwrap();
    p.exp_string("Authenticate with").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Auth token (hidden)").unwrap();
    p.send_line(TOKEN).unwrap();
    p.exp_string("Twilio number to send from").unwrap();
    // A bad number is refused at the prompt, which asks again.
    p.send_line("555-1234").unwrap();
    p.exp_string("is not an E.164 phone number").unwrap();
    p.send_line("+15557654321").unwrap();
    p.exp_string("Dealer (type to filter)").unwrap();
    p.exp_string("Acme Tracking, acme").unwrap();
    p.send("Acme").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Label for the gate").unwrap();
    p.send_line("Main line").unwrap();
    // The plan: the dealer's sender, old and new.
    p.exp_string("master_phone +15550001111").unwrap();
    p.exp_string("Apply these changes?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Added Twilio gate 2 for dealer 7 (Acme Tracking, acme): sender +15557654321.")
        .unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains(TOKEN), "the token was echoed: {rest}");
    assert_eq!(exit_code(&p), 0);
    assert_eq!(
        db.value("SELECT CONCAT(label, '|', params) FROM sms_gates WHERE id = 2").as_deref(),
        Some(format!(r#"Main line|{{"account_sid":"{SID}","auth_token":"{TOKEN}","enable_status_callback":false}}"#).as_str())
    );
    assert_eq!(
        db.value("SELECT from_sms FROM dealers WHERE dealer_id = 7")
            .as_deref(),
        Some("+15557654321")
    );
}

#[test]
fn the_same_without_a_terminal_refuses_and_writes_nothing() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let before = db.snapshot();
    let mut args = vec!["add-twilio".to_string(), "--skip-validation".into()];
    args.extend(journal_args(&db, &dir));
    gatewayctl(&args).run().code(2).stderr_has("no Account SID");
    args.extend(add_twilio_args("7", "+15557654321"));
    gatewayctl(&args)
        .run()
        .code(2)
        .stderr_has("no terminal to confirm on");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn the_confirmation_defaults_to_no() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let before = db.snapshot();
    let mut args = vec!["add-twilio".to_string(), "--skip-validation".into()];
    args.extend(add_twilio_args("7", "+15557654321"));
    args.extend(journal_args(&db, &dir));
    let mut p = session(&args);
    p.exp_string("Apply these changes? [y/N]").unwrap();
    p.send_line("").unwrap();
    p.exp_string("declined; nothing was written").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 5);
    assert_eq!(db.snapshot(), before);
}

#[test]
fn ctrl_c_at_a_prompt_stops_with_130_and_writes_nothing() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let before = db.snapshot();
    let mut args = link_dealer_args("1", "8", "+15557654321");
    args.extend(journal_args(&db, &dir));
    let mut p = session(&args);
    p.exp_string("Apply these changes?").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);
    assert_eq!(db.snapshot(), before);
}

#[test]
fn on_a_terminal_colour_is_on_unless_no_color_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x");
    // An error line shows the colour, or its absence.
    let bad = [
        "undo".to_string(),
        "1".into(),
        "--journal-dir".into(),
        file.display().to_string(),
    ];
    let mut coloured = command(&bad);
    coloured.env_remove("NO_COLOR").env("TERM", "xterm");
    let mut p = spawn_command(coloured, Some(TIMEOUT_MS)).unwrap();
    let output = p.exp_eof().unwrap();
    assert!(output.contains("\x1b[1;31merror:\x1b[0m"), "{output:?}");
    let mut plain = command(&bad);
    plain.env("NO_COLOR", "1").env("TERM", "xterm");
    let mut p = spawn_command(plain, Some(TIMEOUT_MS)).unwrap();
    let output = p.exp_eof().unwrap();
    assert!(
        output.contains("gatewayctl: error: there is no change 1"),
        "{output:?}"
    );
    assert!(!output.contains('\x1b'), "{output:?}");
}

#[test]
fn ctrl_c_at_a_hidden_prompt_exits_and_gives_the_terminal_back() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec![
        "add-twilio".to_string(),
        "--skip-validation".into(),
        "--account-sid".into(),
        SID.into(),
    ];
    args.extend(journal_args(&db, &dir));
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    // Echo on first (the pseudo-terminal starts without it); the hidden
    // prompt turns it off; after Ctrl-C the settings must be as before.
    let script = format!(
        "stty echo; echo BEFORE=$(stty -g); {} {}; echo EXIT=$?; echo AFTER=$(stty -g)",
        env!("CARGO_BIN_EXE_gatewayctl"),
        quoted.join(" ")
    );
    let mut bash = std::process::Command::new("bash");
    bash.arg("-c")
        .arg(script)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut p = spawn_command(bash, Some(TIMEOUT_MS)).unwrap();
    let (_, before) = p.exp_regex("BEFORE=[^\\r\\n]+").unwrap();
    p.exp_string("Authenticate with").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Auth token (hidden)").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("EXIT=130").unwrap();
    let (_, after) = p.exp_regex("AFTER=[^\\r\\n]+").unwrap();
    assert_eq!(
        after.trim_start_matches("AFTER="),
        before.trim_start_matches("BEFORE="),
        "the terminal settings changed"
    );
}
