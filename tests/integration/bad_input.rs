//! Every bad input: a clear message, exit status 2 (6 for a database state
//! that does not allow the change), and all three tables unchanged.

use crate::common::twilio::MockTwilio;
use crate::common::*;

struct Case {
    what: &'static str,
    /// Replaces (flag, value) in the good argument list, or appends.
    set: &'static [(&'static str, &'static str)],
    /// Flags to drop from the good argument list.
    drop: &'static [&'static str],
    code: i32,
    message: &'static str,
}

const CASES: &[Case] = &[
    Case {
        what: "SID too short",
        set: &[("--account-sid", "ACdc5f132a3c49700934481addd5ce165")],
        drop: &[],
        code: 2,
        message: "is not a Twilio Account SID",
    },
    Case {
        what: "API key SID as account SID",
        set: &[("--account-sid", KEY_SID)],
        drop: &[],
        code: 2,
        message: "expected AC followed by 32 hexadecimal",
    },
    Case {
        what: "token not hex",
        set: &[("--auth-token", "zz95175a27d2044c06e1db8577b484f3")],
        drop: &[],
        code: 2,
        message: "some are not hexadecimal",
    },
    Case {
        what: "token too short",
        set: &[("--auth-token", "1095175a27d2044c")],
        drop: &[],
        code: 2,
        message: "the one given has 16 characters",
    },
    Case {
        what: "no credentials",
        set: &[],
        drop: &["--auth-token"],
        code: 2,
        message: "no Twilio credentials",
    },
    Case {
        what: "no account SID",
        set: &[],
        drop: &["--account-sid"],
        code: 2,
        message: "no Account SID",
    },
    Case {
        what: "token and API key",
        set: &[("--api-key", KEY_SID), ("--api-secret", KEY_SECRET)],
        drop: &[],
        code: 2,
        message: "give one of them",
    },
    Case {
        what: "API key without secret",
        set: &[("--api-key", KEY_SID)],
        drop: &["--auth-token"],
        code: 2,
        message: "--api-key needs --api-secret",
    },
    Case {
        what: "bad API key SID",
        set: &[("--api-key", "SKnothex"), ("--api-secret", KEY_SECRET)],
        drop: &["--auth-token"],
        code: 2,
        message: "is not a Twilio API Key SID",
    },
    Case {
        what: "phone without plus",
        set: &[("--phone", "15557654321")],
        drop: &[],
        code: 2,
        message: "did you mean +15557654321",
    },
    Case {
        what: "phone with dashes",
        set: &[("--phone", "+1 555-765-4321")],
        drop: &[],
        code: 2,
        message: "is not an E.164 phone number",
    },
    Case {
        what: "phone too long",
        set: &[("--phone", "+1234567890123456")],
        drop: &[],
        code: 2,
        message: "is not an E.164 phone number",
    },
    Case {
        what: "missing phone",
        set: &[],
        drop: &["--phone"],
        code: 2,
        message: "missing --phone",
    },
    Case {
        what: "missing dealer",
        set: &[],
        drop: &["--dealer-id"],
        code: 2,
        message: "missing --dealer-id",
    },
    Case {
        what: "dealer zero",
        set: &[("--dealer-id", "0")],
        drop: &[],
        code: 2,
        message: "must be 1 or more",
    },
    Case {
        what: "dealer negative",
        set: &[("--dealer-id", "-3")],
        drop: &[],
        code: 2,
        message: "--dealer-id",
    },
    Case {
        what: "dealer out of range",
        set: &[("--dealer-id", "2147483648")],
        drop: &[],
        code: 2,
        message: "must be at most 2147483647",
    },
    Case {
        what: "dealer not a number",
        set: &[("--dealer-id", "acme")],
        drop: &[],
        code: 2,
        message: "is not a positive whole number",
    },
    Case {
        what: "owner zero",
        set: &[("--owner-id", "0")],
        drop: &[],
        code: 2,
        message: "must be 1 or more",
    },
    Case {
        what: "unknown type",
        set: &[("--type", "sender")],
        drop: &[],
        code: 2,
        message: "invalid value 'sender' for '--type",
    },
    Case {
        what: "class filter singular",
        set: &[("--class-filter", "-command")],
        drop: &[],
        code: 2,
        message: "did you mean '-commands'",
    },
    Case {
        what: "class filter unknown",
        set: &[("--class-filter", "alerts")],
        drop: &[],
        code: 2,
        message: "is not a class filter",
    },
    Case {
        what: "label too long",
        set: &[("--label", "LONG_LABEL")],
        drop: &[],
        code: 2,
        message: "holds at most 255",
    },
    Case {
        what: "label with control character",
        set: &[("--label", "a\u{1b}[31m")],
        drop: &[],
        code: 2,
        message: "control character U+001B",
    },
    Case {
        what: "label with emoji",
        set: &[("--label", "SMS 📡")],
        drop: &[],
        code: 2,
        message: "cannot store",
    },
    Case {
        what: "public host with scheme",
        set: &[("--public-host", "http://navixy.example.com")],
        drop: &[],
        code: 2,
        message: "bare host name",
    },
    Case {
        what: "incoming port zero",
        set: &[("--incoming-port", "0")],
        drop: &[],
        code: 2,
        message: "--incoming-port",
    },
    Case {
        what: "bad database URL",
        set: &[(
            "--database-url",
            "mysql://root:pw-never-printed@127.0.0.1:port",
        )],
        drop: &[],
        code: 2,
        message: "the database URL is not valid",
    },
    Case {
        what: "not a MySQL URL",
        set: &[("--database-url", "postgres://root@127.0.0.1/x")],
        drop: &[],
        code: 2,
        message: "speaks to MySQL and MariaDB only",
    },
    Case {
        what: "bad schema name",
        set: &[("--schema", "google; DROP")],
        drop: &[],
        code: 2,
        message: "is not a schema name",
    },
    Case {
        what: "unknown dealer",
        set: &[("--dealer-id", "4242")],
        drop: &[],
        code: 6,
        message: "dealer 4242 does not exist",
    },
];

fn good_args(db: &TestDb, twilio: &MockTwilio) -> Vec<(String, Option<String>)> {
    let mut pairs: Vec<(String, Option<String>)> = add_twilio_args("7", "+15557654321")
        .chunks(2)
        .map(|c| (c[0].clone(), Some(c[1].clone())))
        .collect();
    let db_args = db.args();
    for pair in db_args.chunks(2) {
        pairs.push((pair[0].clone(), Some(pair[1].clone())));
    }
    pairs.push(("--twilio-api-url".into(), Some(twilio.url())));
    pairs.push(("--yes".into(), None));
    pairs
}

#[test]
fn every_bad_input_is_refused_clearly_with_nothing_written() {
    let db = TestDb::new();
    let twilio = MockTwilio::happy("+15557654321");
    let before = db.snapshot();
    let long_label = "x".repeat(256);
    for case in CASES {
        let mut pairs = good_args(&db, &twilio);
        pairs.retain(|(flag, _)| !case.drop.contains(&flag.as_str()));
        for (flag, value) in case.set {
            let value = if *value == "LONG_LABEL" {
                long_label.as_str()
            } else {
                value
            };
            match pairs.iter_mut().find(|(f, _)| f == flag) {
                Some(pair) => pair.1 = Some(value.to_string()),
                None => pairs.push((flag.to_string(), Some(value.to_string()))),
            }
        }
        let mut args = vec!["add-twilio".to_string()];
        for (flag, value) in pairs {
            match value {
                // `=` keeps values that start with '-' from reading as flags.
                Some(v) => args.push(format!("{flag}={v}")),
                None => args.push(flag),
            }
        }
        let run = gatewayctl(&args).run();
        assert_eq!(
            run.code, case.code,
            "{}: exit code\n{}",
            case.what, run.stderr
        );
        assert!(
            run.stderr.contains(case.message),
            "{}: stderr lacks {:?}\n{}",
            case.what,
            case.message,
            run.stderr
        );
        assert!(
            run.stdout.is_empty(),
            "{}: stdout not empty: {}",
            case.what,
            run.stdout
        );
        assert_eq!(db.snapshot(), before, "{}: the tables changed", case.what);
    }
}

#[test]
fn print_sql_refuses_the_same_bad_input_without_a_database() {
    for (flag, value, message) in [
        ("--phone", "555", "is not an E.164 phone number"),
        ("--auth-token", "short", "32 hexadecimal"),
        ("--dealer-id", "0", "must be 1 or more"),
    ] {
        let mut args = vec!["print-sql".to_string(), "add-twilio".into()];
        let mut good = add_twilio_args("7", "+15557654321");
        let at = good.iter().position(|a| a == flag).unwrap();
        good[at + 1] = value.to_string();
        args.extend(good);
        let run = gatewayctl(&args).run();
        run.code(2).stderr_has(message);
        assert!(run.stdout.is_empty());
    }
    let label = "y".repeat(256);
    let mut args = vec![
        "print-sql".to_string(),
        "add-twilio".into(),
        "--label".into(),
        label,
    ];
    args.extend(add_twilio_args("7", "+15557654321"));
    gatewayctl(&args)
        .run()
        .code(2)
        .stderr_has("holds at most 255");
}
