//! Everything gatewayctl prints goes through here. Results go to stdout
//! (a table for people, JSON with `--output json`); status, warnings and
//! errors go to stderr, so stdout stays clean for pipes. Colour is decided
//! per stream: `--color always|never` wins, else `NO_COLOR` turns it off,
//! else it is on only for a terminal.

use crate::error::Error;
use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table, presets};
use std::fmt::Write as _;
use std::io::{IsTerminal, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// How a check or a row is judged, shown as a word (and a colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
    Skip,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }

    /// The SGR code of its colour.
    fn color(self) -> &'static str {
        match self {
            Status::Ok => "32",
            Status::Warn => "33",
            Status::Fail => "1;31",
            Status::Skip => "2",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Output {
    pub format: Format,
    verbose: bool,
    color_stdout: bool,
    color_stderr: bool,
    stdout_tty: bool,
}

impl Output {
    pub fn new(color: ColorWhen, format: Format, verbose: bool) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let decide = |tty: bool| match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => tty && !no_color,
        };
        Self {
            format,
            verbose,
            color_stdout: decide(stdout_tty),
            color_stderr: decide(stderr_tty),
            stdout_tty,
        }
    }

    /// With --verbose: a sink for one-line traces of external calls.
    pub fn trace(&self) -> Option<std::sync::Arc<dyn Fn(String) + Send + Sync>> {
        self.verbose.then(|| {
            let sink: std::sync::Arc<dyn Fn(String) + Send + Sync> =
                std::sync::Arc::new(|line: String| write_err(&format!("{line}\n")));
            sink
        })
    }

    /// Whether stderr is a terminal (progress lines may be redrawn).
    pub fn stderr_is_tty(&self) -> bool {
        std::io::stderr().is_terminal()
    }

    /// A progress line: redrawn in place on a terminal, appended otherwise.
    pub fn progress(&self, line: &str) {
        if self.stderr_is_tty() {
            write_err(&format!("\r\x1b[2K{line}"));
        } else {
            write_err(&format!("{line}\n"));
        }
    }

    /// Ends a redrawn progress line.
    pub fn progress_done(&self) {
        if self.stderr_is_tty() {
            write_err("\n");
        }
    }

    pub fn json_wanted(&self) -> bool {
        self.format == Format::Json
    }

    fn paint(&self, on: bool, code: &str, text: &str) -> String {
        if on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A line of progress or context, on stderr.
    pub fn status(&self, message: &str) {
        write_err(&format!("{message}\n"));
    }

    pub fn warn(&self, message: &str) {
        let label = self.paint(self.color_stderr, "1;33", "warning:");
        write_err(&format!("{label} {message}\n"));
    }

    pub fn note(&self, message: &str) {
        let label = self.paint(self.color_stderr, "1;36", "note:");
        write_err(&format!("{label} {message}\n"));
    }

    /// Text on stderr that is already formatted (a plan table).
    pub fn stderr_block(&self, text: &str) {
        write_err(text);
        if !text.ends_with('\n') {
            write_err("\n");
        }
    }

    pub fn error(&self, error: &Error) {
        let label = self.paint(self.color_stderr, "1;31", "error:");
        let mut text = format!("gatewayctl: {label} {}\n", sanitize(&error.message));
        for hint in &error.hints {
            let word = self.paint(self.color_stderr, "1;36", "hint:");
            text.push_str(&format!("  {word} {}\n", sanitize(hint)));
        }
        write_err(&text);
    }

    /// The command's result, on stdout.
    pub fn print(&self, text: &str) {
        write_out(text);
        if !text.ends_with('\n') {
            write_out("\n");
        }
    }

    /// A JSON document on stdout (pretty on a terminal, one line otherwise).
    pub fn json(&self, value: &impl serde::Serialize) {
        let text = if self.stdout_tty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        };
        self.print(&escape_controls(text.unwrap_or_default()));
    }

    /// Whether stdout is a terminal: a table for people, or plain lines
    /// written as they come for pipes and files.
    pub fn stdout_is_tty(&self) -> bool {
        self.stdout_tty
    }

    /// A JSON object written to stdout piece by piece (see [`JsonStream`]).
    pub fn json_stream(&self) -> JsonStream {
        write_out("{");
        JsonStream {
            fields: 0,
            items: None,
        }
    }

    /// A table for stdout, fitted to the terminal there.
    pub fn table(&self, header: &[&str], rows: Vec<Vec<Cell>>) -> String {
        build_table(header, rows, self.stdout_tty, self.color_stdout)
    }

    /// A table for stderr (plans shown before a confirmation).
    pub fn stderr_table(&self, header: &[&str], rows: Vec<Vec<Cell>>) -> String {
        build_table(
            header,
            rows,
            std::io::stderr().is_terminal(),
            self.color_stderr,
        )
    }

    /// A status cell, coloured when the target stream allows it.
    pub fn status_cell(&self, status: Status, for_stderr: bool) -> Cell {
        let colored = if for_stderr {
            self.color_stderr
        } else {
            self.color_stdout
        };
        // Painted here rather than by comfy-table, whose terminal library
        // applies its own NO_COLOR rule and would undo --color always.
        Cell::new(self.paint(colored, status.color(), status.word()))
    }
}

fn build_table(header: &[&str], rows: Vec<Vec<Cell>>, tty: bool, color: bool) -> String {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    // The width is read before force_no_tty, which would also turn off
    // width detection. A terminal that reports no real size (a fresh
    // pseudo-terminal) gets an unwrapped table rather than a squeezed one.
    let width = if tty { table.width() } else { None };
    match width.filter(|w| *w >= MIN_TERMINAL_WIDTH) {
        Some(width) => {
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(header.iter().map(|h| Cell::new(*h)));
    // On a terminal, short columns keep their width and the long ones
    // wrap, instead of every column wrapping mid-word alike.
    let mut widest: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (widest, cell) in widest.iter_mut().zip(row) {
            let width = cell.content().lines().map(|l| l.chars().count()).max();
            *widest = (*widest).max(width.unwrap_or(0));
        }
    }
    for row in rows {
        table.add_row(row);
    }
    if tty {
        for (column, width) in table.column_iter_mut().zip(widest) {
            if width <= NARROW_COLUMN {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    table.to_string()
}

/// Narrower than this, a reported terminal width is not believed.
const MIN_TERMINAL_WIDTH: u16 = 40;

/// Columns up to this many characters wide are never wrapped on a terminal.
const NARROW_COLUMN: usize = 16;

/// "dealer 7", "dealers 7 and 8", "dealers 1, 7 and 8".
pub fn dealers_phrase(ids: &[u64]) -> String {
    let ids: Vec<String> = ids.iter().map(u64::to_string).collect();
    match ids.as_slice() {
        [] => "no dealer".to_string(),
        [one] => format!("dealer {one}"),
        [rest @ .., last] => format!("dealers {} and {last}", rest.join(", ")),
    }
}

/// Text from the database or from Twilio, made safe for a terminal:
/// control characters (escape sequences, carriage returns) are shown
/// escaped instead of acting on the screen.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Same, for one table cell or one field of a line: newlines and tabs are
/// escaped too.
pub fn sanitize_cell(text: &str) -> String {
    sanitize(text).replace('\n', "\\n").replace('\t', "\\t")
}

/// Serialized JSON with every control character still raw in it (serde
/// escapes only U+0000 to U+001F) written as a `\u` escape: the same
/// document, which can no longer act on a terminal.
fn escape_controls(json: String) -> String {
    if !json.chars().any(char::is_control) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 12);
    for c in json.chars() {
        // Outside strings JSON has only the whitespace kept here.
        if c.is_control() && !matches!(c, '\n' | '\t' | ' ') {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

fn json_text(value: &impl serde::Serialize) -> String {
    // Values made of strings, numbers and string-keyed maps cannot fail.
    escape_controls(serde_json::to_string(value).unwrap_or_default())
}

/// A JSON object written to stdout as it is produced: fields, and arrays
/// whose elements are written one by one (one per line), so a listing of
/// any length is never held whole. The caller opens and closes arrays in
/// order; the document is complete after [`JsonStream::finish`].
pub struct JsonStream {
    fields: usize,
    /// Elements written so far in the open array, if one is open.
    items: Option<usize>,
}

impl JsonStream {
    fn key(&mut self, name: &str) {
        let comma = if self.fields > 0 { "," } else { "" };
        self.fields += 1;
        write_out(&format!("{comma}{}:", json_text(&name)));
    }

    pub fn field(&mut self, name: &str, value: &impl serde::Serialize) {
        self.key(name);
        write_out(&json_text(value));
    }

    pub fn open_array(&mut self, name: &str) {
        self.key(name);
        write_out("[");
        self.items = Some(0);
    }

    pub fn item(&mut self, value: &impl serde::Serialize) {
        let count = self.items.get_or_insert(0);
        let comma = if *count > 0 { "," } else { "" };
        *count += 1;
        write_out(&format!("{comma}\n{}", json_text(value)));
    }

    pub fn close_array(&mut self) {
        if self.items.take().is_some_and(|n| n > 0) {
            write_out("\n");
        }
        write_out("]");
    }

    pub fn finish(self) {
        write_out("}\n");
    }
}

// A closed pipe (`gatewayctl list | head`) is not an error worth a panic:
// output just stops.
fn write_out(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn write_err(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_terminal_controls() {
        assert_eq!(sanitize("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize_cell("a\nb\r"), "a\\nb\\r");
    }

    #[test]
    fn cells_escape_tabs() {
        assert_eq!(sanitize_cell("a\tb"), "a\\tb");
    }

    #[test]
    fn json_escapes_controls_serde_leaves_raw() {
        let value = serde_json::json!({"label": "a\u{9b}2Jb\u{7f}\u{1b}"});
        let text = json_text(&value);
        assert_eq!(text, r#"{"label":"a\u009b2Jb\u007f\u001b"}"#);
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn plain_table_has_no_escape_codes() {
        let table = build_table(
            &["check", "status"],
            vec![vec![Cell::new("x"), Cell::new("ok")]],
            false,
            false,
        );
        assert!(!table.contains('\x1b'));
        assert!(table.contains("check"));
    }
}
