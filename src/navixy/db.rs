//! The connection to Navixy's MySQL/MariaDB server, and the one place plans
//! are executed.

use crate::error::{Error, Kind, Result};
use crate::secret::Secret;
use crate::sql::{CHECK_PREFIX, Expect, Plan, Secrets, Sql, StepKind};
use futures_util::TryStreamExt;
use percent_encoding::percent_decode_str;
use sqlx::Either;
use sqlx::mysql::{MySqlConnectOptions, MySqlConnection, MySqlDatabaseError, MySqlRow};
use sqlx::{AssertSqlSafe, Column, Connection, Executor, Row};
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// Where the connection settings came from, so that a failure can say
/// what to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `--database-url` or `GATEWAYCTL_DATABASE_URL`.
    Url,
    /// The `[client]` group of this option file, with the mysql client's
    /// defaults for what it leaves out.
    OptionFile(PathBuf),
    /// Nothing was given (no URL, and not this `~/.my.cnf`): the mysql
    /// client's defaults.
    Defaults { looked_for: Option<PathBuf> },
}

impl Source {
    /// How to point gatewayctl at the right server, as whom.
    pub fn setup_hint(&self) -> String {
        match self {
            Source::Url => "fix --database-url (or GATEWAYCTL_DATABASE_URL)".into(),
            Source::OptionFile(path) => format!(
                "set user=, password=, host= and port= (or socket= with host=localhost) under [client] in {}, or pass --database-url",
                path.display()
            ),
            Source::Defaults { looked_for } => format!(
                "pass --database-url mysql://USER:PASSWORD@HOST:PORT, or put user=, password= and host= (or socket=) under [client] in {} or in a --defaults-file",
                looked_for
                    .as_ref()
                    .map_or_else(|| "~/.my.cnf".into(), |p| p.display().to_string())
            ),
        }
    }

    /// Where the user name and password are set, and how to change them.
    fn credentials_hint(&self) -> String {
        match self {
            Source::Url => "check the user name and password in --database-url (percent-encode special characters)".into(),
            Source::OptionFile(path) => format!(
                "check user= and password= under [client] in {} (a password with #, quotes, backslashes or spaces at its ends goes in double quotes, with \\\" for \" and \\\\ for \\)",
                path.display()
            ),
            Source::Defaults { .. } => format!(
                "no password was given, and the user is your login name; {}",
                self.setup_hint()
            ),
        }
    }

    /// Where the host, port or socket are set, and how to change them.
    fn address_hint(&self) -> String {
        match self {
            Source::Url => "check the host and port (or ?socket=) in --database-url".into(),
            Source::OptionFile(_) | Source::Defaults { .. } => self.setup_hint(),
        }
    }
}

/// Where to connect, and how to name it in messages (never with a password).
#[derive(Clone, Debug)]
pub struct Target {
    /// Everything but the password, which joins only at connect time so
    /// that no `{:?}` of the options can show it.
    options: MySqlConnectOptions,
    password: Option<Secret>,
    pub display: String,
    pub source: Source,
    pub connect_timeout: Duration,
    /// How long to wait for each answer once connected.
    pub query_timeout: Duration,
}

/// Once connected, how long gatewayctl waits for the server to answer.
pub const DEFAULT_QUERY_TIMEOUT: Duration = Duration::from_secs(60);

impl Target {
    /// From a `mysql://user:password@host:port` URL (or `mariadb://`, or
    /// `mysql://user:password@localhost/?socket=/path` for a unix socket).
    /// Percent-encode special characters in the password (`%40` for `@`,
    /// ...). Parse failures say what shape is expected and never echo the
    /// URL, which may hold a password.
    pub fn from_url(url: &Secret, connect_timeout: Duration) -> Result<Self> {
        let text = url.expose().trim();
        let mut parsed = url::Url::parse(text).map_err(|e| {
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
        let password = match parsed.password() {
            None => None,
            Some(encoded) => Some(Secret::new(
                percent_decode_str(encoded).decode_utf8().map_err(|_| {
                    Error::usage(
                        "the password in the database URL is not UTF-8 once percent-decoded",
                    )
                    .hint("percent-encode the password's UTF-8 bytes (é as %C3%A9)")
                })?,
            )),
        };
        // The password travels beside the options, not inside them.
        let _ = parsed.set_password(None);
        // sqlx reads the `mariadb` scheme as well; it percent-decodes the
        // user and understands ?socket= and ?ssl-mode=.
        let normalized = parsed.as_str().replacen("mariadb://", "mysql://", 1);
        let options = MySqlConnectOptions::from_str(&normalized).map_err(|_| {
            Error::usage("the database URL could not be read")
                .hint("write it as mysql://USER:PASSWORD@HOST:PORT")
        })?;
        Ok(Self::from_options(
            options,
            password,
            Source::Url,
            connect_timeout,
        ))
    }

    /// `options` must not carry the password: pass it as `password`.
    pub fn from_options(
        options: MySqlConnectOptions,
        password: Option<Secret>,
        source: Source,
        connect_timeout: Duration,
    ) -> Self {
        // No init statement at all: the server's own sql_mode and time zone
        // stay as Navixy configured them (each plan pins what it needs), the
        // character set is agreed in the handshake, and nothing is sent that
        // the job does not need.
        let options = options
            .pipes_as_concat(false)
            .no_engine_substitution(false)
            .timezone(None)
            // After charset(), which would turn SET NAMES back on: the
            // handshake already asks for utf8mb4, sqlx's default.
            .set_names(false)
            .statement_cache_capacity(0);
        let where_ = match options.get_socket() {
            Some(socket) => format!("{} (socket {})", options.get_host(), socket.display()),
            None => format!("{}:{}", options.get_host(), options.get_port()),
        };
        let display = format!("{}@{}", options.get_username(), where_);
        Self {
            options,
            password,
            display,
            source,
            connect_timeout,
            query_timeout: DEFAULT_QUERY_TIMEOUT,
        }
    }

    /// The unix socket, when the connection goes through one.
    pub fn socket(&self) -> Option<&std::path::Path> {
        self.options.get_socket().map(PathBuf::as_path)
    }

    pub async fn connect(&self) -> Result<Db> {
        let options = match &self.password {
            Some(password) => self.options.clone().password(password.expose()),
            None => self.options.clone(),
        };
        let attempt = MySqlConnection::connect_with(&options);
        match tokio::time::timeout(self.connect_timeout, attempt).await {
            Err(_) => Err(Error::database(format!(
                "cannot connect to MySQL at {}: no answer within {} s",
                self.display,
                self.connect_timeout.as_secs()
            ))
            .hint("check that a firewall lets you through; raise --connect-timeout for slow links")
            .hint(self.source.address_hint())),
            Ok(Err(e)) => Err(connect_error(self, e)),
            Ok(Ok(conn)) => Ok(Db {
                conn,
                target: self.display.clone(),
                query_timeout: self.query_timeout,
            }),
        }
    }
}

fn connect_error(target: &Target, e: sqlx::Error) -> Error {
    let display = &target.display;
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
            Error::database(format!("cannot connect to MySQL at {display}: {io}"))
                .hint(hint)
                .hint(target.source.address_hint())
        }
        sqlx::Error::Database(db) => {
            let number = db
                .try_downcast_ref::<MySqlDatabaseError>()
                .map(MySqlDatabaseError::number);
            let message = format!(
                "MySQL at {display} refused the connection: {}",
                db.message()
            );
            match number {
                // 1698: denied with no password given (MariaDB also answers
                // so, at random, for users that do not exist).
                Some(1045 | 1698) => {
                    Error::database(message).hint(target.source.credentials_hint())
                }
                Some(1049) => Error::database(message)
                    .hint("the database named in the URL path does not exist; leave the path empty and use --schema"),
                _ => Error::database(message),
            }
        }
        sqlx::Error::Tls(tls) => {
            Error::database(format!("TLS with MySQL at {display} failed: {tls}"))
                .hint("check ?ssl-mode= and the server certificate")
        }
        other => Error::database(format!("cannot connect to MySQL at {display}: {other}")),
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

/// What a plan read while it ran: rows captured before the change, by
/// label, and the rows its verify steps read back after it.
#[derive(Debug, Default)]
pub struct Applied {
    pub captured: Vec<(String, Vec<TextRow>)>,
    pub verified: Vec<TextRow>,
    /// Things to tell the operator about a change that did go through.
    pub warnings: Vec<String>,
}

impl Applied {
    pub fn captured(&self, label: &str) -> &[TextRow] {
        self.captured
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, rows)| rows.as_slice())
            .unwrap_or(&[])
    }
}

/// One open connection. Every query goes through the text protocol with
/// literals rendered by [`crate::sql`]: one round trip per statement and no
/// prepared-statement bookkeeping.
pub struct Db {
    conn: MySqlConnection,
    pub target: String,
    query_timeout: Duration,
}

/// Why a plan did not apply, and whether its changes may have stayed.
#[derive(Debug)]
pub struct ApplyError {
    pub error: Error,
    /// True when the answer to COMMIT was lost (the connection broke or
    /// went silent): the change may or may not be in the database.
    pub outcome_unknown: bool,
}

/// A batch that stopped: at which of its statements, and whether the
/// server itself answered with the error (so the session is still sound).
struct BatchFailure {
    index: usize,
    error: Error,
    server_answered: bool,
}

/// Something failed while reading a result: the server's error, or its
/// silence past the query timeout.
enum Broke {
    Sql(sqlx::Error),
    Silent,
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
        let timeout = self.query_timeout;
        let failure = {
            let mut rows = self.conn.fetch(AssertSqlSafe(text));
            loop {
                // The wait is per row, so a long listing is fine as long as
                // rows keep coming.
                match tokio::time::timeout(timeout, rows.try_next()).await {
                    Err(_) => break Some(Broke::Silent),
                    Ok(Ok(Some(row))) => each(TextRow::from_row(&row)),
                    Ok(Ok(None)) => break None,
                    Ok(Err(e)) => break Some(Broke::Sql(e)),
                }
            }
        };
        match failure {
            None => Ok(()),
            Some(Broke::Sql(e)) => Err(self.query_error(e, "a read query", &[])),
            Some(Broke::Silent) => Err(self.silence("a read query")),
        }
    }

    /// Runs one statement outside any plan (session settings).
    pub async fn execute(&mut self, sql: &Sql) -> Result<()> {
        let text = sql.render(Secrets::Reveal);
        match tokio::time::timeout(self.query_timeout, self.conn.execute(AssertSqlSafe(text))).await
        {
            Err(_) => Err(self.silence("a session statement")),
            Ok(result) => result
                .map(|_| ())
                .map_err(|e| self.query_error(e, "a session statement", &[])),
        }
    }

    pub async fn fetch_optional(&mut self, sql: &Sql) -> Result<Option<TextRow>> {
        Ok(self.fetch(sql).await?.into_iter().next())
    }

    /// Runs a plan exactly as rendered for the script, in two round trips:
    /// every statement up to COMMIT in one multi-statement request (the
    /// server runs them in order and stops at the first error), then COMMIT
    /// and what follows. Any failure before COMMIT rolls the transaction
    /// back; so does a verify step that reads back something other than
    /// what was sent, and so does `before_commit` failing (it records the
    /// change in the journal, so no change is committed unrecorded). When
    /// the answer to COMMIT itself is lost, the error says the outcome is
    /// unknown rather than claiming either way.
    pub async fn apply(
        &mut self,
        plan: &Plan,
        secrets: &[&Secret],
        before_commit: impl FnOnce(&Applied) -> Result<()>,
    ) -> Result<Applied, ApplyError> {
        let mut applied = Applied::default();
        let commit_at = plan
            .steps
            .iter()
            .position(|step| step.kind == StepKind::Commit)
            .unwrap_or(plan.steps.len());
        let before = match self
            .run_batch(plan, 0..commit_at, &mut applied, secrets)
            .await
        {
            Ok(()) => before_commit(&applied),
            Err(failure) => Err(failure.error),
        };
        if let Err(error) = before {
            self.rollback().await;
            return Err(rolled_back(error));
        }
        match self
            .run_batch(plan, commit_at..plan.steps.len(), &mut applied, secrets)
            .await
        {
            Ok(()) => Ok(applied),
            // COMMIT went through; only the session clean-up after it did not.
            Err(failure) if failure.index > 0 => {
                applied.warnings.push(format!(
                    "the change is committed, but the session could not be restored afterwards: {}",
                    failure.error.message
                ));
                Ok(applied)
            }
            Err(failure) if failure.server_answered => {
                self.rollback().await;
                Err(rolled_back(failure.error))
            }
            Err(failure) => Err(ApplyError {
                error: Error {
                    message: format!(
                        "{}; the change may or may not have been committed",
                        failure.error.message
                    ),
                    ..failure.error
                }
                .hint("look at the rows (gatewayctl show, list) before doing anything else"),
                outcome_unknown: true,
            }),
        }
    }

    /// Sends `plan.steps[range]` as one request and sorts what comes back:
    /// the server answers each statement with one result (after its rows,
    /// for a SELECT), so counting results tells which statement is running.
    async fn run_batch(
        &mut self,
        plan: &Plan,
        range: std::ops::Range<usize>,
        applied: &mut Applied,
        secrets: &[&Secret],
    ) -> Result<(), BatchFailure> {
        let steps = &plan.steps[range.clone()];
        if steps.is_empty() {
            return Ok(());
        }
        let text = steps
            .iter()
            .map(|step| step.sql.render(Secrets::Reveal))
            .collect::<Vec<_>>()
            .join(";\n");
        let timeout = self.query_timeout;
        let mut index = 0;
        let mut rows: Vec<TextRow> = Vec::new();
        let mut mismatch = None;
        let failure = {
            let mut results = self.conn.fetch_many(AssertSqlSafe(text));
            loop {
                match tokio::time::timeout(timeout, results.try_next()).await {
                    Err(_) => break Some(Broke::Silent),
                    Ok(Ok(Some(Either::Right(row)))) => rows.push(TextRow::from_row(&row)),
                    Ok(Ok(Some(Either::Left(_)))) => {
                        let done = std::mem::take(&mut rows);
                        match steps.get(index).map(|step| &step.kind) {
                            Some(StepKind::Capture { label }) => {
                                applied.captured.push((label.clone(), done));
                            }
                            Some(StepKind::Verify { expected }) => {
                                let row = done.into_iter().next();
                                if mismatch.is_none() {
                                    mismatch = verify(row.as_ref(), expected);
                                }
                                applied.verified.extend(row);
                            }
                            _ => {}
                        }
                        index += 1;
                    }
                    Ok(Ok(None)) => break None,
                    Ok(Err(e)) => break Some(Broke::Sql(e)),
                }
            }
        };
        let step = &steps[index.min(steps.len() - 1)];
        match failure {
            Some(Broke::Sql(e)) => {
                let server_answered = matches!(e, sqlx::Error::Database(_));
                Err(BatchFailure {
                    index,
                    error: self.step_error(e, step, range.start + index, plan.steps.len(), secrets),
                    server_answered,
                })
            }
            Some(Broke::Silent) => Err(BatchFailure {
                index,
                error: self.silence(&format!(
                    "statement {} of {} ({})",
                    range.start + index + 1,
                    plan.steps.len(),
                    first_words(&step.sql.render(Secrets::Mask))
                )),
                server_answered: false,
            }),
            None => match mismatch {
                Some(error) => Err(BatchFailure {
                    index,
                    error,
                    server_answered: true,
                }),
                None => Ok(()),
            },
        }
    }

    fn silence(&self, what: &str) -> Error {
        Error::database(format!(
            "MySQL at {} did not answer {what} within {} s",
            self.target,
            self.query_timeout.as_secs()
        ))
        .hint("the server may be overloaded or a lock may be held; raise --query-timeout to wait longer")
    }

    /// Several reads in one round trip. The rows of each read come back in
    /// order; when one fails, the reads before it still have their rows and
    /// the error says which one failed.
    pub async fn fetch_batch(&mut self, reads: &[Sql]) -> (Vec<Vec<TextRow>>, Option<Error>) {
        let text = reads
            .iter()
            .map(|sql| sql.render(Secrets::Reveal))
            .collect::<Vec<_>>()
            .join(";\n");
        let mut results: Vec<Vec<TextRow>> = Vec::new();
        let mut rows = Vec::new();
        let timeout = self.query_timeout;
        let failure = {
            let mut stream = self.conn.fetch_many(AssertSqlSafe(text));
            loop {
                match tokio::time::timeout(timeout, stream.try_next()).await {
                    Err(_) => break Some(Broke::Silent),
                    Ok(Ok(Some(Either::Right(row)))) => rows.push(TextRow::from_row(&row)),
                    Ok(Ok(Some(Either::Left(_)))) => results.push(std::mem::take(&mut rows)),
                    Ok(Ok(None)) => break None,
                    Ok(Err(e)) => break Some(Broke::Sql(e)),
                }
            }
        };
        let what = format!("read {} of {}", results.len() + 1, reads.len());
        let error = failure.map(|broke| match broke {
            Broke::Sql(e) => self.query_error(e, &what, &[]),
            Broke::Silent => self.silence(&what),
        });
        (results, error)
    }

    fn step_error(
        &self,
        e: sqlx::Error,
        step: &crate::sql::Step,
        index: usize,
        total: usize,
        secrets: &[&Secret],
    ) -> Error {
        if let StepKind::Check { message } = &step.kind
            && is_check_failure(&e)
        {
            return Error::refused(message.clone());
        }
        let what = format!(
            "statement {} of {total} ({})",
            index + 1,
            first_words(&step.sql.render(Secrets::Mask))
        );
        let error = self.query_error(e, &what, secrets);
        if step.sql.has_secrets() {
            // The server quotes the bytes it refused ("Incorrect string
            // value: '\xC3\xA4sswo...'"), which may be part of a credential.
            Error {
                message: redact_quoted(&error.message),
                ..error
            }
        } else {
            error
        }
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
                    1406 | 1366 | 1265 | 1264 => Error::usage(format!(
                        "the server refused a value in {what}: {message}"
                    ))
                    .hint("the value does not fit the column: shorten it, use a smaller number, or remove characters its character set cannot store"),
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
    let wrong = expected
        .iter()
        .find(|expect| row.get(&expect.column).map(str::to_string) != expect.value)?;
    // The readable value, when the read-back shows one (never for
    // credentials, which only have their flag).
    let stored = match row.get(&wrong.about) {
        Some(value) if wrong.about != wrong.column => format!(" (stored: {value:?})"),
        _ => String::new(),
    };
    Some(
        Error::new(
            Kind::Database,
            format!(
                "the server did not keep {} as it was sent{stored}",
                wrong.about
            ),
        )
        .hint("the column's size or character set cannot hold the value, or a trigger changed it"),
    )
}

/// The value a server message quotes ("Incorrect string value: '…'")
/// replaced by '…': what is left names the column and the fault. Column
/// names, quoted the same way, stay.
fn redact_quoted(message: &str) -> String {
    const MARK: &str = "value: '";
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start + MARK.len()]);
        rest = &rest[start + MARK.len()..];
        match rest.find('\'') {
            Some(end) => {
                out.push('…');
                rest = &rest[end..];
            }
            None => {
                out.push('…');
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The start of a statement, for error messages: enough to recognise it.
fn first_words(sql: &str) -> String {
    let words: Vec<&str> = sql.split_whitespace().take(4).collect();
    words.join(" ")
}

fn rolled_back(error: Error) -> ApplyError {
    ApplyError {
        error: Error {
            message: format!(
                "{}; the transaction was rolled back and nothing was written",
                error.message
            ),
            ..error
        },
        outcome_unknown: false,
    }
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
    fn quoted_values_are_redacted() {
        assert_eq!(
            redact_quoted(
                "Incorrect string value: '\\xC3\\xA4sswo...' for column `t`.`params` at row 1"
            ),
            "Incorrect string value: '…' for column `t`.`params` at row 1"
        );
        assert_eq!(
            redact_quoted("Data too long for column 'label' at row 1"),
            "Data too long for column 'label' at row 1"
        );
    }

    #[test]
    fn target_display_has_no_password() {
        let url = Secret::new("mysql://admin:p%40ss@db.example:3307");
        let target = Target::from_url(&url, Duration::from_secs(1)).unwrap();
        assert_eq!(target.display, "admin@db.example:3307");
    }

    #[test]
    fn url_passwords_are_decoded_and_kept_out_of_the_options() {
        let url =
            Secret::new("mysql://admin:p%40ss%3Aw%2Frd%20%23%3B%3D%22%27%5C%20%C3%A9@db:3307");
        let target = Target::from_url(&url, Duration::from_secs(1)).unwrap();
        assert_eq!(
            target.password.as_ref().map(Secret::expose),
            Some("p@ss:w/rd #;=\"'\\ é")
        );
        let debug = format!("{target:?}");
        assert!(
            !debug.contains("p@ss") && !debug.contains("p%40ss"),
            "{debug}"
        );
        assert!(debug.contains("Secret(***)"), "{debug}");
    }

    #[test]
    fn a_password_that_is_not_utf8_is_refused_without_echo() {
        let url = Secret::new("mysql://admin:caf%E9x@db:3307");
        let err = Target::from_url(&url, Duration::from_secs(1)).unwrap_err();
        assert_eq!(err.kind, Kind::Usage);
        assert!(err.message.contains("not UTF-8"), "{}", err.message);
        assert!(!err.message.contains("caf"), "{}", err.message);
    }

    #[test]
    fn socket_urls_name_the_socket() {
        let url = Secret::new("mysql://gw:pw@localhost/?socket=/run/mysqld/mysqld.sock");
        let target = Target::from_url(&url, Duration::from_secs(1)).unwrap();
        assert_eq!(
            target.display,
            "gw@localhost (socket /run/mysqld/mysqld.sock)"
        );
        assert_eq!(
            target.socket(),
            Some(std::path::Path::new("/run/mysqld/mysqld.sock"))
        );
    }

    #[test]
    fn other_schemes_are_refused() {
        let url = Secret::new("postgres://u@h/db");
        assert!(Target::from_url(&url, Duration::from_secs(1)).is_err());
    }
}
