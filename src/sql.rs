//! Plans: the statements a change runs, built once and rendered one way.
//!
//! `print-sql` writes a plan's rendered text; apply executes the very same
//! text, statement by statement, on one connection. There is no second code
//! path that could drift. Literal rendering is therefore the security
//! boundary, and it is built to mean the same thing under any `sql_mode`
//! (`ANSI_QUOTES`, `NO_BACKSLASH_ESCAPES`) and any client character set:
//! strings that are plain printable ASCII without a backslash are written as
//! `'…'` with quotes doubled; every other string is written as a hex literal
//! with a `_utf8mb4` introducer, which no mode or client re-interprets.

use crate::secret::Secret;
use std::fmt::Write as _;

/// A value inside a statement.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Text(String),
    Null,
    /// Raw bytes given as hex digits, written as `X'…'`: stored as they
    /// are, in the column's own character set.
    Bytes(String),
    /// Text that holds a credential: rendered as `masked` unless secrets
    /// are revealed.
    SecretText {
        real: Secret,
        masked: String,
    },
}

impl Value {
    pub fn text(value: impl Into<String>) -> Self {
        Value::Text(value.into())
    }

    /// The value as the server should store it, for read-back comparison.
    pub fn stored_form(&self) -> Option<String> {
        match self {
            Value::Int(n) => Some(n.to_string()),
            Value::Text(s) => Some(s.clone()),
            Value::Null => None,
            Value::Bytes(hex) => Some(hex.clone()),
            Value::SecretText { real, .. } => Some(real.expose().to_string()),
        }
    }

    /// A value read back as text (or NULL), to be written again.
    pub fn from_stored(value: Option<&str>) -> Self {
        match value {
            Some(text) => Value::text(text),
            None => Value::Null,
        }
    }
}

/// Whether rendering writes real credentials or their masks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Secrets {
    Reveal,
    Mask,
}

#[derive(Clone, Debug, PartialEq)]
enum Part {
    Code(String),
    Value(Value),
}

/// One SQL statement as code fragments and values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sql {
    parts: Vec<Part>,
}

impl Sql {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends SQL code. Only ever called with text written in this crate.
    pub fn code(mut self, code: &str) -> Self {
        self.parts.push(Part::Code(code.to_string()));
        self
    }

    /// Appends `` `schema`.`table` ``.
    pub fn table(self, schema: &str, table: &str) -> Self {
        let quoted = format!("{}.{}", quote_ident(schema), quote_ident(table));
        self.code(&quoted)
    }

    /// Appends a quoted column name.
    pub fn column(self, column: &str) -> Self {
        let quoted = quote_ident(column);
        self.code(&quoted)
    }

    pub fn value(mut self, value: Value) -> Self {
        self.parts.push(Part::Value(value));
        self
    }

    pub fn int(self, n: i64) -> Self {
        self.value(Value::Int(n))
    }

    pub fn text(self, s: &str) -> Self {
        self.value(Value::text(s))
    }

    /// Appends values separated by `, `.
    pub fn values(mut self, values: impl IntoIterator<Item = Value>) -> Self {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self = self.code(", ");
            }
            self = self.value(value);
        }
        self
    }

    /// Appends quoted column names separated by `, `.
    pub fn columns<'a>(mut self, columns: impl IntoIterator<Item = &'a str>) -> Self {
        for (i, column) in columns.into_iter().enumerate() {
            if i > 0 {
                self = self.code(", ");
            }
            self = self.column(column);
        }
        self
    }

    pub fn render(&self, secrets: Secrets) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Code(code) => out.push_str(code),
                Part::Value(Value::Int(n)) => {
                    let _ = write!(out, "{n}");
                }
                Part::Value(Value::Text(s)) => out.push_str(&literal(s)),
                Part::Value(Value::Null) => out.push_str("NULL"),
                Part::Value(Value::Bytes(hex)) => {
                    // Only hex digits reach the SQL, whatever the journal held.
                    let digits: String = hex.chars().filter(char::is_ascii_hexdigit).collect();
                    let _ = write!(out, "X'{digits}'");
                }
                Part::Value(Value::SecretText { real, masked }) => match secrets {
                    Secrets::Reveal => out.push_str(&literal(real.expose())),
                    Secrets::Mask => out.push_str(&literal(masked)),
                },
            }
        }
        out
    }

    pub fn has_secrets(&self) -> bool {
        self.parts
            .iter()
            .any(|p| matches!(p, Part::Value(Value::SecretText { .. })))
    }
}

/// A MySQL/MariaDB string literal with the same meaning in every sql_mode
/// and client character set (see the module documentation).
pub fn literal(s: &str) -> String {
    let plain = s.bytes().all(|b| (0x20..=0x7e).contains(&b) && b != b'\\');
    if plain {
        format!("'{}'", s.replace('\'', "''"))
    } else {
        let mut hex = String::with_capacity(s.len() * 2 + 12);
        hex.push_str("_utf8mb4 X'");
        for b in s.bytes() {
            let _ = write!(hex, "{b:02X}");
        }
        hex.push('\'');
        hex
    }
}

/// A backquoted identifier; backquotes inside are doubled.
pub fn quote_ident(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// What a step is for, which decides how apply treats its outcome.
#[derive(Clone, Debug, PartialEq)]
pub enum StepKind {
    /// Session set-up and tear-down, transaction control, writes.
    Run,
    /// A precondition. It fails the script with ERROR 1231 carrying
    /// `message` when the condition is false (see [`check`]).
    Check { message: String },
    /// Reads rows as they are before the change (locking them), for the
    /// journal. The script shows them.
    Capture { label: String },
    /// Reads back written rows. The script shows them; apply compares them
    /// with `expected` before it commits, and rolls back on a difference.
    Verify { expected: Vec<Expect> },
    /// The COMMIT: apply records the change in the journal just before it.
    Commit,
}

/// A column value a verify step must read back unchanged.
#[derive(Clone, Debug, PartialEq)]
pub struct Expect {
    /// The result column to look at.
    pub column: String,
    pub value: Option<String>,
    /// What the column is about, for messages (`label` for `label_as_sent`).
    pub about: String,
}

impl Expect {
    pub fn new(column: &str, value: &Value) -> Self {
        Self {
            column: column.to_string(),
            value: value.stored_form(),
            about: column.to_string(),
        }
    }

    /// A flag the server computes, which must be 1.
    pub fn flag(column: &str, about: &str) -> Self {
        Self {
            column: column.to_string(),
            value: Some("1".to_string()),
            about: about.to_string(),
        }
    }
}

/// The select list of a verify step. Text is compared by the server, byte
/// for byte: the HEX of its utf8mb4 form against the HEX of what was sent,
/// so no collation (case, trailing spaces) and no connection character set
/// can make two different values look equal or equal ones look different.
/// The readable value is selected beside the flag, for whoever runs the
/// script, except for credentials, which only get the flag.
#[derive(Default)]
pub struct ReadBack {
    sql: Sql,
    expected: Vec<Expect>,
    items: usize,
}

impl ReadBack {
    pub fn new() -> Self {
        Self::default()
    }

    fn item(mut self, expr: Sql) -> Self {
        if self.items > 0 {
            self.sql = self.sql.code(", ");
        }
        self.items += 1;
        self.sql = self.sql.code_from(expr);
        self
    }

    /// Something to show, with no expectation.
    pub fn show(self, expr: Sql) -> Self {
        self.item(expr)
    }

    /// `qualifier.column` must hold `value`.
    pub fn value(mut self, qualifier: &str, column: &str, value: &Value) -> Self {
        let col = || Sql::new().code(qualifier).code(".").column(column);
        match value {
            Value::Int(_) | Value::Bytes(_) => {
                self.expected.push(Expect::new(column, value));
                self.item(col())
            }
            Value::Null => {
                let alias = format!("{column}_is_null");
                self.expected.push(Expect::flag(&alias, column));
                self.item(
                    Sql::new()
                        .code("(")
                        .code_from(col())
                        .code(&format!(" IS NULL) AS {alias}")),
                )
            }
            Value::Text(_) | Value::SecretText { .. } => {
                let hex = |text: &str| text.bytes().map(|b| format!("{b:02X}")).collect::<String>();
                let literal = match value {
                    Value::SecretText { real, masked } => Value::SecretText {
                        real: Secret::new(hex(real.expose())),
                        masked: hex(masked),
                    },
                    _ => Value::Text(hex(&value.stored_form().unwrap_or_default())),
                };
                let alias = format!("{column}_as_sent");
                let shown = if matches!(value, Value::SecretText { .. }) {
                    self
                } else {
                    self.item(col())
                };
                let mut next = shown.item(
                    Sql::new()
                        .code("(HEX(CONVERT(")
                        .code_from(col())
                        .code(" USING utf8mb4)) = ")
                        .value(literal)
                        .code(&format!(") AS {alias}")),
                );
                next.expected.push(Expect::flag(&alias, column));
                next
            }
        }
    }

    /// A boolean expression that must be true, named `alias`.
    pub fn holds(mut self, expr: Sql, alias: &str, about: &str) -> Self {
        self.expected.push(Expect::flag(alias, about));
        self.item(expr.code(&format!(" AS {alias}")))
    }

    pub fn finish(self) -> (Sql, Vec<Expect>) {
        (self.sql, self.expected)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub comment: Option<String>,
    pub kind: StepKind,
    pub sql: Sql,
}

/// A change: its description and its statements, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub title: String,
    pub steps: Vec<Step>,
}

/// The session variable holding the id of the gate a plan inserts.
pub const GATE_ID_VAR: &str = "@gatewayctl_gate_id";
/// Where a plan keeps the caller's sql_mode, restored at the end.
pub const SAVED_MODE_VAR: &str = "@gatewayctl_saved_sql_mode";
/// The mode every plan runs under: the server refuses values that do not
/// fit instead of truncating or replacing them (Navixy's installs run
/// `NO_ENGINE_SUBSTITUTION` alone, which would let them through silently),
/// and ANSI_QUOTES / NO_BACKSLASH_ESCAPES from the caller's session cannot
/// change how the statements parse.
pub const PLAN_SQL_MODE: &str = "STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION";
/// Prefix of every check's failure message, so apply can recognise them.
pub const CHECK_PREFIX: &str = "gatewayctl check failed: ";

impl Plan {
    /// Starts a plan: saves the session's sql_mode, pins the plan's mode and
    /// opens the transaction.
    pub fn begin(title: impl Into<String>) -> Self {
        let steps = vec![
            Step {
                comment: None,
                kind: StepKind::Run,
                sql: Sql::new().code(&format!("SET {SAVED_MODE_VAR} = @@SESSION.sql_mode")),
            },
            Step {
                comment: Some(
                    "Strict mode: the server refuses a value that does not fit instead of changing it."
                        .into(),
                ),
                kind: StepKind::Run,
                sql: Sql::new().code("SET SESSION sql_mode = ").text(PLAN_SQL_MODE),
            },
            Step {
                comment: None,
                kind: StepKind::Run,
                sql: Sql::new().code("START TRANSACTION"),
            },
        ];
        Self {
            title: title.into(),
            steps,
        }
    }

    pub fn run(mut self, comment: impl Into<String>, sql: Sql) -> Self {
        self.steps.push(Step {
            comment: Some(comment.into()),
            kind: StepKind::Run,
            sql,
        });
        self
    }

    /// A precondition: `condition` is an SQL boolean expression. When it is
    /// false the statement fails with ERROR 1231 whose text is `message`, so
    /// the script stops there and nothing is committed. (MySQL has no
    /// portable way to raise an error outside stored programs; an invalid
    /// sql_mode value is one that works on MySQL 8.0 and MariaDB alike and
    /// carries a readable message.)
    pub fn check(mut self, comment: impl Into<String>, condition: Sql, message: &str) -> Self {
        // The server cuts the reported value at the first comma.
        let message = message.replace(',', ";");
        let sql = Sql::new()
            .code("SET SESSION sql_mode = IF(")
            .code_from(condition)
            .code(", @@SESSION.sql_mode, ")
            .text(&format!("{CHECK_PREFIX}{message}"))
            .code(")");
        self.steps.push(Step {
            comment: Some(comment.into()),
            kind: StepKind::Check { message },
            sql,
        });
        self
    }

    pub fn verify(mut self, comment: impl Into<String>, sql: Sql, expected: Vec<Expect>) -> Self {
        self.steps.push(Step {
            comment: Some(comment.into()),
            kind: StepKind::Verify { expected },
            sql,
        });
        self
    }

    /// Reads rows before they change; `label` names them in the result.
    pub fn capture(mut self, comment: impl Into<String>, label: &str, sql: Sql) -> Self {
        self.steps.push(Step {
            comment: Some(comment.into()),
            kind: StepKind::Capture {
                label: label.to_string(),
            },
            sql,
        });
        self
    }

    /// Commits and restores the caller's sql_mode.
    pub fn commit(mut self) -> Self {
        self.steps.push(Step {
            comment: None,
            kind: StepKind::Commit,
            sql: Sql::new().code("COMMIT"),
        });
        self.steps.push(Step {
            comment: None,
            kind: StepKind::Run,
            sql: Sql::new().code(&format!("SET SESSION sql_mode = {SAVED_MODE_VAR}")),
        });
        self
    }

    pub fn has_secrets(&self) -> bool {
        self.steps.iter().any(|s| s.sql.has_secrets())
    }

    /// The plan as a script for the `mysql` client.
    pub fn render_script(&self, secrets: Secrets, header: &[String]) -> String {
        let mut out = String::new();
        for line in header {
            out.push_str(&comment_line(line));
        }
        // A masked copy is for reading: its statements are commented out
        // (so even `mysql --force` runs none of them), and its one live
        // statement fails, so the client reports an error instead of a
        // silent success.
        let disabled = secrets == Secrets::Mask && self.has_secrets();
        if disabled {
            out.push_str(&comment_line(
                "Credentials are masked, so this copy is for reading: its statements are commented out and the next one fails.",
            ));
            out.push_str(&comment_line(
                "Print it again with --reveal-secrets to get a script you can run.",
            ));
            let stop = Sql::new().code("SET SESSION sql_mode = ").text(&format!(
                "{CHECK_PREFIX}credentials are masked in this copy"
            ));
            out.push_str(&stop.render(secrets));
            out.push_str(";\n");
        }
        for step in &self.steps {
            if let Some(comment) = &step.comment {
                out.push('\n');
                out.push_str(&comment_line(comment));
            }
            if disabled {
                out.push_str("-- ");
            }
            out.push_str(&step.sql.render(secrets));
            out.push_str(";\n");
        }
        out
    }
}

impl Sql {
    /// Appends another statement's fragments (used to embed conditions).
    pub fn code_from(mut self, other: Sql) -> Self {
        self.parts.extend(other.parts);
        self
    }
}

/// A `-- ` comment line. Anything outside printable ASCII is escaped, so a
/// comment can never end early or confuse the client.
pub fn comment_line(text: &str) -> String {
    let mut out = String::from("-- ");
    for c in text.chars() {
        if (' '..='~').contains(&c) {
            out.push(c);
        } else {
            out.extend(c.escape_default());
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_is_quoted_with_doubled_apostrophes() {
        assert_eq!(literal("O'Brien \"x\""), "'O''Brien \"x\"'");
        assert_eq!(literal(""), "''");
    }

    #[test]
    fn backslash_control_and_non_ascii_become_hex() {
        assert_eq!(literal("a\\b"), "_utf8mb4 X'615C62'");
        assert_eq!(literal("a\nb"), "_utf8mb4 X'610A62'");
        assert_eq!(literal("é"), "_utf8mb4 X'C3A9'");
    }

    #[test]
    fn identifiers_double_backquotes() {
        assert_eq!(quote_ident("go`ogle"), "`go``ogle`");
    }

    #[test]
    fn secrets_render_masked_or_revealed() {
        let sql = Sql::new().value(Value::SecretText {
            real: Secret::new("real-token"),
            masked: "re...en".into(),
        });
        assert_eq!(sql.render(Secrets::Reveal), "'real-token'");
        assert_eq!(sql.render(Secrets::Mask), "'re...en'");
    }

    #[test]
    fn check_messages_lose_their_commas() {
        let plan = Plan::begin("t").check("c", Sql::new().code("TRUE"), "a, b");
        let last = plan.steps.last().unwrap();
        assert_eq!(
            last.kind,
            StepKind::Check {
                message: "a; b".into()
            }
        );
        assert!(
            last.sql
                .render(Secrets::Reveal)
                .contains("'gatewayctl check failed: a; b'")
        );
    }

    #[test]
    fn comments_escape_newlines_and_non_ascii() {
        assert_eq!(comment_line("a\nb é"), "-- a\\nb \\u{e9}\n");
    }
}
