//! Shared test helpers: the binary, a throwaway database per test, and the
//! test credentials whose secrets must never appear in any output.

#![allow(dead_code, clippy::print_stderr)]

pub mod twilio;

use sqlx::mysql::{MySqlConnectOptions, MySqlConnection};
use sqlx::{AssertSqlSafe, Connection, Executor, Row};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};

pub const SID: &str = "ACdc5f132a3c49700934481addd5ce1659";
pub const TOKEN: &str = "1095175a27d2044c06e1db8577b484f3";
pub const KEY_SID: &str = "SK2b7a2c1d4e5f60718293a4b5c6d7e8f9";
pub const KEY_SECRET: &str = "Zq8xVw3LmN5pRt7yUi9oPa1sDf2gHj4k";
pub const DB_PASSWORD: &str = "pw-never-printed";
/// The password of the users [`TestDb::user`] creates: every character
/// that URLs and option files treat specially.
pub const AWKWARD_PASSWORD: &str = "p@ss:w/rd #;=\"'\\ é";
/// Values that no gatewayctl output may ever contain.
pub const SECRETS: [&str; 4] = [TOKEN, KEY_SECRET, DB_PASSWORD, AWKWARD_PASSWORD];

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    #[track_caller]
    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}\n--- stderr\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}\n--- stdout\n{}",
            self.stdout
        );
        self
    }
}

/// A command line for the binary, with a clean environment: no inherited
/// GATEWAYCTL_* or TWILIO_* variables, no colour, stdin not a terminal.
pub struct Gatewayctl {
    command: Command,
    reveals: bool,
    stdin: Option<Vec<u8>>,
}

pub fn gatewayctl<I, S>(args: I) -> Gatewayctl
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
    let reveals = args.iter().any(|a| a == "--reveal-secrets");
    Gatewayctl {
        command: command(&args),
        reveals,
        stdin: None,
    }
}

/// The binary with these arguments and a clean environment (see
/// [`gatewayctl`]); for tests that drive it themselves, e.g. through a
/// pseudo-terminal.
pub fn command<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gatewayctl"));
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().to_string();
        if key.starts_with("GATEWAYCTL_")
            || key.starts_with("TWILIO_")
            || key.ends_with("_PROXY")
            || key.ends_with("_proxy")
        {
            command.env_remove(&key);
        }
    }
    command.env("NO_COLOR", "1");
    // Journal entries of tests that do not choose a directory stay out of
    // the real home.
    command.env(
        "XDG_STATE_HOME",
        std::env::temp_dir().join(format!("gatewayctl-test-state-{}", std::process::id())),
    );
    command.args(args);
    command
}

impl Gatewayctl {
    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.command.env(key, value);
        self
    }

    pub fn stdin(mut self, bytes: &[u8]) -> Self {
        self.stdin = Some(bytes.to_vec());
        self
    }

    /// Runs it and checks that no secret leaked (print-sql --reveal-secrets
    /// exists to print them, so it is exempt on stdout).
    #[track_caller]
    pub fn run(mut self) -> Run {
        self.command
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.command.spawn().expect("spawn gatewayctl");
        if let Some(bytes) = self.stdin.take() {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(&bytes).expect("write stdin");
        }
        let output = child.wait_with_output().expect("wait for gatewayctl");
        let run = Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        for secret in SECRETS {
            assert!(
                !run.stderr.contains(secret),
                "a secret leaked on stderr:\n{}",
                run.stderr
            );
            if !self.reveals {
                assert!(
                    !run.stdout.contains(secret),
                    "a secret leaked on stdout:\n{}",
                    run.stdout
                );
            }
        }
        run
    }
}

/// The test server, from GATEWAYCTL_TEST_DATABASE_URL (a server, not a
/// database).
pub fn server_url() -> String {
    std::env::var("GATEWAYCTL_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306".to_string())
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

async fn connect(database: Option<&str>) -> MySqlConnection {
    let url = server_url();
    let mut options = MySqlConnectOptions::from_str(&url).expect("GATEWAYCTL_TEST_DATABASE_URL");
    if let Some(db) = database {
        options = options.database(db);
    }
    match MySqlConnection::connect_with(&options).await {
        Ok(conn) => conn,
        Err(e) => panic!(
            "cannot reach the test MariaDB/MySQL server at {url}: {e}\n\
             Start it (e.g. `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`) \
             or point GATEWAYCTL_TEST_DATABASE_URL at one. Database tests never skip."
        ),
    }
}

/// Rows of one table, every value as raw bytes, in a stable order.
pub type Rows = Vec<Vec<Option<Vec<u8>>>>;

/// A fresh database built from a fixture, dropped when the test ends (kept
/// when it fails, for a look).
pub struct TestDb {
    pub name: String,
    rt: tokio::runtime::Runtime,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    /// A Navixy-like database: utf8 (3-byte) character set, fixture schema.
    pub fn new() -> Self {
        Self::with_fixture("navixy.sql")
    }

    pub fn with_fixture(fixture: &str) -> Self {
        let name = format!(
            "gwct_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0)
        );
        let rt = runtime();
        let schema = std::fs::read_to_string(root().join("tests/fixtures").join(fixture))
            .expect("read fixture");
        rt.block_on(async {
            let mut conn = connect(None).await;
            conn.execute(AssertSqlSafe(format!("DROP DATABASE IF EXISTS `{name}`")))
                .await
                .expect("drop");
            conn.execute(AssertSqlSafe(format!(
                "CREATE DATABASE `{name}` CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci"
            )))
            .await
            .expect("create database");
            conn.close().await.ok();
            let mut conn = connect(Some(&name)).await;
            sqlx::raw_sql(AssertSqlSafe(schema))
                .execute(&mut conn)
                .await
                .expect("load fixture");
            conn.close().await.ok();
        });
        Self { name, rt }
    }

    /// The server URL to give gatewayctl (the schema goes in --schema).
    pub fn url(&self) -> String {
        server_url()
    }

    /// `--database-url URL --schema NAME`.
    pub fn args(&self) -> Vec<String> {
        vec![
            "--database-url".into(),
            self.url(),
            "--schema".into(),
            self.name.clone(),
        ]
    }

    pub fn exec(&self, sql: &str) {
        let name = self.name.clone();
        let sql = sql.to_string();
        self.rt.block_on(async move {
            let mut conn = connect(Some(&name)).await;
            sqlx::raw_sql(AssertSqlSafe(sql.clone()))
                .execute(&mut conn)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
            conn.close().await.ok();
        });
    }

    pub fn rows(&self, sql: &str) -> Rows {
        let name = self.name.clone();
        let sql = sql.to_string();
        self.rt.block_on(async move {
            let mut conn = connect(Some(&name)).await;
            let rows = conn
                .fetch_all(AssertSqlSafe(sql.clone()))
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
            conn.close().await.ok();
            rows.iter()
                .map(|row| {
                    (0..row.len())
                        .map(|i| {
                            row.try_get_unchecked::<Option<Vec<u8>>, _>(i)
                                .expect("cell")
                        })
                        .collect()
                })
                .collect()
        })
    }

    /// One value as text.
    pub fn value(&self, sql: &str) -> Option<String> {
        self.rows(sql)
            .into_iter()
            .next()
            .and_then(|row| row.into_iter().next().flatten())
            .map(|bytes| String::from_utf8(bytes).expect("utf8"))
    }

    pub fn count(&self, table: &str) -> u64 {
        self.value(&format!("SELECT COUNT(*) FROM `{table}`"))
            .and_then(|v| v.parse().ok())
            .expect("count")
    }

    /// Every row of the three tables gatewayctl touches, byte for byte.
    pub fn snapshot(&self) -> Vec<(String, Rows)> {
        ["dealers", "sms_gates", "sms_gates_to_dealers"]
            .iter()
            .map(|table| {
                let order = match *table {
                    "dealers" => "dealer_id",
                    "sms_gates" => "id",
                    _ => "dealer_id, gate_id",
                };
                (
                    table.to_string(),
                    self.rows(&format!("SELECT * FROM `{table}` ORDER BY {order}")),
                )
            })
            .collect()
    }

    /// Runs a script with the `mysql` command-line client, as an admin would.
    /// `init` is sent first in the same session (e.g. a SET sql_mode).
    pub fn mysql_client(&self, script: &str, init: Option<&str>) -> std::process::Output {
        let url = url::Url::parse(&self.url()).expect("server url");
        let client =
            std::env::var("GATEWAYCTL_TEST_MYSQL_CLIENT").unwrap_or_else(|_| "mysql".into());
        let mut command = Command::new(client);
        command
            .arg(format!("--host={}", url.host_str().unwrap_or("127.0.0.1")))
            .arg(format!("--port={}", url.port().unwrap_or(3306)))
            .arg(format!("--user={}", url.username()))
            .arg("--batch")
            .arg(&self.name);
        if let Some(password) = url.password() {
            command.env("MYSQL_PWD", password);
        }
        if let Some(init) = init {
            command.arg(format!("--init-command={init}"));
        }
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command
            .spawn()
            .expect("run the mysql client (set GATEWAYCTL_TEST_MYSQL_CLIENT)");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(script.as_bytes()).expect("write script");
        }
        child.wait_with_output().expect("mysql client")
    }
}

/// A MariaDB/MySQL account with [`AWKWARD_PASSWORD`] and every right on
/// one test database, dropped when the test ends (kept when it fails, like
/// the database).
pub struct DbUser<'a> {
    pub name: String,
    db: &'a TestDb,
}

impl TestDb {
    /// A new account, named after this database so that tests running in
    /// parallel never share one. `'%'` matches socket connections too.
    pub fn user(&self) -> DbUser<'_> {
        let name = format!("u_{}", self.name);
        let password = AWKWARD_PASSWORD.replace('\\', "\\\\").replace('\'', "\\'");
        self.exec(&format!(
            "SET SESSION sql_mode = ''; \
             CREATE USER '{name}'@'%' IDENTIFIED BY '{password}'; \
             GRANT ALL ON `{db}`.* TO '{name}'@'%';",
            db = self.name
        ));
        DbUser { name, db: self }
    }
}

impl Drop for DbUser<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("keeping database user {} for inspection", self.name);
            return;
        }
        self.db
            .exec(&format!("DROP USER IF EXISTS '{}'@'%'", self.name));
    }
}

/// The test server's host and port, for option files.
pub fn server_host_port() -> (String, u16) {
    let url = url::Url::parse(&server_url()).expect("server url");
    (
        url.host_str().unwrap_or("127.0.0.1").to_string(),
        url.port().unwrap_or(3306),
    )
}

/// The test server's unix socket (it must run on this machine).
pub fn server_socket() -> String {
    std::env::var("GATEWAYCTL_TEST_MYSQL_SOCKET")
        .unwrap_or_else(|_| "/run/mysqld/mysqld.sock".to_string())
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("keeping database {} for inspection", self.name);
            return;
        }
        let name = self.name.clone();
        self.rt.block_on(async move {
            let mut conn = connect(None).await;
            let _ = conn
                .execute(AssertSqlSafe(format!("DROP DATABASE IF EXISTS `{name}`")))
                .await;
            conn.close().await.ok();
        });
    }
}

/// The arguments of a typical add-twilio, without the database.
/// `link-dealer` with its gate, dealer and sender, and nothing else.
pub fn link_dealer_args(gate: &str, dealer: &str, phone: &str) -> Vec<String> {
    [
        "link-dealer",
        "--gate-id",
        gate,
        "--dealer-id",
        dealer,
        "--phone",
        phone,
    ]
    .map(String::from)
    .to_vec()
}

pub fn add_twilio_args(dealer: &str, phone: &str) -> Vec<String> {
    [
        "--account-sid",
        SID,
        "--auth-token",
        TOKEN,
        "--phone",
        phone,
        "--dealer-id",
        dealer,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

pub fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(root().join(path)).expect("read file")
}

/// A TCP proxy to the test server that loses the answer to COMMIT: it
/// forwards the COMMIT, then `Cut` closes the client's connection and
/// `Hold` leaves it waiting forever. For the "outcome unknown" paths.
pub enum LostCommit {
    Cut,
    Hold,
}

pub fn commit_losing_proxy(mode: LostCommit) -> u16 {
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    let url = url::Url::parse(&server_url()).expect("server url");
    let upstream = format!(
        "{}:{}",
        url.host_str().unwrap_or("127.0.0.1"),
        url.port().unwrap_or(3306)
    );
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
    let port = listener.local_addr().expect("proxy address").port();
    let hold = matches!(mode, LostCommit::Hold);
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(&upstream) else {
                continue;
            };
            let (mut client_in, mut server_out) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut server_in, mut client_out) = (server, client);
            let lost = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let lost_up = lost.clone();
            std::thread::spawn(move || {
                let mut buffer = [0u8; 65536];
                while let Ok(n) = client_in.read(&mut buffer) {
                    if n == 0 {
                        break;
                    }
                    let commit = buffer[..n].windows(6).any(|w| w == b"COMMIT");
                    if commit {
                        lost_up.store(true, std::sync::atomic::Ordering::SeqCst);
                    }
                    if server_out.write_all(&buffer[..n]).is_err() {
                        break;
                    }
                    if commit {
                        if !hold {
                            std::thread::sleep(std::time::Duration::from_millis(300));
                            let _ = client_in.shutdown(std::net::Shutdown::Both);
                        }
                        break;
                    }
                }
            });
            std::thread::spawn(move || {
                let mut buffer = [0u8; 65536];
                while let Ok(n) = server_in.read(&mut buffer) {
                    if n == 0 || lost.load(std::sync::atomic::Ordering::SeqCst) {
                        break;
                    }
                    if client_out.write_all(&buffer[..n]).is_err() {
                        break;
                    }
                }
                if hold {
                    std::thread::sleep(std::time::Duration::from_secs(3600));
                }
            });
        }
    });
    port
}
