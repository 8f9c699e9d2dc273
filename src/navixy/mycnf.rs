//! MySQL option files (`~/.my.cnf`), read the way the mysql client reads
//! them (mysys `my_default.cc`), for the `[client]` group only. Pure: text
//! in, settings out; reading the file and checking its mode is the caller's.
//!
//! The rules, as the client applies them:
//! - lines are trimmed; empty lines and lines starting with `#` or `;` are
//!   comments; elsewhere `#` starts a comment unless it is inside quotes;
//! - `[group]` starts a group, matched without regard to case; an option
//!   before any group is an error;
//! - `name = value`: the first `=` splits, both sides are trimmed, one pair
//!   of matching quotes (`'…'` or `"…"`) around the value is removed, then
//!   `\n \t \r \b \s \\ \" \'` are unescaped (quoted or not; any other
//!   backslash is kept as it is);
//! - `-` and `_` in names are the same, a `loose-` prefix is allowed, and a
//!   later value replaces an earlier one;
//! - `!include` and `!includedir` pull in other files; gatewayctl does not
//!   follow them and says so.

use crate::secret::Secret;

/// What the `[client]` group says about where and how to connect.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientOptions {
    pub user: Option<String>,
    pub password: Option<Secret>,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub socket: Option<String>,
    /// Other options of the `[client]` group, by name only: their values
    /// may be secrets (ssl keys), and gatewayctl does not apply them.
    pub ignored: Vec<String>,
    /// `!include` / `!includedir` lines, which are not followed.
    pub includes: Vec<String>,
}

impl ClientOptions {
    /// Whether the group set any of the options gatewayctl uses.
    pub fn is_empty(&self) -> bool {
        self.user.is_none()
            && self.password.is_none()
            && self.host.is_none()
            && self.port.is_none()
            && self.socket.is_none()
    }
}

/// A line the mysql client would reject too. The message never quotes the
/// line: it may hold a password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Reads the `[client]` group of an option file's text.
pub fn parse(text: &str) -> Result<ClientOptions, ParseError> {
    let mut options = ClientOptions::default();
    let mut in_group = false;
    let mut in_client = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line_number = index + 1;
        let fail = |message: &str| ParseError {
            line: line_number,
            message: message.to_string(),
        };
        let line = raw.trim_start_matches(is_space);
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(directive) = line.strip_prefix('!') {
            let directive = directive.trim_matches(is_space);
            let keyword = directive.split(is_space).next();
            if matches!(keyword, Some("include" | "includedir")) {
                options.includes.push(format!("!{directive}"));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(end) = rest.find(']') else {
                return Err(fail("a group header without its closing ']'"));
            };
            in_group = true;
            in_client = rest[..end]
                .trim_end_matches(is_space)
                .eq_ignore_ascii_case("client");
            continue;
        }
        if !in_group {
            return Err(fail(
                "an option before any [group] header; put it under [client]",
            ));
        }
        if !in_client {
            continue;
        }
        let line = remove_end_comment(line);
        let (name, value) = match line.split_once('=') {
            Some((name, value)) => (name, Some(unquote_and_unescape(value))),
            // Only the first word: the rest may be a value typed without
            // '=' (a password), which must not reach any message.
            None => (
                line.split(|c: char| is_space(c) || c == ':')
                    .next()
                    .unwrap_or(""),
                None,
            ),
        };
        let name = normalize_name(name.trim_end_matches(is_space));
        match (name.as_str(), value) {
            ("password", None) => {
                return Err(fail(
                    "'password' without a value asks the mysql client to prompt for it, and gatewayctl does not prompt; write password=... (in quotes if it has # or spaces at either end)",
                ));
            }
            ("password", Some(value)) => options.password = Some(Secret::new(value)),
            ("user" | "host" | "port" | "socket", None) => {
                return Err(fail(&format!("'{name}' needs a value ({name}=...)")));
            }
            ("user", Some(value)) => options.user = Some(value),
            ("host", Some(value)) => options.host = Some(value),
            ("socket", Some(value)) => options.socket = Some(value),
            ("port", Some(value)) => match value.parse::<u16>() {
                Ok(port) if port > 0 => options.port = Some(port),
                _ => {
                    return Err(fail(&format!(
                        "port must be a number from 1 to 65535, not '{value}'"
                    )));
                }
            },
            (_, _) => {
                if !options.ignored.contains(&name) {
                    options.ignored.push(name);
                }
            }
        }
    }
    Ok(options)
}

/// Whether an option file's mode lets others in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exposure {
    /// Only the owner may read or write it.
    Private,
    /// Group or others may read it, or the group may write it.
    Shared,
    /// Anyone may write it: the mysql client ignores such a file, since
    /// whoever edits it chooses the server your password goes to.
    WorldWritable,
}

pub fn exposure(mode: u32) -> Exposure {
    if mode & 0o002 != 0 {
        Exposure::WorldWritable
    } else if mode & 0o077 != 0 {
        Exposure::Shared
    } else {
        Exposure::Private
    }
}

/// The client's `my_isspace` for the latin1 set, as it trims lines.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Cuts the line at a `#` outside quotes. Inside quotes a backslash
/// protects the next quote character.
fn remove_end_comment(line: &str) -> &str {
    let mut quote = None;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        if (c == '\'' || c == '"') && !escaped {
            match quote {
                None => quote = Some(c),
                Some(open) if open == c => quote = None,
                Some(_) => {}
            }
        }
        if quote.is_none() && c == '#' {
            return &line[..at];
        }
        escaped = quote.is_some() && c == '\\' && !escaped;
    }
    line
}

fn unquote_and_unescape(value: &str) -> String {
    let value = value.trim_matches(is_space);
    let value = ['"', '\'']
        .iter()
        .find_map(|quote| {
            value
                .strip_prefix(*quote)
                .and_then(|inner| inner.strip_suffix(*quote))
        })
        .unwrap_or(value);
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        // A backslash at the very end stays, as in the client.
        let Some(&next) = chars.peek().filter(|_| c == '\\') else {
            out.push(c);
            continue;
        };
        chars.next();
        match next {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'b' => out.push('\x08'),
            's' => out.push(' '),
            '"' | '\'' | '\\' => out.push(next),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

fn normalize_name(name: &str) -> String {
    let name = name.replace('_', "-");
    match name.strip_prefix("loose-") {
        Some(rest) => rest.to_string(),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(text: &str) -> ClientOptions {
        parse(text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.message))
    }

    fn password(text: &str) -> String {
        client(text)
            .password
            .expect("a password")
            .expose()
            .to_string()
    }

    #[test]
    fn reads_the_five_keys_of_the_client_group() {
        let options = client(
            "[client]\nuser = alice\npassword = s3cret\nhost = db.example\nport = 3307\nsocket = /tmp/my.sock\n",
        );
        assert_eq!(options.user.as_deref(), Some("alice"));
        assert_eq!(options.password, Some(Secret::new("s3cret")));
        assert_eq!(options.host.as_deref(), Some("db.example"));
        assert_eq!(options.port, Some(3307));
        assert_eq!(options.socket.as_deref(), Some("/tmp/my.sock"));
        assert!(options.ignored.is_empty());
    }

    #[test]
    fn other_groups_are_skipped_and_client_matches_in_any_case() {
        let options = client(
            "[mysqld]\nuser=mysql\nport=1\n[CLIENT]\nuser=alice\n[mysql]\nuser=bob\n[ client ]\nuser=carol\n",
        );
        // "[ client ]" is a different group to the client: the space stays.
        assert_eq!(options.user.as_deref(), Some("alice"));
        assert_eq!(options.port, None);
    }

    #[test]
    fn later_values_win_and_groups_may_repeat() {
        let options = client("[client]\nuser=a\nport=1\n[mysqld]\n[client]\nuser=b\n");
        assert_eq!(options.user.as_deref(), Some("b"));
        assert_eq!(options.port, Some(1));
    }

    #[test]
    fn names_accept_dash_underscore_and_loose() {
        let options = client("[client]\nloose_user=alice\nloose-socket=/s\nssl_ca=/ca.pem\n");
        assert_eq!(options.user.as_deref(), Some("alice"));
        assert_eq!(options.socket.as_deref(), Some("/s"));
        assert_eq!(options.ignored, vec!["ssl-ca".to_string()]);
    }

    #[test]
    fn comments_need_a_hash_outside_quotes_or_a_line_start() {
        assert_eq!(
            password("# top\n; top\n[client]\n  # indented\npassword = abc # trailing\n"),
            "abc"
        );
        assert_eq!(password("[client]\npassword=\"a#b;c\"\n"), "a#b;c");
        assert_eq!(password("[client]\npassword='a#b'\n"), "a#b");
        // ';' is a comment only at the start of a line.
        assert_eq!(password("[client]\npassword=a;b\n"), "a;b");
    }

    #[test]
    fn values_are_trimmed_and_one_pair_of_matching_quotes_removed() {
        assert_eq!(password("[client]\npassword =   a b   \n"), "a b");
        assert_eq!(password("[client]\npassword=\" a b \"\n"), " a b ");
        assert_eq!(password("[client]\npassword='x=y'\n"), "x=y");
        assert_eq!(password("[client]\npassword=\"33\"06\"\n"), "33\"06");
        // Unmatched quotes are part of the value.
        assert_eq!(password("[client]\npassword=\"abc'\n"), "\"abc'");
        assert_eq!(password("[client]\npassword=\"\n"), "\"");
        assert_eq!(password("[client]\npassword=\n"), "");
        assert_eq!(password("[client]\npassword=\"\"\n"), "");
        // An unterminated quote keeps a '#' in the value, quote and all.
        assert_eq!(password("[client]\npassword=\"a # b\n"), "\"a # b");
    }

    #[test]
    fn escapes_are_those_of_the_mysql_client() {
        assert_eq!(
            password("[client]\npassword=\"a\\\"b\\'c\\\\d\\se\\tf\"\n"),
            "a\"b'c\\d e\tf"
        );
        // Unquoted values are unescaped too; unknown escapes and a final
        // backslash stay as written.
        assert_eq!(
            password("[client]\npassword=b\\tc\\sd\\qe\\\n"),
            "b\tc d\\qe\\"
        );
        assert_eq!(password("[client]\npassword='\\n\\r\\b'\n"), "\n\r\x08");
    }

    #[test]
    fn an_awkward_password_survives_as_the_mysql_client_reads_it() {
        // The same line gives the same bytes to my_print_defaults.
        let line = "[client]\npassword = \"p@ss:w/rd #;=\\\"'\\\\ é\"\n";
        assert_eq!(password(line), "p@ss:w/rd #;=\"'\\ é");
    }

    #[test]
    fn crlf_line_ends_are_trimmed() {
        let options = client("[client]\r\nuser=alice\r\npassword='x y'\r\n");
        assert_eq!(options.user.as_deref(), Some("alice"));
        assert_eq!(options.password, Some(Secret::new("x y")));
    }

    #[test]
    fn include_directives_are_reported_not_followed() {
        let options = client(
            "!include /etc/mysql/extra.cnf\n[client]\n!includedir /etc/mysql/conf.d/\nuser=a\n!foo\n!includex y\n",
        );
        assert_eq!(
            options.includes,
            vec![
                "!include /etc/mysql/extra.cnf".to_string(),
                "!includedir /etc/mysql/conf.d/".to_string()
            ]
        );
        assert_eq!(options.user.as_deref(), Some("a"));
    }

    #[test]
    fn malformed_lines_are_refused_with_their_number_and_never_their_text() {
        let cases = [
            ("user=alice\n", 1, "before any [group]"),
            ("[client\n", 1, "closing ']'"),
            ("[client]\npassword\n", 2, "does not prompt"),
            ("[client]\n\nhost\n", 3, "'host' needs a value"),
            ("[client]\nport=33o6\n", 2, "not '33o6'"),
            ("[client]\nport=0\n", 2, "from 1 to 65535"),
            ("[client]\nport=65536\n", 2, "from 1 to 65535"),
        ];
        for (text, line, message) in cases {
            let error = parse(text).expect_err(text);
            assert_eq!(error.line, line, "{text:?}");
            assert!(
                error.message.contains(message),
                "{text:?}: {}",
                error.message
            );
        }
        let error = parse("[client]\npassword\nuser=hunter2\nport=x\n").unwrap_err();
        assert!(!error.message.contains("hunter2"));
    }

    #[test]
    fn a_value_without_equals_sign_never_reaches_a_message() {
        let error = parse("[client]\npassword \"S3cr#t:pw@x\"\n").unwrap_err();
        assert!(!error.message.contains("S3cr"), "{}", error.message);
        let error = parse("[client]\npassword: S3cr#t\n").unwrap_err();
        assert!(!error.message.contains("S3cr"), "{}", error.message);
        let options = client("[client]\npasswd S3cr#t\n");
        assert_eq!(options.ignored, vec!["passwd".to_string()]);
    }

    #[test]
    fn a_file_without_client_settings_is_empty() {
        let options = client("[mysqld]\nport=3307\n[client]\nssl-mode=REQUIRED\n");
        assert!(options.is_empty());
        assert_eq!(options.ignored, vec!["ssl-mode".to_string()]);
        assert!(client("").is_empty());
    }

    #[test]
    fn debug_output_masks_the_password() {
        let options = client("[client]\npassword=hunter2\n");
        let debug = format!("{options:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("Secret(***)"), "{debug}");
    }

    #[test]
    fn exposure_follows_the_mode_bits() {
        assert_eq!(exposure(0o100600), Exposure::Private);
        assert_eq!(exposure(0o400), Exposure::Private);
        assert_eq!(exposure(0o644), Exposure::Shared);
        assert_eq!(exposure(0o640), Exposure::Shared);
        assert_eq!(exposure(0o660), Exposure::Shared);
        assert_eq!(exposure(0o604), Exposure::Shared);
        assert_eq!(exposure(0o666), Exposure::WorldWritable);
        assert_eq!(exposure(0o602), Exposure::WorldWritable);
    }
}
