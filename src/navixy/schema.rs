//! What the target database really looks like: which Navixy columns exist,
//! and what each text column can hold. Values are checked against this
//! before anything is written.

use super::db::{Db, TextRow};
use super::model::Encoding;
use crate::error::{Error, Result};
use crate::sql::Sql;

pub const GATES: &str = "sms_gates";
pub const LINKS: &str = "sms_gates_to_dealers";
pub const DEALERS: &str = "dealers";

/// Storage engines with transactions (rollback).
const TRANSACTIONAL_ENGINES: [&str; 4] = ["InnoDB", "XtraDB", "RocksDB", "ndbcluster"];

/// Columns gatewayctl cannot work without.
const REQUIRED: [(&str, &[&str]); 3] = [
    (
        GATES,
        &[
            "id",
            "type",
            "provider",
            "params",
            "enabled",
            "class_filter",
        ],
    ),
    (LINKS, &["dealer_id", "gate_id"]),
    (DEALERS, &["dealer_id", "master_phone", "from_sms"]),
];

#[derive(Clone, Debug, PartialEq)]
pub struct ColumnInfo {
    pub table: String,
    pub name: String,
    pub data_type: String,
    /// Characters for CHAR/VARCHAR; for TEXT types this is bytes.
    pub max_chars: Option<u64>,
    pub max_bytes: Option<u64>,
    pub charset: Option<String>,
    /// The full type, e.g. `int(11) unsigned` or `tinyint(4)`.
    pub column_type: String,
    /// Computed by the server (VIRTUAL/STORED): never written.
    pub generated: bool,
    /// The table's storage engine.
    pub engine: Option<String>,
}

impl ColumnInfo {
    fn text(table: &str, name: &str, data_type: &str, max_chars: u64, max_bytes: u64) -> Self {
        Self {
            table: table.into(),
            name: name.into(),
            data_type: data_type.into(),
            max_chars: Some(max_chars),
            max_bytes: Some(max_bytes),
            charset: Some("utf8mb3".into()),
            column_type: format!("{data_type}({max_chars})"),
            generated: false,
            engine: Some("InnoDB".into()),
        }
    }

    fn int(table: &str, name: &str) -> Self {
        Self {
            table: table.into(),
            name: name.into(),
            data_type: "int".into(),
            max_chars: None,
            max_bytes: None,
            charset: None,
            column_type: "int(11)".into(),
            generated: false,
            engine: Some("InnoDB".into()),
        }
    }

    /// How to capture this column so it can be written back exactly: None
    /// for plain text (numbers, dates), `Some` otherwise.
    pub fn encoding(&self) -> Option<Encoding> {
        match self.data_type.as_str() {
            "char" | "varchar" | "tinytext" | "text" | "mediumtext" | "longtext" | "binary"
            | "varbinary" | "tinyblob" | "blob" | "mediumblob" | "longblob" | "enum" | "set"
            | "json" => Some(Encoding::Hex),
            "bit" => Some(Encoding::Number),
            _ => None,
        }
    }

    fn is_text_blob(&self) -> bool {
        self.data_type.ends_with("text")
    }

    /// Refuses a value the column would truncate or mangle.
    /// `secret`: the value holds a credential, so the message names no
    /// character of it.
    pub fn check(&self, value: &str, what: &str, secret: bool) -> std::result::Result<(), String> {
        let where_ = format!("{}.{}", self.table, self.name);
        let chars = value.chars().count() as u64;
        let bytes = encoded_len(value, self.charset.as_deref()) as u64;
        if self.is_text_blob() {
            if let Some(max) = self.max_bytes
                && bytes > max
            {
                return Err(format!(
                    "{what} is {bytes} bytes long but {where_} holds at most {max}"
                ));
            }
        } else if let Some(max) = self.max_chars
            && chars > max
        {
            return Err(format!(
                "{what} is {chars} characters long but {where_} holds at most {max}"
            ));
        }
        if let Some(bad) = unstorable(value, self.charset.as_deref()) {
            let character = if secret {
                "a character".to_string()
            } else {
                format!("'{bad}' (U+{:04X})", bad as u32)
            };
            return Err(format!(
                "{what} contains {character}, which {where_} cannot store: its character set is {}",
                self.charset.as_deref().unwrap_or("unknown")
            ));
        }
        Ok(())
    }
}

/// The first character the charset cannot represent, if any. Charsets not
/// listed are left to the server, which in strict mode refuses them.
fn unstorable(value: &str, charset: Option<&str>) -> Option<char> {
    let storable: fn(char) -> bool = match charset? {
        "utf8" | "utf8mb3" | "ucs2" => |c| (c as u32) <= 0xFFFF,
        "latin1" => latin1_storable,
        "ascii" => |c| c.is_ascii(),
        _ => return None,
    };
    value.chars().find(|c| !storable(*c))
}

/// MySQL's latin1 is Windows-1252: Latin-1 plus € and friends in the bytes
/// 0x80-0x9F (of which five are unassigned and stand for themselves).
fn latin1_storable(c: char) -> bool {
    const CP1252: &str = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
    let code = c as u32;
    code <= 0x7F
        || (0xA0..=0xFF).contains(&code)
        || [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(&code)
        || CP1252.contains(c)
}

fn encoded_len(value: &str, charset: Option<&str>) -> usize {
    match charset {
        Some("latin1" | "ascii") => value.chars().count(),
        Some("ucs2") => value.chars().count() * 2,
        _ => value.len(),
    }
}

/// The Navixy tables of one schema, as found (or as documented, when there
/// is no database to ask).
#[derive(Clone, Debug)]
pub struct Schema {
    pub name: String,
    columns: Vec<ColumnInfo>,
}

impl Schema {
    /// Reads the columns of the three tables and their engines, sent
    /// together in one round trip.
    pub async fn inspect(db: &mut Db, name: &str) -> Result<Self> {
        let (results, error) = db.fetch_batch(&Self::queries(name)).await;
        if let Some(error) = error {
            return Err(error);
        }
        match results.as_slice() {
            [columns, engines] => Self::from_rows(name, columns, engines, &db.target),
            _ => Err(Error::database("no answer to the schema queries")),
        }
    }

    /// The two reads behind [`Schema::inspect`] (columns, then engines), for
    /// callers that batch them with other reads. Two plain reads rather than
    /// one join: joining information_schema views costs milliseconds.
    pub fn queries(name: &str) -> [Sql; 2] {
        let of_navixy_tables = |sql: Sql| {
            sql.code(" AND TABLE_NAME IN (")
                .text(GATES)
                .code(", ")
                .text(LINKS)
                .code(", ")
                .text(DEALERS)
                .code(")")
        };
        let columns = Sql::new()
            .code(
                "SELECT CONVERT(TABLE_NAME USING utf8mb4) AS table_name, \
                 CONVERT(COLUMN_NAME USING utf8mb4) AS column_name, \
                 CONVERT(DATA_TYPE USING utf8mb4) AS data_type, \
                 CONVERT(COLUMN_TYPE USING utf8mb4) AS column_type, \
                 CHARACTER_MAXIMUM_LENGTH AS max_chars, \
                 CHARACTER_OCTET_LENGTH AS max_bytes, \
                 CONVERT(CHARACTER_SET_NAME USING utf8mb4) AS charset, \
                 CONVERT(EXTRA USING utf8mb4) AS extra \
                 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ",
            )
            .text(name);
        let engines = Sql::new()
            .code(
                "SELECT CONVERT(TABLE_NAME USING utf8mb4) AS table_name, \
                 CONVERT(ENGINE USING utf8mb4) AS engine \
                 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ",
            )
            .text(name);
        [
            of_navixy_tables(columns).code(" ORDER BY TABLE_NAME, ORDINAL_POSITION"),
            of_navixy_tables(engines),
        ]
    }

    /// The schema from the two row sets of [`Schema::queries`], refused
    /// when it is not a Navixy database.
    pub fn from_rows(
        name: &str,
        column_rows: &[TextRow],
        engine_rows: &[TextRow],
        target: &str,
    ) -> Result<Self> {
        let engine_of = |table: &str| {
            engine_rows
                .iter()
                .find(|row| row.get("table_name") == Some(table))
                .and_then(|row| row.get("engine"))
                .map(str::to_string)
        };
        let columns = column_rows
            .iter()
            .map(|row| {
                let table = row.get("table_name").unwrap_or_default().to_string();
                ColumnInfo {
                    engine: engine_of(&table),
                    table,
                    name: row
                        .get("column_name")
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    data_type: row
                        .get("data_type")
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    max_chars: row.int("max_chars"),
                    max_bytes: row.int("max_bytes"),
                    charset: row.get("charset").map(str::to_ascii_lowercase),
                    column_type: row
                        .get("column_type")
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    generated: row.get("extra").is_some_and(|extra| {
                        let extra = extra.to_ascii_uppercase();
                        ["GENERATED", "VIRTUAL", "STORED", "PERSISTENT"]
                            .iter()
                            .any(|word| extra.contains(word))
                    }),
                }
            })
            .collect();
        let schema = Self {
            name: name.to_string(),
            columns,
        };
        schema.require_navixy(target)?;
        Ok(schema)
    }

    /// The tables as Navixy documents them (utf8, varchar(255) labels,
    /// varchar(32) type and provider, text params). Used when no database
    /// is consulted, as by print-sql.
    pub fn documented(name: &str) -> Self {
        let columns = vec![
            ColumnInfo::int(GATES, "id"),
            ColumnInfo::int(GATES, "owner_id"),
            ColumnInfo::text(GATES, "label", "varchar", 255, 765),
            ColumnInfo::text(GATES, "type", "varchar", 32, 96),
            ColumnInfo::text(GATES, "provider", "varchar", 32, 96),
            ColumnInfo::text(GATES, "params", "text", 65535, 65535),
            ColumnInfo::int(GATES, "enabled"),
            ColumnInfo::text(GATES, "class_filter", "varchar", 255, 765),
        ];
        Self {
            name: name.to_string(),
            columns,
        }
    }

    fn require_navixy(&self, target: &str) -> Result<()> {
        let mut missing = Vec::new();
        for (table, columns) in REQUIRED {
            if !self.columns.iter().any(|c| c.table == table) {
                missing.push(format!("table {table}"));
                continue;
            }
            for column in columns {
                if !self.has(table, column) {
                    missing.push(format!("column {table}.{column}"));
                }
            }
        }
        if !missing.is_empty() {
            return Err(Error::database(format!(
                "schema '{}' on {target} is not a Navixy database as gatewayctl knows it: missing {}",
                self.name,
                missing.join(", ")
            ))
            .hint("pass --schema with the Navixy database name (normally google)"));
        }
        // Without transactions a failure half-way would leave half a change
        // behind, whatever gatewayctl does.
        for (table, _) in REQUIRED {
            let engine = self
                .columns
                .iter()
                .find(|c| c.table == table)
                .and_then(|c| c.engine.clone())
                .unwrap_or_default();
            if !TRANSACTIONAL_ENGINES
                .iter()
                .any(|e| e.eq_ignore_ascii_case(&engine))
            {
                return Err(Error::database(format!(
                    "{}.{table} uses the {engine} storage engine, which has no transactions: a change that failed half-way could not be rolled back",
                    self.name
                ))
                .hint(format!(
                    "convert it first (ALTER TABLE {}.{table} ENGINE=InnoDB), as Navixy's own schema uses InnoDB",
                    self.name
                )));
            }
        }
        Ok(())
    }

    /// The columns of a table that can be written (not computed by the
    /// server), each with how to capture it exactly.
    pub fn writable_columns(&self, table: &str) -> Vec<(&str, Option<Encoding>)> {
        self.columns
            .iter()
            .filter(|c| c.table == table && !c.generated)
            .map(|c| (c.name.as_str(), c.encoding()))
            .collect()
    }

    /// Every column of a table, in table order.
    pub fn columns_of(&self, table: &str) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|c| c.table == table)
            .map(|c| c.name.as_str())
            .collect()
    }

    pub fn has(&self, table: &str, column: &str) -> bool {
        self.column(table, column).is_some()
    }

    pub fn column(&self, table: &str, column: &str) -> Option<&ColumnInfo> {
        self.columns
            .iter()
            .find(|c| c.table == table && c.name == column)
    }

    /// Checks a value against its column when the column's limits are known.
    pub fn check(
        &self,
        table: &str,
        column: &str,
        value: &str,
        what: &str,
        secret: bool,
    ) -> Result<()> {
        match self.column(table, column) {
            Some(info) => info
                .check(value, what, secret)
                .map_err(|message| Error::usage(message).hint("nothing was written")),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varchar_counts_characters() {
        let col = ColumnInfo::text(GATES, "label", "varchar", 5, 15);
        assert!(col.check("ééééé", "the label", false).is_ok());
        let err = col.check("éééééé", "the label", false).unwrap_err();
        assert!(err.contains("6 characters long"), "{err}");
        assert!(err.contains("at most 5"), "{err}");
    }

    #[test]
    fn utf8mb3_refuses_four_byte_characters() {
        let col = ColumnInfo::text(GATES, "label", "varchar", 255, 765);
        let err = col.check("truck 🚚", "the label", false).unwrap_err();
        assert!(err.contains("U+1F69A"), "{err}");
        assert!(err.contains("utf8mb3"), "{err}");
    }

    #[test]
    fn latin1_is_windows_1252_and_secrets_are_not_quoted() {
        let mut col = ColumnInfo::text(GATES, "label", "varchar", 255, 255);
        col.charset = Some("latin1".into());
        assert!(col.check("Preis 5 € – Zürich", "the label", false).is_ok());
        assert!(
            col.check("Ёлка", "the label", false)
                .unwrap_err()
                .contains("'Ё'")
        );
        let err = col.check("pässwörd→", "params", true).unwrap_err();
        assert!(!err.contains('→') && err.contains("a character"), "{err}");
    }

    #[test]
    fn text_counts_bytes() {
        let col = ColumnInfo::text(GATES, "params", "text", 10, 10);
        assert!(col.check("éééé", "params", true).is_ok());
        assert!(col.check("ééééé é", "params", true).is_err());
    }
}
