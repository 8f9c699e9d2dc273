//! The connection to Navixy's MySQL/MariaDB server, and the one place plans
//! are executed.

use crate::error::{Error, Kind, Result};
use crate::secret::Secret;
use crate::sql::{CHECK_PREFIX, Expect, Plan, Secrets, Sql, StepKind};
use futures_util::TryStreamExt;
use sqlx::mysql::{MySqlConnectOptions, MySqlConnection, MySqlDatabaseError, MySqlRow};
use sqlx::{AssertSqlSafe, Column, Connection, Executor, Row};
use std::str::FromStr;
use std::time::Duration;

/// Where to connect, and how to name it in messages (never with a password).
#[derive(Clone, Debug)]
pub struct Target {
    options: MySqlConnectOptions,
    pub display: String,
    pub connect_timeout: Duration,
}

impl Target {
    /// From a `mysql://user:password@host:port` URL. Percent-encode special
    /// characters in the password (`%40` for `@`, ...). Parse failures say
    /// what shape is expected and never echo the URL, which may hold a
    /// password.
    pub fn from_url(url: &Secret, connect_timeout: Duration) -> Result<Self> {
        let text = url.expose().trim();
        let parsed = url::Url::parse(text).map_err(|e| {
            Error::usage(format!("the database URL is not valid ({e})"))
                .hint("write it as mysql://USER:PASSWORD@HOST:PORT, with special characters in the password percent-encoded (@ as %40, : as %3A, / as %2F)")
        })?;
        if !matches!(parsed.scheme(), "mysql" | "mariadb") {
            return Err(Error::usage(format!(
                "the database URL starts with '{}://'; gatewayctl speaks to MySQL and MariaDB only",
                parsed.scheme()
            ))
            .hint("write it as mysql://USER:PASSWORD@HOST:PORT"));
        }
        // sqlx reads the `mariadb` scheme as well; it percent-decodes the
        // user and password and understands ?socket= and ?ssl-mode=.
        let normalized = text.replacen("mariadb://", "mysql://", 1);
        let options = MySqlConnectOptions::from_str(&normalized).map_err(|_| {
            Error::usage("the database URL could not be read")
                .hint("write it as mysql://USER:PASSWORD@HOST:PORT")
        })?;
        Ok(Self::from_options(options, connect_timeout))
    }

    pub fn from_options(options: MySqlConnectOptions, connect_timeout: Duration) -> Self {
        // No init statement at all: the server's own sql_mode and time zone
        // stay as Navixy configured them (each plan pins what it needs), the
        // character set is agreed in the handshake, and nothing is sent that
        // the job does not need.
        let options = options
            .pipes_as_concat(false)
            .no_engine_substitution(false)
            .timezone(None)
            .set_names(false)
            .charset("utf8mb4")
            .statement_cache_capacity(0);
        let where_ = match options.get_socket() {
            Some(socket) => format!("{} (socket {})", options.get_host(), socket.display()),
            None => format!("{}:{}", options.get_host(), options.get_port()),
        };
        let display = format!("{}@{}", options.get_username(), where_);
        Self {
            options,
            display,
            connect_timeout,
        }
    }

    pub async fn connect(&self) -> Result<Db> {
        let attempt = MySqlConnection::connect_with(&self.options);
        match tokio::time::timeout(self.connect_timeout, attempt).await {
            Err(_) => Err(Error::database(format!(
                "cannot connect to MySQL at {}: no answer within {} s",
                self.display,
                self.connect_timeout.as_secs()
            ))
            .hint("check the host and port, and that a firewall lets you through; raise --connect-timeout for slow links")),
            Ok(Err(e)) => Err(connect_error(&self.display, e)),
            Ok(Ok(conn)) => Ok(Db {
                conn,
                target: self.display.clone(),
            }),
        }
    }
}

fn connect_error(target: &str, e: sqlx::Error) -> Error {
    match e {
        sqlx::Error::Io(io) => {
            let hint = match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    "nothing listens there: is MySQL running, and are the host and port right?"
                }
                std::io::ErrorKind::NotFound => "the socket file does not exist: is MySQL running?",
                std::io::ErrorKind::PermissionDenied => {
                    "no permission to open the socket: run as a user who may, or connect over TCP"
                }
                _ => "check the host, the port and the network",
            };
            Error::database(format!("cannot connect to MySQL at {target}: {io}")).hint(hint)
        }
        sqlx::Error::Database(db) => {
            let number = db
                .try_downcast_ref::<MySqlDatabaseError>()
                .map(MySqlDatabaseError::number);
            let message = format!("MySQL at {target} refused the connection: {}", db.message());
            match number {
                Some(1045) => Error::database(message)
                    .hint("check the user name and password in --database-url (percent-encode special characters)"),
                Some(1049) => Error::database(message)
                    .hint("the database named in the URL path does not exist; leave the path empty and use --schema"),
                _ => Error::database(message),
            }
        }
        sqlx::Error::Tls(tls) => {
            Error::database(format!("TLS with MySQL at {target} failed: {tls}"))
                .hint("check ?ssl-mode= and the server certificate")
        }
        other => Error::database(format!("cannot connect to MySQL at {target}: {other}")),
    }
}

/// A row read as text (the text protocol sends every value as text), by
/// column name.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRow {
    pub cells: Vec<(String, Option<String>)>,
}

impl TextRow {
    fn from_row(row: &MySqlRow) -> Self {
        let cells = row
            .columns()
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let value: Option<Vec<u8>> = row.try_get_unchecked(i).ok().flatten();
                let text = value.map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
                (column.name().to_string(), text)
            })
            .collect();
        Self { cells }
    }

    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(column))
            .and_then(|(_, value)| value.as_deref())
    }

    /// Whether the column was selected at all (as opposed to being NULL).
    pub fn has(&self, column: &str) -> bool {
        self.cells
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(column))
    }

    pub fn int(&self, column: &str) -> Option<u64> {
        self.get(column).and_then(|v| v.parse().ok())
    }
}

/// What a plan left behind: the rows its verify steps read back.
#[derive(Debug, Default)]
pub struct Applied {
    pub verified: Vec<TextRow>,
}

/// One open connection. Every query goes through the text protocol with
/// literals rendered by [`crate::sql`]: one round trip per statement and no
/// prepared-statement bookkeeping.
pub struct Db {
    conn: MySqlConnection,
    pub target: String,
}

impl Db {
    pub async fn fetch(&mut self, sql: &Sql) -> Result<Vec<TextRow>> {
        let mut rows = Vec::new();
        self.fetch_each(sql, |row| rows.push(row)).await?;
        Ok(rows)
    }

    /// Runs a read and hands each row to `each` as it arrives from the
    /// server, so memory stays flat however many rows the result has.
    pub async fn fetch_each(&mut self, sql: &Sql, mut each: impl FnMut(TextRow)) -> Result<()> {
        let text = sql.render(Secrets::Reveal);
        let failure = {
            let mut rows = self.conn.fetch(AssertSqlSafe(text));
            loop {
                match rows.try_next().await {
                    Ok(Some(row)) => each(TextRow::from_row(&row)),
                    Ok(None) => break None,
                    Err(e) => break Some(e),
                }
            }
        };
        match failure {
            None => Ok(()),
            Some(e) => Err(self.query_error(e, "a read query", &[])),
        }
    }

    /// Runs one statement outside any plan (session settings).
    pub async fn execute(&mut self, sql: &Sql) -> Result<()> {
        let text = sql.render(Secrets::Reveal);
        self.conn
            .execute(AssertSqlSafe(text))
            .await
            .map(|_| ())
            .map_err(|e| self.query_error(e, "a session statement", &[]))
    }

    pub async fn fetch_optional(&mut self, sql: &Sql) -> Result<Option<TextRow>> {
        Ok(self.fetch(sql).await?.into_iter().next())
    }

    /// Runs a plan, statement by statement, exactly as rendered for the
    /// script. Any failure rolls the transaction back; a verify step that
    /// reads back something other than what was sent rolls back too.
    pub async fn apply(&mut self, plan: &Plan, secrets: &[&Secret]) -> Result<Applied> {
        let mut applied = Applied::default();
        let total = plan.steps.len();
        for (index, step) in plan.steps.iter().enumerate() {
            let text = step.sql.render(Secrets::Reveal);
            let outcome = match &step.kind {
                StepKind::Run | StepKind::Check { .. } => {
                    self.conn.execute(AssertSqlSafe(text)).await.map(|_| None)
                }
                StepKind::Verify { .. } => self
                    .conn
                    .fetch_optional(AssertSqlSafe(text))
                    .await
                    .map(|row| Some(row.as_ref().map(TextRow::from_row))),
            };
            let failure = match (outcome, &step.kind) {
                (Ok(_), StepKind::Run | StepKind::Check { .. }) => None,
                (Ok(Some(row)), StepKind::Verify { expected }) => {
                    let found = verify(row.as_ref(), expected);
                    if let Some(row) = row {
                        applied.verified.push(row);
                    }
                    found
                }
                (Ok(None), StepKind::Verify { .. }) => None,
                (Err(e), StepKind::Check { message }) if is_check_failure(&e) => {
                    Some(Error::refused(message.clone()))
                }
                (Err(e), _) => {
                    let what = format!(
                        "statement {} of {total} ({})",
                        index + 1,
                        first_words(&step.sql.render(Secrets::Mask))
                    );
                    Some(self.query_error(e, &what, secrets))
                }
            };
            if let Some(error) = failure {
                self.rollback().await;
                let error = Error {
                    message: format!(
                        "{}; the transaction was rolled back and nothing was written",
                        error.message
                    ),
                    ..error
                };
                return Err(error);
            }
        }
        Ok(applied)
    }

    async fn rollback(&mut self) {
        // Closing the connection would roll back too; this makes it immediate.
        let _ = self.conn.execute("ROLLBACK").await;
    }

    fn query_error(&self, e: sqlx::Error, what: &str, secrets: &[&Secret]) -> Error {
        let scrub = |text: String| {
            secrets.iter().fold(text, |acc, secret| {
                if secret.expose().is_empty() {
                    acc
                } else {
                    acc.replace(secret.expose(), &secret.masked())
                }
            })
        };
        match e {
            sqlx::Error::Database(db) => {
                let number = db
                    .try_downcast_ref::<MySqlDatabaseError>()
                    .map(MySqlDatabaseError::number)
                    .unwrap_or(0);
                let message = scrub(db.message().to_string());
                match number {
                    // Too long, wrong characters, truncated: the input does
                    // not fit the column (strict mode turned it into an error).
                    1406 | 1366 | 1265 => Error::usage(format!(
                        "the server refused a value in {what}: {message}"
                    ))
                    .hint("shorten the value or remove characters the column's character set cannot store"),
                    1142 | 1143 | 1044 => Error::database(format!(
                        "{what} was denied: {message}"
                    ))
                    .hint("connect as a user with SELECT, INSERT, UPDATE and DELETE on the Navixy schema"),
                    1146 | 1054 => Error::database(format!(
                        "{what} failed: {message}"
                    ))
                    .hint("check --schema: it must name the Navixy database (normally google)"),
                    _ => Error::database(format!("{what} failed: {message} (error {number})")),
                }
            }
            sqlx::Error::Io(io) => Error::database(format!(
                "the connection to {} broke during {what}: {io}",
                self.target
            )),
            other => Error::database(format!("{what} failed: {}", scrub(other.to_string()))),
        }
    }

    /// Ends the session politely (COM_QUIT) rather than dropping the socket.
    pub async fn close(self) {
        let _ = self.conn.close().await;
    }
}

fn is_check_failure(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => {
            let number = db
                .try_downcast_ref::<MySqlDatabaseError>()
                .map(MySqlDatabaseError::number);
            number == Some(1231) && db.message().contains(CHECK_PREFIX)
        }
        _ => false,
    }
}

/// Compares what a verify step read with what the plan wrote.
fn verify(row: Option<&TextRow>, expected: &[Expect]) -> Option<Error> {
    let Some(row) = row else {
        return Some(Error::new(
            Kind::Database,
            "the rows just written could not be read back",
        ));
    };
    for expect in expected {
        let got = row.get(&expect.column).map(str::to_string);
        if got != expect.value {
            let shown = |v: &Option<String>| match v {
                None => "NULL".to_string(),
                Some(_) if expect.secret => format!(
                    "{} characters",
                    v.as_deref().map_or(0, |s| s.chars().count())
                ),
                Some(s) => format!("{s:?}"),
            };
            return Some(
                Error::new(
                    Kind::Database,
                    format!(
                        "the server stored a different value in {} than the one sent (sent {}, stored {})",
                        expect.column,
                        shown(&expect.value),
                        shown(&got),
                    ),
                )
                .hint("the column's size or character set cannot hold the value; shorten it or use plain characters"),
            );
        }
    }
    None
}

/// The start of a statement, for error messages: enough to recognise it.
fn first_words(sql: &str) -> String {
    let words: Vec<&str> = sql.split_whitespace().take(4).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_errors_never_echo_the_password() {
        let url = Secret::new("mysql://root:hunter2@127.0.0.1:notaport");
        let err = Target::from_url(&url, Duration::from_secs(1)).unwrap_err();
        assert!(!err.message.contains("hunter2"), "{}", err.message);
        assert_eq!(err.kind, Kind::Usage);
    }

    #[test]
    fn target_display_has_no_password() {
        let url = Secret::new("mysql://admin:p%40ss@db.example:3307");
        let target = Target::from_url(&url, Duration::from_secs(1)).unwrap();
        assert_eq!(target.display, "admin@db.example:3307");
    }

    #[test]
    fn other_schemes_are_refused() {
        let url = Secret::new("postgres://u@h/db");
        assert!(Target::from_url(&url, Duration::from_secs(1)).is_err());
    }
}
