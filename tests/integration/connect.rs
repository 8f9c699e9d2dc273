//! Connecting like the mysql client: option files (`--defaults-file`,
//! `GATEWAYCTL_DEFAULTS_FILE`, `~/.my.cnf`), unix sockets, passwords with
//! awkward characters, and errors that say which setting to fix.

use crate::common::*;
use gatewayctl::navixy::source::DEFAULT_SOCKETS;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// The password as an option file writes it: double quotes, with `\` and
/// `"` escaped the way the mysql client unescapes them.
fn quoted_password() -> String {
    format!(
        "\"{}\"",
        AWKWARD_PASSWORD.replace('\\', "\\\\").replace('"', "\\\"")
    )
}

fn write_option_file(path: &Path, text: &str, mode: u32) {
    std::fs::write(path, text).expect("write option file");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// `link-dealer` of gate 1 to dealer 7, without any database option.
fn link_dealer(db: &TestDb, extra: &[&str]) -> Vec<String> {
    let mut args = link_dealer_args("1", "7", "+15557654321");
    args.extend(["--yes".to_string(), "--schema".into(), db.name.clone()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn assert_linked(db: &TestDb) {
    assert_eq!(
        db.value("SELECT CONCAT(master_phone, '|', from_sms) FROM dealers WHERE dealer_id = 7")
            .as_deref(),
        Some("+15557654321|+15557654321")
    );
    assert_eq!(
        db.value("SELECT COUNT(*) FROM sms_gates_to_dealers WHERE dealer_id = 7 AND gate_id = 1")
            .as_deref(),
        Some("1")
    );
}

#[test]
fn an_option_file_over_tcp_carries_an_awkward_password_and_warns_when_others_may_read_it() {
    let db = TestDb::new();
    let user = db.user();
    let (host, port) = server_host_port();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("navixy.cnf");
    let shown = file.display().to_string();
    write_option_file(
        &file,
        &format!(
            "# gatewayctl test\n[mysqld]\nuser = mysql\n\n[client]\nuser = {}\npassword = {}   # not part of it\nhost = {host}\nport = {port}\n",
            user.name,
            quoted_password()
        ),
        0o600,
    );

    // The mysql client reads the same password from the same file.
    let client = std::env::var("GATEWAYCTL_TEST_MYSQL_CLIENT").unwrap_or_else(|_| "mysql".into());
    let output = std::process::Command::new(client)
        .arg(format!("--defaults-file={shown}"))
        .args([
            "--batch",
            "--skip-column-names",
            "-e",
            "SELECT CURRENT_USER()",
        ])
        .output()
        .expect("run the mysql client (set GATEWAYCTL_TEST_MYSQL_CLIENT)");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("{}@%", user.name),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let run = gatewayctl(link_dealer(&db, &["--defaults-file", &shown])).run();
    run.ok()
        .stdout_has("Dealer 7 (Acme Tracking, acme) is now linked to gate 1")
        .stderr_has(&format!(
            "note: database {}@{host}:{port}, from [client] in {shown} (with its password)",
            user.name
        ));
    assert!(!run.stderr.contains("warning:"), "{}", run.stderr);
    assert_linked(&db);

    // Readable by others: still used, with a warning naming the file and
    // the fix. GATEWAYCTL_DEFAULTS_FILE names it this time.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    gatewayctl(link_dealer(&db, &[]))
        .env("GATEWAYCTL_DEFAULTS_FILE", &file)
        .run()
        .ok()
        .stdout_has("is already linked to gate 1 with sender +15557654321; nothing to change.")
        .stderr_has(&format!(
            "warning: {shown} holds a database password and other users may read it (mode 644); run: chmod 600 {shown}"
        ));

    // Anyone may write it: refused, as the mysql client ignores it.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    gatewayctl(link_dealer(&db, &["--defaults-file", &shown]))
        .run()
        .code(2)
        .stderr_has(&format!("refusing to read {shown}"))
        .stderr_has(&format!("chmod 600 {shown}"));
}

#[test]
fn home_my_cnf_over_the_socket_writes_a_gate() {
    let db = TestDb::new();
    let user = db.user();
    let socket = server_socket();
    let home = tempfile::tempdir().expect("temp dir");
    let my_cnf = home.path().join(".my.cnf");
    write_option_file(
        &my_cnf,
        &format!(
            "[client]\nuser={}\npassword={}\nsocket={socket}\n",
            user.name,
            quoted_password()
        ),
        0o600,
    );
    let mut args = vec!["add-twilio".to_string()];
    args.extend(add_twilio_args("7", "+15557654321"));
    args.extend(["--skip-validation", "--yes", "--schema", &db.name].map(String::from));
    gatewayctl(&args)
        .env("HOME", home.path())
        .run()
        .ok()
        .stdout_has("Added Twilio gate 2 for dealer 7")
        .stderr_has(&format!(
            "note: database {}@localhost (socket {socket}), from [client] in {} (with its password)",
            user.name,
            my_cnf.display()
        ));
    assert_eq!(
        db.value("SELECT CONCAT_WS('|', provider, type, enabled) FROM sms_gates WHERE id = 2")
            .as_deref(),
        Some("twilio|transceiver|1")
    );
    assert_eq!(
        db.value("SELECT GROUP_CONCAT(gate_id) FROM sms_gates_to_dealers WHERE dealer_id = 7")
            .as_deref(),
        Some("2")
    );

    // host=localhost without socket=: the mysql client's socket search,
    // which finds the first of the usual places that exists.
    write_option_file(
        &my_cnf,
        &format!(
            "[client]\nuser={}\npassword={}\nhost=localhost\n",
            user.name,
            quoted_password()
        ),
        0o600,
    );
    let run = gatewayctl(link_dealer(&db, &[]))
        .env("HOME", home.path())
        .run();
    match DEFAULT_SOCKETS.iter().find(|p| Path::new(p).exists()) {
        Some(found) => {
            run.ok()
                .stderr_has(&format!(
                    "database {}@localhost (socket {found})",
                    user.name
                ))
                .stderr_has("the mysql client's defaults for the rest: the first socket found");
            assert_linked(&db);
        }
        None => {
            run.code(3).stderr_has(&format!(
                "no socket= was given and there is no socket at {}",
                DEFAULT_SOCKETS.join(", ")
            ));
        }
    }
}

#[test]
fn urls_carry_a_percent_encoded_password_over_tcp_and_the_socket() {
    let db = TestDb::new();
    let user = db.user();
    let (host, port) = server_host_port();
    let socket = server_socket();
    let password = utf8_percent_encode(AWKWARD_PASSWORD, NON_ALPHANUMERIC).to_string();
    let tcp = format!("mysql://{}:{password}@{host}:{port}", user.name);
    gatewayctl(link_dealer(&db, &["--database-url", &tcp]))
        .run()
        .ok()
        .stderr_has(&format!(
            "note: database {}@{host}:{port}, from the database URL",
            user.name
        ));
    assert_linked(&db);

    let via_socket = format!(
        "mysql://{}:{password}@localhost/?socket={}",
        user.name,
        utf8_percent_encode(&socket, NON_ALPHANUMERIC)
    );
    gatewayctl(link_dealer(&db, &[]))
        .env("GATEWAYCTL_DATABASE_URL", &via_socket)
        .run()
        .ok()
        .stdout_has("is already linked to gate 1 with sender +15557654321; nothing to change.")
        .stderr_has(&format!(
            "note: database {}@localhost (socket {socket}), from the database URL",
            user.name
        ));

    // The URL wins over ~/.my.cnf, which is not even read.
    let home = tempfile::tempdir().expect("temp dir");
    write_option_file(
        &home.path().join(".my.cnf"),
        "garbage before any group\n",
        0o600,
    );
    gatewayctl(link_dealer(&db, &["--database-url", &tcp]))
        .env("HOME", home.path())
        .run()
        .ok();
}

#[test]
fn option_files_pointing_nowhere_name_the_socket_or_host_and_the_fix() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file: PathBuf = dir.path().join("nowhere.cnf");
    let shown = file.display().to_string();
    let args = |db_args: &[&str]| {
        let mut args = link_dealer_args("1", "7", "+15557654321");
        args.extend(["--yes", "--connect-timeout", "3"].map(String::from));
        args.extend(db_args.iter().map(|s| s.to_string()));
        args
    };
    let fix = format!("under [client] in {shown}, or pass --database-url");

    write_option_file(
        &file,
        &format!("[client]\nuser=gw\npassword={DB_PASSWORD}\nsocket=/nonexistent/mysqld.sock\n"),
        0o600,
    );
    gatewayctl(args(&["--defaults-file", &shown]))
        .run()
        .code(3)
        .stderr_has("cannot connect to MySQL at gw@localhost (socket /nonexistent/mysqld.sock)")
        .stderr_has("the socket file does not exist: is MySQL running?")
        .stderr_has(&fix);

    write_option_file(
        &file,
        &format!("[client]\nuser=gw\npassword={DB_PASSWORD}\nhost=127.0.0.1\nport=9\n"),
        0o600,
    );
    gatewayctl(args(&["--defaults-file", &shown]))
        .run()
        .code(3)
        .stderr_has("cannot connect to MySQL at gw@127.0.0.1:9")
        .stderr_has("is MySQL running")
        .stderr_has(&fix);

    // A wrong password is blamed on the file that gave it.
    let (host, port) = server_host_port();
    write_option_file(
        &file,
        &format!("[client]\nuser=root\npassword={DB_PASSWORD}\nhost={host}\nport={port}\n"),
        0o600,
    );
    gatewayctl(args(&["--defaults-file", &shown]))
        .run()
        .code(3)
        .stderr_has(&format!(
            "MySQL at root@{host}:{port} refused the connection"
        ))
        .stderr_has(&format!(
            "check user= and password= under [client] in {shown}"
        ));

    // The same for a socket in a URL.
    gatewayctl(args(&[
        "--database-url",
        &format!("mysql://gw:{DB_PASSWORD}@localhost/?socket=/nonexistent/url.sock"),
    ]))
    .run()
    .code(3)
    .stderr_has("cannot connect to MySQL at gw@localhost (socket /nonexistent/url.sock)")
    .stderr_has("check the host and port (or ?socket=) in --database-url");

    // A file that does not exist, and a URL given as well.
    let missing = dir.path().join("missing.cnf");
    gatewayctl(args(&["--defaults-file", &missing.display().to_string()]))
        .run()
        .code(2)
        .stderr_has(&format!(
            "cannot read the option file {}",
            missing.display()
        ));
    gatewayctl(args(&["--defaults-file", &shown]))
        .env("GATEWAYCTL_DATABASE_URL", server_url())
        .run()
        .code(2)
        .stderr_has("both a database URL and the option file");
}

#[test]
fn with_nothing_given_the_login_name_is_tried_on_the_default_socket() {
    let home = tempfile::tempdir().expect("temp dir");
    let mut args = link_dealer_args("1", "7", "+15557654321");
    args.push("--yes".into());
    let run = gatewayctl(args)
        .env("HOME", home.path())
        .env("USER", "gw_nobody")
        .run();
    run.code(3)
        .stderr_has(&format!(
            "no database URL and there is no {}, so the mysql client's defaults",
            home.path().join(".my.cnf").display()
        ))
        .stderr_has("MySQL at gw_nobody@localhost (socket ")
        .stderr_has("refused the connection")
        .stderr_has("no password was given, and the user is your login name; pass --database-url mysql://USER:PASSWORD@HOST:PORT");
}
