//! Read-only queries: what a change is about to touch, shown before it
//! runs, and the listings of `list` and `show`.

use super::db::{Db, TextRow};
use super::model::{Dealer, Gate, GateLinks, Link, OrphanLink};
use super::plans::gates_with_account;
use super::schema::{DEALERS, GATES, LINKS, Schema};
use crate::error::Result;
use crate::sql::Sql;

/// The dealer columns to select: the required ones plus title and login
/// where this install has them.
fn dealer_columns(schema: &Schema) -> Vec<&'static str> {
    let mut columns = vec!["dealer_id", "master_phone", "from_sms"];
    for optional in ["title", "login"] {
        if schema.has(DEALERS, optional) {
            columns.push(optional);
        }
    }
    columns
}

/// The sms_gates columns gatewayctl knows, in Navixy's order. Older
/// installs lack label and owner_id.
pub const GATE_COLUMNS: [&str; 8] = [
    "id",
    "owner_id",
    "label",
    "type",
    "provider",
    "params",
    "enabled",
    "class_filter",
];

fn gate_columns(schema: &Schema) -> Vec<&'static str> {
    GATE_COLUMNS
        .into_iter()
        .filter(|column| schema.has(GATES, column))
        .collect()
}

pub async fn gate(db: &mut Db, schema: &Schema, gate_id: u64) -> Result<Option<Gate>> {
    let sql = Sql::new()
        .code("SELECT ")
        .columns(gate_columns(schema))
        .code(" FROM ")
        .table(&schema.name, GATES)
        .code(" WHERE ")
        .column("id")
        .code(" = ")
        .int(gate_id as i64);
    Ok(db
        .fetch_optional(&sql)
        .await?
        .as_ref()
        .and_then(Gate::from_row))
}

/// The dealers linked to a gate (those that exist), by dealer id.
pub async fn dealers_of_gate(db: &mut Db, schema: &Schema, gate_id: u64) -> Result<Vec<Dealer>> {
    Ok(links_of_gate(db, schema, gate_id)
        .await?
        .into_iter()
        .filter_map(|link| link.dealer)
        .collect())
}

/// `alias.column` for each column, separated by `, `.
fn qualified(mut sql: Sql, alias: &str, columns: &[&str]) -> Sql {
    for (i, column) in columns.iter().enumerate() {
        if i > 0 {
            sql = sql.code(", ");
        }
        sql = sql.code(alias).code(".").column(column);
    }
    sql
}

/// The columns [`Link::from_row`] reads: the link's dealer id, named
/// `link_dealer_id` because it stays set when the dealer row is missing,
/// and the dealer's columns from `d`.
fn link_columns(sql: Sql, schema: &Schema) -> Sql {
    let sql = sql
        .code("l.")
        .column("dealer_id")
        .code(" AS ")
        .column("link_dealer_id")
        .code(", ");
    qualified(sql, "d", &dealer_columns(schema))
}

/// Joins the dealer each link `l` names as `d` (NULLs when it is missing).
fn join_dealers(sql: Sql, schema: &Schema) -> Sql {
    sql.code(" LEFT JOIN ")
        .table(&schema.name, DEALERS)
        .code(" d ON d.")
        .column("dealer_id")
        .code(" = l.")
        .column("dealer_id")
}

/// Every gate with its links and their dealers, in one ordered query,
/// handed to `each` one gate at a time (in id order) as soon as the gate's
/// last row has arrived: memory holds one gate's links, whatever the
/// number of gates.
pub async fn gates_with_links(
    db: &mut Db,
    schema: &Schema,
    mut each: impl FnMut(GateLinks),
) -> Result<()> {
    let sql = qualified(Sql::new().code("SELECT "), "g", &gate_columns(schema)).code(", ");
    let sql = link_columns(sql, schema)
        .code(" FROM ")
        .table(&schema.name, GATES)
        .code(" g LEFT JOIN ")
        .table(&schema.name, LINKS)
        .code(" l ON l.")
        .column("gate_id")
        .code(" = g.")
        .column("id");
    let sql = join_dealers(sql, schema)
        .code(" ORDER BY g.")
        .column("id")
        .code(", l.")
        .column("dealer_id");
    let mut current: Option<GateLinks> = None;
    db.fetch_each(&sql, |row| {
        let Some(id) = row.int("id") else { return };
        if current.as_ref().is_none_or(|open| open.gate.id != id) {
            let Some(gate) = Gate::from_row(&row) else {
                return;
            };
            let next = GateLinks {
                gate,
                links: Vec::new(),
            };
            if let Some(done) = current.replace(next) {
                each(done);
            }
        }
        if let (Some(open), Some(link)) = (current.as_mut(), Link::from_row(&row)) {
            Link::push(&mut open.links, link);
        }
    })
    .await?;
    if let Some(done) = current {
        each(done);
    }
    Ok(())
}

/// Links to gates `sms_gates` no longer has, in gate and dealer order,
/// handed to `each` one by one (identical rows counted, not repeated).
pub async fn orphan_links(
    db: &mut Db,
    schema: &Schema,
    mut each: impl FnMut(OrphanLink),
) -> Result<()> {
    let sql = Sql::new().code("SELECT l.").column("gate_id").code(", ");
    let sql = link_columns(sql, schema)
        .code(" FROM ")
        .table(&schema.name, LINKS)
        .code(" l LEFT JOIN ")
        .table(&schema.name, GATES)
        .code(" g ON g.")
        .column("id")
        .code(" = l.")
        .column("gate_id");
    let sql = join_dealers(sql, schema)
        .code(" WHERE g.")
        .column("id")
        .code(" IS NULL ORDER BY l.")
        .column("gate_id")
        .code(", l.")
        .column("dealer_id");
    let mut pending: Option<OrphanLink> = None;
    db.fetch_each(&sql, |row| {
        let (Some(gate_id), Some(link)) = (row.int("gate_id"), Link::from_row(&row)) else {
            return;
        };
        if let Some(open) = pending.as_mut()
            && open.gate_id == gate_id
            && open.link.dealer_id == link.dealer_id
        {
            open.link.rows += 1;
        } else if let Some(done) = pending.replace(OrphanLink { gate_id, link }) {
            each(done);
        }
    })
    .await?;
    if let Some(done) = pending {
        each(done);
    }
    Ok(())
}

/// The links rows naming this gate id, in dealer order, with their
/// dealers (whether or not the gate itself exists).
pub async fn links_of_gate(db: &mut Db, schema: &Schema, gate_id: u64) -> Result<Vec<Link>> {
    let sql = link_columns(Sql::new().code("SELECT "), schema)
        .code(" FROM ")
        .table(&schema.name, LINKS)
        .code(" l");
    let sql = join_dealers(sql, schema)
        .code(" WHERE l.")
        .column("gate_id")
        .code(" = ")
        .int(gate_id as i64)
        .code(" ORDER BY l.")
        .column("dealer_id");
    let mut links = Vec::new();
    db.fetch_each(&sql, |row| {
        if let Some(link) = Link::from_row(&row) {
            Link::push(&mut links, link);
        }
    })
    .await?;
    Ok(links)
}

/// Every column of one gate, as stored, in the table's order (`show`
/// displays columns gatewayctl does not know as well).
pub async fn gate_in_full(db: &mut Db, schema: &Schema, gate_id: u64) -> Result<Option<TextRow>> {
    let sql = Sql::new()
        .code("SELECT * FROM ")
        .table(&schema.name, GATES)
        .code(" WHERE ")
        .column("id")
        .code(" = ")
        .int(gate_id as i64);
    db.fetch_optional(&sql).await
}

/// Every Twilio gate, by id.
pub async fn twilio_gates(db: &mut Db, schema: &Schema) -> Result<Vec<Gate>> {
    let sql = Sql::new()
        .code("SELECT ")
        .columns(gate_columns(schema))
        .code(" FROM ")
        .table(&schema.name, GATES)
        .code(" WHERE ")
        .column("provider")
        .code(" = ")
        .text("twilio")
        .code(" ORDER BY ")
        .column("id");
    Ok(db
        .fetch(&sql)
        .await?
        .iter()
        .filter_map(Gate::from_row)
        .collect())
}

/// A recorded row as it is now: its values for the columns the change
/// recorded (links: their count), or None when it does not exist.
pub async fn row_state(
    db: &mut Db,
    schema: &Schema,
    change: &super::model::RowChange,
) -> Result<Option<super::model::RowValues>> {
    use super::model::{link_values, row_values};
    let condition = super::plans::where_key(&change.key);
    if change.table == LINKS {
        let sql = Sql::new()
            .code("SELECT COUNT(*) AS `count` FROM ")
            .table(&schema.name, LINKS)
            .code_from(condition);
        let count = db
            .fetch_optional(&sql)
            .await?
            .and_then(|r| r.int("count"))
            .unwrap_or(0);
        return Ok(link_values(count));
    }
    let mut columns: Vec<&str> = Vec::new();
    for values in [&change.before, &change.after].into_iter().flatten() {
        for column in values.keys() {
            if !columns.contains(&column.as_str()) {
                columns.push(column);
            }
        }
    }
    // The key columns come along so a row with no recorded values still
    // reads as present; the others are read as they were recorded.
    let listed: Vec<(&str, Option<super::model::Encoding>)> = change
        .key
        .keys()
        .map(|k| (k.as_str(), None))
        .chain(
            columns
                .iter()
                .map(|c| (*c, change.encoded.get(*c).copied())),
        )
        .collect();
    let sql = Sql::new()
        .code("SELECT ")
        .code_from(super::plans::captured(&listed))
        .code(" FROM ")
        .table(&schema.name, &change.table)
        .code_from(condition);
    Ok(db
        .fetch_optional(&sql)
        .await?
        .map(|row| row_values(&row, &columns)))
}

/// Every dealer, by id, for the operator to pick from.
pub async fn dealers(db: &mut Db, schema: &Schema) -> Result<Vec<Dealer>> {
    let sql = Sql::new()
        .code("SELECT ")
        .columns(dealer_columns(schema))
        .code(" FROM ")
        .table(&schema.name, DEALERS)
        .code(" ORDER BY ")
        .column("dealer_id");
    Ok(db
        .fetch(&sql)
        .await?
        .iter()
        .filter_map(Dealer::from_row)
        .collect())
}

/// What add-twilio and link-dealer read before they write, fetched in one
/// round trip: the schema, the dealer, the Twilio gates of the account,
/// the gates the dealer is linked to, and the gate being linked.
pub struct Surroundings {
    pub schema: Schema,
    pub dealer: Option<Dealer>,
    pub account_gates: Vec<u64>,
    pub linked_gates: Vec<u64>,
    pub gate: Option<Gate>,
}

fn row_by_id(schema: &str, table: &str, column: &str, id: u64) -> Sql {
    // `*`: the row's columns are read by name, so this works on old and
    // new installs alike without knowing the schema first.
    Sql::new()
        .code("SELECT * FROM ")
        .table(schema, table)
        .code(" WHERE ")
        .column(column)
        .code(" = ")
        .int(id as i64)
}

pub async fn surroundings(
    db: &mut Db,
    schema_name: &str,
    dealer_id: u64,
    account_sid: Option<&str>,
    gate_id: Option<u64>,
) -> Result<Surroundings> {
    let linked = Sql::new()
        .code("SELECT DISTINCT ")
        .column("gate_id")
        .code(" FROM ")
        .table(schema_name, LINKS)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer_id as i64)
        .code(" ORDER BY ")
        .column("gate_id");
    let mut queries = Schema::queries(schema_name).to_vec();
    queries.extend([
        row_by_id(schema_name, DEALERS, "dealer_id", dealer_id),
        linked,
    ]);
    if let Some(sid) = account_sid {
        queries.push(gates_with_account(schema_name, sid).code(" ORDER BY `id`"));
    }
    if let Some(id) = gate_id {
        queries.push(row_by_id(schema_name, GATES, "id", id));
    }
    let (mut results, error) = db.fetch_batch(&queries).await;
    // A schema that is not Navixy's explains a failing read better than
    // the read's own error does.
    let schema = match results.get(..2) {
        Some([columns, engines]) => Schema::from_rows(schema_name, columns, engines, &db.target)?,
        _ => {
            return Err(error.unwrap_or_else(|| {
                crate::error::Error::database("no answer to the schema queries")
            }));
        }
    };
    if let Some(error) = error {
        return Err(error);
    }
    let mut next = results.drain(2..);
    let dealer = next
        .next()
        .unwrap_or_default()
        .first()
        .and_then(Dealer::from_row);
    let ids =
        |rows: Vec<TextRow>, column: &str| rows.iter().filter_map(|r| r.int(column)).collect();
    let linked_gates = ids(next.next().unwrap_or_default(), "gate_id");
    let account_gates = match account_sid {
        Some(_) => ids(next.next().unwrap_or_default(), "id"),
        None => Vec::new(),
    };
    let gate = match gate_id {
        Some(_) => next
            .next()
            .unwrap_or_default()
            .first()
            .and_then(Gate::from_row),
        None => None,
    };
    Ok(Surroundings {
        schema,
        dealer,
        account_gates,
        linked_gates,
        gate,
    })
}
