//! Every statement gatewayctl writes to a Navixy database is built here.
//! A plan depends only on validated input, never on what a database
//! answered, so `print-sql` (no database) and apply produce the same one.

use super::model::{Encoding, GateSpec, LinkSpec, RowChange, RowValues};
use super::schema::{DEALERS, GATES, LINKS, Schema};
use crate::credentials::TwilioParams;
use crate::error::{Error, Result};
use crate::sql::{Expect, GATE_ID_VAR, Plan, ReadBack, Sql, Value};

/// `sms_gates` columns and values add-twilio inserts, in order. `label`
/// and `owner_id` only when given: older installs lack those columns, and
/// when they are not given the server's defaults apply.
pub fn gate_row(spec: &GateSpec) -> Vec<(&'static str, Value)> {
    let (params, masked) = TwilioParams::json(&spec.credentials, spec.status_callback);
    let mut row = Vec::new();
    if let Some(owner) = spec.owner_id {
        row.push(("owner_id", Value::Int(owner as i64)));
    }
    if let Some(label) = &spec.label {
        row.push(("label", Value::text(label)));
    }
    row.push(("type", Value::text(spec.gate_type.as_str())));
    row.push(("provider", Value::text("twilio")));
    row.push((
        "params",
        Value::SecretText {
            real: params,
            masked,
        },
    ));
    row.push(("enabled", Value::Int(i64::from(spec.enabled))));
    row.push(("class_filter", Value::text(&spec.class_filter)));
    row
}

/// Refuses, before anything is written, a gate the target's columns
/// cannot hold as given: a missing optional column, a value too long, a
/// character the column's character set would replace.
pub fn check_gate_fits(schema: &Schema, spec: &GateSpec) -> Result<()> {
    for (column, value) in gate_row(spec) {
        if !schema.has(GATES, column) {
            let flag = column.replace('_', "-");
            return Err(Error::usage(format!(
                "--{flag} needs the column {GATES}.{column}, which this database does not have (an older Navixy install)"
            ))
            .hint(format!("leave --{flag} out; nothing was written")));
        }
        let what = match column {
            "params" => "the credentials JSON (params)".to_string(),
            other => format!("the {other}"),
        };
        if let Some(text) = value.stored_form() {
            let secret = matches!(value, Value::SecretText { .. });
            schema.check(GATES, column, &text, &what, secret)?;
        }
    }
    check_sender_fits(schema, &spec.phone)
}

/// The sender number against the two dealer columns that store it.
pub fn check_sender_fits(schema: &Schema, phone: &str) -> Result<()> {
    for column in ["master_phone", "from_sms"] {
        schema.check(DEALERS, column, phone, "the sender number", false)?;
    }
    Ok(())
}

fn dealer_exists(schema: &str, dealer_id: u64) -> Sql {
    Sql::new()
        .code("EXISTS (SELECT 1 FROM ")
        .table(schema, DEALERS)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer_id as i64)
        .code(")")
}

fn gate_exists(schema: &str, gate_id: u64) -> Sql {
    Sql::new()
        .code("EXISTS (SELECT 1 FROM ")
        .table(schema, GATES)
        .code(" WHERE ")
        .column("id")
        .code(" = ")
        .int(gate_id as i64)
        .code(")")
}

/// Twilio gates whose params mention this Account SID. A SID is 34
/// characters of which 32 are hex, so a substring match cannot hit anything
/// else, and it works whatever JSON formatting a hand-written row has.
pub fn gates_with_account(schema: &str, account_sid: &str) -> Sql {
    Sql::new()
        .code("SELECT ")
        .column("id")
        .code(" FROM ")
        .table(schema, GATES)
        .code(" WHERE ")
        .column("provider")
        .code(" = ")
        .text("twilio")
        .code(" AND LOCATE(")
        .text(account_sid)
        .code(", ")
        .column("params")
        .code(") > 0")
}

/// `EXISTS` a link between two SQL expressions (ids or columns).
fn link_exists(schema: &str, dealer: &str, gate: &str) -> Sql {
    Sql::new()
        .code("EXISTS (SELECT 1 FROM ")
        .table(schema, LINKS)
        .code(" l WHERE l.")
        .column("dealer_id")
        .code(&format!(" = {dealer} AND l."))
        .column("gate_id")
        .code(&format!(" = {gate})"))
}

fn update_sender(schema: &str, dealer_id: u64, phone: &str) -> Sql {
    Sql::new()
        .code("UPDATE ")
        .table(schema, DEALERS)
        .code(" SET ")
        .column("master_phone")
        .code(" = ")
        .text(phone)
        .code(", ")
        .column("from_sms")
        .code(" = ")
        .text(phone)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer_id as i64)
}

/// add-twilio: the gate, the dealer's sender and the link, in one
/// transaction, with the new gate's real id carried in a session variable.
pub fn add_twilio(schema: &str, spec: &GateSpec) -> Plan {
    let dealer = spec.dealer_id as i64;
    let row = gate_row(spec);
    let mut plan = Plan::begin(format!(
        "add a Twilio gate for dealer {} with sender {}",
        spec.dealer_id, spec.phone
    ))
    .check(
        format!("Check: dealer {} exists.", spec.dealer_id),
        dealer_exists(schema, spec.dealer_id),
        &format!("dealer {} does not exist", spec.dealer_id),
    );
    if !spec.allow_duplicate {
        let account = spec.credentials.account_sid();
        plan = plan.check(
            format!("Check: no Twilio gate uses account {account} yet (--allow-duplicate skips this)."),
            Sql::new()
                .code("NOT EXISTS (")
                .code_from(gates_with_account(schema, account))
                .code(")"),
            &format!(
                "a Twilio gate for account {account} already exists (see gatewayctl list; --allow-duplicate adds another)"
            ),
        );
    }
    let insert = Sql::new()
        .code("INSERT INTO ")
        .table(schema, GATES)
        .code(" (")
        .columns(row.iter().map(|(c, _)| *c))
        .code(") VALUES (")
        .values(row.iter().map(|(_, v)| v.clone()))
        .code(")");
    let link = Sql::new()
        .code("INSERT INTO ")
        .table(schema, LINKS)
        .code(" (")
        .columns(["dealer_id", "gate_id"])
        .code(") VALUES (")
        .int(dealer)
        .code(&format!(", {GATE_ID_VAR})"));

    let mut read_back =
        ReadBack::new().show(Sql::new().code("g.").column("id").code(" AS gate_id"));
    for (column, value) in &row {
        read_back = read_back.value("g", column, value);
    }
    let phone = Value::text(&spec.phone);
    let (items, expected) = read_back
        .value("d", "master_phone", &phone)
        .value("d", "from_sms", &phone)
        .holds(
            link_exists(schema, "d.`dealer_id`", "g.`id`"),
            "linked",
            "the link",
        )
        .finish();
    let read_back = Sql::new()
        .code("SELECT ")
        .code_from(items)
        .code(" FROM ")
        .table(schema, GATES)
        .code(" g JOIN ")
        .table(schema, DEALERS)
        .code(" d ON d.")
        .column("dealer_id")
        .code(" = ")
        .int(dealer)
        .code(&format!(" WHERE g.`id` = {GATE_ID_VAR}"));

    capture_dealer(plan, schema, spec.dealer_id)
        .run(
            "The gate. Its id comes from AUTO_INCREMENT; nothing assumes it.",
            insert,
        )
    .run(
        "Remember the new gate's id for the link below.",
        Sql::new().code(&format!("SET {GATE_ID_VAR} = LAST_INSERT_ID()")),
    )
    .run(
        format!("The dealer's sender number ({}).", spec.phone),
        update_sender(schema, spec.dealer_id, &spec.phone),
    )
    .run(
        format!("Link dealer {} to the new gate.", spec.dealer_id),
        link,
    )
    .verify(
        "Read back what was written: gatewayctl compares it with the values above before COMMIT; by hand, look at it.",
        read_back,
        expected,
    )
    .commit()
}

/// link-dealer: the dealer's sender and the link to an existing gate. An
/// identical link already present is left alone, not duplicated.
pub fn link_dealer(schema: &str, spec: &LinkSpec) -> Plan {
    let dealer = spec.dealer_id as i64;
    let gate = spec.gate_id as i64;
    let link = Sql::new()
        .code("INSERT INTO ")
        .table(schema, LINKS)
        .code(" (")
        .columns(["dealer_id", "gate_id"])
        .code(") SELECT ")
        .int(dealer)
        .code(", ")
        .int(gate)
        .code(" FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM ")
        .table(schema, LINKS)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer)
        .code(" AND ")
        .column("gate_id")
        .code(" = ")
        .int(gate)
        .code(")");
    let phone = Value::text(&spec.phone);
    let (items, expected) = ReadBack::new()
        .value("d", "master_phone", &phone)
        .value("d", "from_sms", &phone)
        .holds(
            link_exists(schema, &dealer.to_string(), &gate.to_string()),
            "linked",
            "the link",
        )
        .finish();
    let read_back = Sql::new()
        .code("SELECT ")
        .code_from(items)
        .code(" FROM ")
        .table(schema, DEALERS)
        .code(" d WHERE d.")
        .column("dealer_id")
        .code(" = ")
        .int(dealer);
    let plan = Plan::begin(format!(
        "link dealer {} to gate {} with sender {}",
        spec.dealer_id, spec.gate_id, spec.phone
    ))
    .check(
        format!("Check: gate {} exists.", spec.gate_id),
        gate_exists(schema, spec.gate_id),
        &format!("gate {} does not exist", spec.gate_id),
    )
    .check(
        format!("Check: dealer {} exists.", spec.dealer_id),
        dealer_exists(schema, spec.dealer_id),
        &format!("dealer {} does not exist", spec.dealer_id),
    );
    capture_dealer(plan, schema, spec.dealer_id)
    .capture(
        "How often the link exists before the change.",
        "link",
        link_count(schema, spec.dealer_id, spec.gate_id),
    )
    .run(
        format!("The dealer's sender number ({}).", spec.phone),
        update_sender(schema, spec.dealer_id, &spec.phone),
    )
    .run(
        format!(
            "Link dealer {} to gate {} unless that link is already there.",
            spec.dealer_id, spec.gate_id
        ),
        link,
    )
    .verify(
        "Read back what was written: gatewayctl compares it with the values above before COMMIT; by hand, look at it.",
        read_back,
        expected,
    )
    .commit()
}

/// The dealer's sender as it is before a change, locked until COMMIT.
fn capture_dealer(plan: Plan, schema: &str, dealer_id: u64) -> Plan {
    plan.capture(
        "The dealer's sender before the change (recorded in gatewayctl's journal).",
        "dealer",
        Sql::new()
            .code("SELECT ")
            .columns(["dealer_id", "master_phone", "from_sms"])
            .code(" FROM ")
            .table(schema, DEALERS)
            .code(" WHERE ")
            .column("dealer_id")
            .code(" = ")
            .int(dealer_id as i64)
            .code(" FOR UPDATE"),
    )
}

fn link_count(schema: &str, dealer_id: u64, gate_id: u64) -> Sql {
    Sql::new()
        .code("SELECT COUNT(*) AS `count` FROM ")
        .table(schema, LINKS)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer_id as i64)
        .code(" AND ")
        .column("gate_id")
        .code(" = ")
        .int(gate_id as i64)
}

/// enable / disable: one gate's `enabled` flag.
pub fn set_enabled(schema: &str, gate_id: u64, enabled: bool) -> Plan {
    let gate = gate_id as i64;
    let where_gate = || {
        Sql::new()
            .code(" WHERE ")
            .column("id")
            .code(" = ")
            .int(gate)
    };
    Plan::begin(format!(
        "{} gate {gate_id}",
        if enabled { "enable" } else { "disable" }
    ))
    .check(
        format!("Check: gate {gate_id} exists."),
        gate_exists(schema, gate_id),
        &format!("gate {gate_id} does not exist"),
    )
    .capture(
        "The gate's flag before the change.",
        "gate",
        Sql::new()
            .code("SELECT ")
            .columns(["id", "enabled"])
            .code(" FROM ")
            .table(schema, GATES)
            .code_from(where_gate())
            .code(" FOR UPDATE"),
    )
    .run(
        format!("Set enabled = {}.", i64::from(enabled)),
        Sql::new()
            .code("UPDATE ")
            .table(schema, GATES)
            .code(" SET ")
            .column("enabled")
            .code(" = ")
            .int(i64::from(enabled))
            .code_from(where_gate()),
    )
    .verify(
        "Read back the flag.",
        Sql::new()
            .code("SELECT ")
            .column("enabled")
            .code(" FROM ")
            .table(schema, GATES)
            .code_from(where_gate()),
        vec![Expect::new("enabled", &Value::Int(i64::from(enabled)))],
    )
    .commit()
}

/// remove: a gate and every link to it. All of the gate's columns are
/// captured first, so the journal can put it back exactly.
pub fn remove_gate(schema: &str, gate_id: u64, gate_columns: &[(&str, Option<Encoding>)]) -> Plan {
    let gate = gate_id as i64;
    let links_of_gate = || {
        Sql::new()
            .code(" FROM ")
            .table(schema, LINKS)
            .code(" WHERE ")
            .column("gate_id")
            .code(" = ")
            .int(gate)
    };
    Plan::begin(format!("remove gate {gate_id} and its links"))
        .check(
            format!("Check: gate {gate_id} exists."),
            gate_exists(schema, gate_id),
            &format!("gate {gate_id} does not exist"),
        )
        .capture(
            "The gate as it is (recorded in gatewayctl's journal so undo can restore it).",
            "gate",
            Sql::new()
                .code("SELECT ")
                .code_from(captured(gate_columns))
                .code(" FROM ")
                .table(schema, GATES)
                .code(" WHERE ")
                .column("id")
                .code(" = ")
                .int(gate)
                .code(" FOR UPDATE"),
        )
        .capture(
            "Its links, by dealer.",
            "links",
            Sql::new()
                .code("SELECT ")
                .column("dealer_id")
                .code(", COUNT(*) AS `count`")
                .code_from(links_of_gate())
                .code(" GROUP BY ")
                .column("dealer_id")
                .code(" ORDER BY ")
                .column("dealer_id"),
        )
        .run(
            "Remove the links.",
            Sql::new().code("DELETE").code_from(links_of_gate()),
        )
        .run(
            "Remove the gate.",
            Sql::new()
                .code("DELETE FROM ")
                .table(schema, GATES)
                .code(" WHERE ")
                .column("id")
                .code(" = ")
                .int(gate),
        )
        .verify(
            "Nothing of the gate is left.",
            Sql::new()
                .code("SELECT (SELECT COUNT(*) FROM ")
                .table(schema, GATES)
                .code(" WHERE ")
                .column("id")
                .code(" = ")
                .int(gate)
                .code(") + (SELECT COUNT(*)")
                .code_from(links_of_gate())
                .code(") AS `remaining`"),
            vec![Expect::new("remaining", &Value::Int(0))],
        )
        .commit()
}

/// `col` equal, byte for byte, to a text value (or NULL). Comparing the
/// hex of the utf8mb4 form sidesteps collations (case, trailing spaces)
/// and the column's character set.
pub(super) fn same_value(column: &str, value: &Option<String>, encoding: Option<Encoding>) -> Sql {
    match (value, encoding) {
        (None, _) => Sql::new().column(column).code(" IS NULL"),
        (Some(hex), Some(Encoding::Hex)) => {
            Sql::new().code("HEX(").column(column).code(") = ").text(
                &hex.chars()
                    .filter(char::is_ascii_hexdigit)
                    .collect::<String>()
                    .to_ascii_uppercase(),
            )
        }
        (Some(number), Some(Encoding::Number)) => Sql::new()
            .code("CAST(")
            .column(column)
            .code(" AS UNSIGNED) = ")
            .int(number.parse().unwrap_or(-1)),
        (Some(text), None) => {
            let hex: String = text.bytes().map(|b| format!("{b:02X}")).collect();
            Sql::new()
                .code("HEX(CONVERT(")
                .column(column)
                .code(" USING utf8mb4)) = ")
                .text(&hex)
        }
    }
}

/// ` WHERE k1 = v1 AND k2 = v2` for a recorded row's key.
pub(super) fn where_key(key: &std::collections::BTreeMap<String, u64>) -> Sql {
    let mut sql = Sql::new().code(" WHERE ");
    for (i, (column, value)) in key.iter().enumerate() {
        if i > 0 {
            sql = sql.code(" AND ");
        }
        sql = sql.column(column).code(" = ").int(*value as i64);
    }
    sql
}

/// The row exists with these values.
fn row_is(schema: &str, change: &RowChange, values: &RowValues) -> Sql {
    let mut sql = Sql::new()
        .code("EXISTS (SELECT 1 FROM ")
        .table(schema, &change.table)
        .code_from(where_key(&change.key));
    for (column, value) in values {
        let encoding = change.encoded.get(column).copied();
        sql = sql
            .code(" AND ")
            .code_from(same_value(column, value, encoding));
    }
    sql.code(")")
}

/// The select list that captures columns so they can be written back
/// exactly (see [`Encoding`]).
pub(super) fn captured(columns: &[(&str, Option<Encoding>)]) -> Sql {
    let mut sql = Sql::new();
    for (i, (column, encoding)) in columns.iter().enumerate() {
        if i > 0 {
            sql = sql.code(", ");
        }
        sql = match encoding {
            Some(Encoding::Hex) => sql.code("HEX(").column(column).code(") AS ").column(column),
            Some(Encoding::Number) => sql
                .code("CAST(")
                .column(column)
                .code(" AS UNSIGNED) AS ")
                .column(column),
            None => sql.column(column),
        };
    }
    sql
}

/// A captured value as something to write back.
fn written(value: Option<&str>, encoding: Option<Encoding>) -> Value {
    match (value, encoding) {
        (None, _) => Value::Null,
        (Some(hex), Some(Encoding::Hex)) => Value::Bytes(hex.to_string()),
        (Some(number), Some(Encoding::Number)) => number.parse().map_or(Value::Null, Value::Int),
        (Some(text), None) => Value::text(text),
    }
}

/// Moves rows from their `before` to their `after` state (used by undo with
/// the inverse of a recorded change), refusing when any row is no longer in
/// its `before` state: someone changed it since.
pub fn restore(schema: &str, title: impl Into<String>, changes: &[RowChange]) -> Plan {
    let mut plan = Plan::begin(title);
    for change in changes {
        let name = change.describe();
        if change.table == LINKS {
            let (from, to) = (
                RowChange::link_count(&change.before),
                RowChange::link_count(&change.after),
            );
            let count = || {
                Sql::new()
                    .code("(SELECT COUNT(*) FROM ")
                    .table(schema, LINKS)
                    .code_from(where_key(&change.key))
                    .code(")")
            };
            plan = plan.check(
                format!("Check: {name} is linked {from} time(s) as gatewayctl left it."),
                count().code(" = ").int(from as i64),
                &format!("{name} has changed since (expected {from} link row(s))"),
            );
            if to < from {
                plan = plan.run(
                    format!("Remove {} link row(s).", from - to),
                    Sql::new()
                        .code("DELETE FROM ")
                        .table(schema, LINKS)
                        .code_from(where_key(&change.key))
                        .code(&format!(" LIMIT {}", from - to)),
                );
            } else if to > from {
                let mut insert = Sql::new()
                    .code("INSERT INTO ")
                    .table(schema, LINKS)
                    .code(" (")
                    .columns(change.key.keys().map(String::as_str))
                    .code(") VALUES ");
                for i in 0..(to - from) {
                    if i > 0 {
                        insert = insert.code(", ");
                    }
                    insert = insert
                        .code("(")
                        .values(change.key.values().map(|v| Value::Int(*v as i64)))
                        .code(")");
                }
                plan = plan.run(format!("Put back {} link row(s).", to - from), insert);
            }
            plan = plan.verify(
                format!("Read back {name}."),
                Sql::new()
                    .code("SELECT ")
                    .code_from(count())
                    .code(" AS `count`"),
                vec![Expect::new("count", &Value::Int(to as i64))],
            );
            continue;
        }
        plan = match &change.before {
            Some(values) => plan.check(
                format!("Check: {name} is as gatewayctl left it."),
                row_is(schema, change, values),
                &format!("{name} has changed since gatewayctl wrote it"),
            ),
            None => plan.check(
                format!("Check: {name} does not exist."),
                Sql::new()
                    .code("NOT EXISTS (SELECT 1 FROM ")
                    .table(schema, &change.table)
                    .code_from(where_key(&change.key))
                    .code(")"),
                &format!("{name} exists again"),
            ),
        };
        match (&change.before, &change.after) {
            (Some(_), None) => {
                if change.table == GATES
                    && let Some(gate_id) = change.key.get("id")
                {
                    // Links made since (by link-dealer, or by hand) would be
                    // left pointing at nothing.
                    plan = plan.check(
                        format!("Check: nothing else links to {name}."),
                        Sql::new()
                            .code("NOT EXISTS (SELECT 1 FROM ")
                            .table(schema, LINKS)
                            .code(" WHERE ")
                            .column("gate_id")
                            .code(" = ")
                            .int(*gate_id as i64)
                            .code(")"),
                        &format!("{name} is linked to dealers since; undo those links first"),
                    );
                }
                plan = plan.run(
                    format!("Remove {name}."),
                    Sql::new()
                        .code("DELETE FROM ")
                        .table(schema, &change.table)
                        .code_from(where_key(&change.key))
                        .code(" LIMIT 1"),
                );
            }
            (_, Some(after)) => {
                let columns: Vec<&str> = after
                    .keys()
                    .map(String::as_str)
                    .filter(|c| !change.key.contains_key(*c))
                    .collect();
                let value = |c: &str| {
                    written(
                        after.get(c).cloned().flatten().as_deref(),
                        change.encoded.get(c).copied(),
                    )
                };
                let write = if change.before.is_some() {
                    let mut update = Sql::new()
                        .code("UPDATE ")
                        .table(schema, &change.table)
                        .code(" SET ");
                    for (i, column) in columns.iter().enumerate() {
                        if i > 0 {
                            update = update.code(", ");
                        }
                        update = update.column(column).code(" = ").value(value(column));
                    }
                    update.code_from(where_key(&change.key))
                } else {
                    Sql::new()
                        .code("INSERT INTO ")
                        .table(schema, &change.table)
                        .code(" (")
                        .columns(
                            change
                                .key
                                .keys()
                                .map(String::as_str)
                                .chain(columns.iter().copied()),
                        )
                        .code(") VALUES (")
                        .values(
                            change
                                .key
                                .values()
                                .map(|v| Value::Int(*v as i64))
                                .chain(columns.iter().map(|c| value(c))),
                        )
                        .code(")")
                };
                // Compared on the server, each as it was captured.
                let mut read_back = ReadBack::new();
                for column in &columns {
                    let condition = same_value(
                        column,
                        &after.get(*column).cloned().flatten(),
                        change.encoded.get(*column).copied(),
                    );
                    read_back = read_back.holds(
                        Sql::new().code("(").code_from(condition).code(")"),
                        &format!("{column}_as_sent"),
                        column,
                    );
                }
                let (items, expected) = read_back.finish();
                plan = plan.run(format!("Put back {name}."), write).verify(
                    format!("Read back {name}."),
                    Sql::new()
                        .code("SELECT ")
                        .code_from(items)
                        .code(" FROM ")
                        .table(schema, &change.table)
                        .code(" r")
                        .code_from(where_key(&change.key)),
                    expected,
                );
            }
            (None, None) => {}
        }
    }
    plan.commit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;
    use crate::navixy::model::GateType;
    use crate::secret::Secret;
    use crate::sql::Secrets;

    fn spec() -> GateSpec {
        GateSpec {
            credentials: Credentials::AuthToken {
                account_sid: "ACdc5f132a3c49700934481addd5ce1659".into(),
                auth_token: Secret::new("1095175a27d2044c06e1db8577b484f3"),
            },
            phone: "+15551234567".into(),
            dealer_id: 7,
            label: None,
            owner_id: None,
            gate_type: GateType::Transceiver,
            class_filter: "*".into(),
            status_callback: false,
            enabled: true,
            allow_duplicate: false,
        }
    }

    #[test]
    fn add_twilio_uses_last_insert_id_and_one_dealer() {
        let script = add_twilio("google", &spec()).render_script(Secrets::Reveal, &[]);
        assert!(script.contains("SET @gatewayctl_gate_id = LAST_INSERT_ID();"));
        assert!(script.contains(
            "INSERT INTO `google`.`sms_gates_to_dealers` (`dealer_id`, `gate_id`) VALUES (7, @gatewayctl_gate_id);"
        ));
        assert!(script.contains("WHERE `dealer_id` = 7;"));
        assert!(!script.contains("dealer_id` = 1"));
        let begin = script.find("START TRANSACTION;").unwrap();
        let commit = script.find("COMMIT;").unwrap();
        let insert = script.find("INSERT INTO `google`.`sms_gates` (").unwrap();
        assert!(begin < insert && insert < commit);
        assert!(!script.contains('"') || script.contains(r#"'{"account_sid""#));
    }

    #[test]
    fn label_and_owner_only_when_given() {
        let plain = add_twilio("google", &spec()).render_script(Secrets::Reveal, &[]);
        assert!(!plain.contains("`label`"));
        assert!(!plain.contains("`owner_id`"));
        let mut with = spec();
        with.label = Some("O'Brien".into());
        with.owner_id = Some(3);
        let script = add_twilio("google", &with).render_script(Secrets::Reveal, &[]);
        assert!(script.contains("(`owner_id`, `label`, `type`"));
        assert!(script.contains("VALUES (3, 'O''Brien', 'transceiver'"));
    }

    #[test]
    fn allow_duplicate_drops_the_duplicate_check() {
        let mut s = spec();
        let with_check = add_twilio("google", &s).render_script(Secrets::Reveal, &[]);
        assert!(with_check.contains("already exists"));
        s.allow_duplicate = true;
        let without = add_twilio("google", &s).render_script(Secrets::Reveal, &[]);
        assert!(!without.contains("already exists"));
    }

    #[test]
    fn masked_script_hides_the_token_and_refuses_to_run() {
        let script = add_twilio("google", &spec()).render_script(Secrets::Mask, &[]);
        assert!(!script.contains("1095175a27d2044c06e1db8577b484f3"));
        let stop = script.find("credentials are masked in this copy").unwrap();
        assert!(stop < script.find("START TRANSACTION").unwrap());
    }
}
