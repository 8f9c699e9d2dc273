//! Read-only queries: what a change is about to touch, shown before it runs.

use super::db::Db;
use super::model::{Dealer, Gate};
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

fn gate_columns(schema: &Schema) -> Vec<&'static str> {
    let mut columns = vec![
        "id",
        "provider",
        "type",
        "enabled",
        "class_filter",
        "params",
    ];
    for optional in ["label", "owner_id"] {
        if schema.has(GATES, optional) {
            columns.push(optional);
        }
    }
    columns
}

pub async fn dealer(db: &mut Db, schema: &Schema, dealer_id: u64) -> Result<Option<Dealer>> {
    let sql = Sql::new()
        .code("SELECT ")
        .columns(dealer_columns(schema))
        .code(" FROM ")
        .table(&schema.name, DEALERS)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer_id as i64);
    Ok(db
        .fetch_optional(&sql)
        .await?
        .as_ref()
        .and_then(Dealer::from_row))
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

/// Ids of the Twilio gates already set up for this account.
pub async fn twilio_gates_for_account(
    db: &mut Db,
    schema: &Schema,
    account_sid: &str,
) -> Result<Vec<u64>> {
    let rows = db
        .fetch(&gates_with_account(&schema.name, account_sid).code(" ORDER BY `id`"))
        .await?;
    Ok(rows.iter().filter_map(|r| r.int("id")).collect())
}

/// Gate ids the dealer is linked to now (links to missing gates included).
pub async fn gates_linked_to_dealer(
    db: &mut Db,
    schema: &Schema,
    dealer_id: u64,
) -> Result<Vec<u64>> {
    let sql = Sql::new()
        .code("SELECT DISTINCT ")
        .column("gate_id")
        .code(" FROM ")
        .table(&schema.name, LINKS)
        .code(" WHERE ")
        .column("dealer_id")
        .code(" = ")
        .int(dealer_id as i64)
        .code(" ORDER BY ")
        .column("gate_id");
    let rows = db.fetch(&sql).await?;
    Ok(rows.iter().filter_map(|r| r.int("gate_id")).collect())
}

/// The dealers linked to a gate, by dealer id.
pub async fn dealers_of_gate(db: &mut Db, schema: &Schema, gate_id: u64) -> Result<Vec<Dealer>> {
    let mut sql = Sql::new().code("SELECT DISTINCT ");
    for (i, column) in dealer_columns(schema).into_iter().enumerate() {
        if i > 0 {
            sql = sql.code(", ");
        }
        sql = sql.code("d.").column(column);
    }
    let sql = sql
        .code(" FROM ")
        .table(&schema.name, LINKS)
        .code(" l JOIN ")
        .table(&schema.name, DEALERS)
        .code(" d ON d.")
        .column("dealer_id")
        .code(" = l.")
        .column("dealer_id")
        .code(" WHERE l.")
        .column("gate_id")
        .code(" = ")
        .int(gate_id as i64)
        .code(" ORDER BY d.")
        .column("dealer_id");
    Ok(db
        .fetch(&sql)
        .await?
        .iter()
        .filter_map(Dealer::from_row)
        .collect())
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
    let mut condition = Sql::new().code(" WHERE ");
    for (i, (column, value)) in change.key.iter().enumerate() {
        if i > 0 {
            condition = condition.code(" AND ");
        }
        condition = condition.column(column).code(" = ").int(*value as i64);
    }
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
    // reads as present.
    let sql = Sql::new()
        .code("SELECT ")
        .columns(
            change
                .key
                .keys()
                .map(String::as_str)
                .chain(columns.iter().copied()),
        )
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
