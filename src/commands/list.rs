//! list: every gate with its dealers, its masked settings and the
//! inconsistencies found, read-only. Two queries, read as streams: gates
//! with their links and dealers in one ordered join, then the links to
//! gates that no longer exist. In JSON and off a terminal each gate is
//! written as soon as its rows are in, so memory does not grow with the
//! platform; only the table for a terminal is gathered first.

use super::db_target;
use super::gate_report::{GateView, Problem, orphan_problem};
use super::preview::shown;
use crate::cli::ListArgs;
use crate::error::Result;
use crate::navixy::schema::{DEALERS, GATES};
use crate::navixy::{OrphanLink, Schema, reads};
use crate::output::{JsonStream, Output, sanitize_cell};
use comfy_table::Cell;
use serde::Serialize;

pub async fn run(args: ListArgs, out: &Output) -> Result<()> {
    let target = db_target(&args.db, out)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.db.schema.schema).await?;
    let columns = Columns {
        label: schema.has(GATES, "label"),
        owner_id: schema.has(GATES, "owner_id"),
        title: schema.has(DEALERS, "title"),
        login: schema.has(DEALERS, "login"),
    };
    if !columns.label || !columns.owner_id {
        out.note(&format!(
            "{}.sms_gates lacks the label or owner_id column (an older Navixy install); those fields are left out or null",
            schema.name
        ));
    }
    let mut listing = Listing::start(out, &schema.name, columns);
    reads::gates_with_links(&mut db, &schema, |gate| listing.gate(GateView::new(gate))).await?;
    listing.start_orphans();
    reads::orphan_links(&mut db, &schema, |orphan| listing.orphan(&orphan)).await?;
    db.close().await;
    listing.finish(&schema.name);
    Ok(())
}

/// Which optional columns this install has (sms_gates, dealers).
#[derive(Clone, Copy, Debug)]
struct Columns {
    label: bool,
    owner_id: bool,
    title: bool,
    login: bool,
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    gates: u64,
    links: u64,
    problems: u64,
}

/// Where the listing goes, decided once: streamed JSON, plain lines
/// written as they come, or a table gathered for a terminal.
enum Sink {
    Json(JsonStream),
    Lines,
    Table {
        rows: Vec<Vec<Cell>>,
        problems: Vec<String>,
    },
}

struct Listing<'a> {
    out: &'a Output,
    sink: Sink,
    columns: Columns,
    summary: Summary,
}

impl<'a> Listing<'a> {
    fn start(out: &'a Output, schema: &str, columns: Columns) -> Self {
        let sink = if out.json_wanted() {
            let mut json = out.json_stream();
            json.field("schema", &schema);
            json.open_array("gates");
            Sink::Json(json)
        } else if out.stdout_is_tty() {
            Sink::Table {
                rows: Vec::new(),
                problems: Vec::new(),
            }
        } else {
            Sink::Lines
        };
        Self {
            out,
            sink,
            columns,
            summary: Summary::default(),
        }
    }

    fn gate(&mut self, view: GateView) {
        self.summary.gates += 1;
        self.summary.links += view.link_rows();
        self.summary.problems += view.problems.len() as u64;
        match &mut self.sink {
            Sink::Json(json) => json.item(&view),
            Sink::Lines => self.out.print(&gate_lines(&view, self.columns)),
            Sink::Table { rows, problems } => {
                rows.push(table_row(&view, self.columns));
                problems.extend(view.problems.iter().map(|p| sanitize_cell(&p.message)));
            }
        }
    }

    fn start_orphans(&mut self) {
        if let Sink::Json(json) = &mut self.sink {
            json.close_array();
            json.open_array("orphan_links");
        }
    }

    fn orphan(&mut self, orphan: &OrphanLink) {
        self.summary.links += orphan.link.rows;
        self.summary.problems += 1;
        let problem = orphan_problem(orphan);
        match &mut self.sink {
            Sink::Json(json) => json.item(&problem),
            Sink::Lines => self.out.print(&problem_line(&problem)),
            Sink::Table { problems, .. } => problems.push(sanitize_cell(&problem.message)),
        }
    }

    fn finish(self, schema: &str) {
        let Summary {
            gates,
            links,
            problems,
        } = self.summary;
        match self.sink {
            Sink::Json(mut json) => {
                json.close_array();
                json.field("summary", &self.summary);
                json.finish();
            }
            Sink::Lines => {}
            Sink::Table {
                rows,
                problems: found,
            } => {
                if rows.is_empty() {
                    self.out
                        .print(&format!("No SMS gate in {schema}.sms_gates."));
                } else {
                    self.out.print(&self.out.table(&header(self.columns), rows));
                }
                if !found.is_empty() {
                    let mut text = String::from("Inconsistencies:\n");
                    for message in found {
                        text.push_str(&format!("  - {message}\n"));
                    }
                    self.out.print(&text);
                }
            }
        }
        self.out.status(&format!(
            "{gates} {}, {links} {}, {problems} {} in {schema}",
            plural(gates, "gate", "gates"),
            plural(links, "link", "links"),
            plural(problems, "inconsistency", "inconsistencies"),
        ));
    }
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// Few, short columns, so the table still reads on a narrow terminal: the
/// label goes under the gate id, the type under the provider, the class
/// filter is "class", and the settings take one line per key.
fn header(columns: Columns) -> Vec<&'static str> {
    let mut header = vec!["gate", "provider", "class", "enabled"];
    if columns.owner_id {
        header.push("owner");
    }
    header.extend(["dealers", "params"]);
    header
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

fn table_row(view: &GateView, columns: Columns) -> Vec<Cell> {
    let mut gate = view.id.to_string();
    if columns.label {
        gate.push('\n');
        gate.push_str(&shown(view.label.as_deref()));
    }
    let mut row = vec![
        Cell::new(gate),
        Cell::new(format!(
            "{}\n{}",
            sanitize_cell(&view.provider),
            sanitize_cell(&view.gate_type)
        )),
        Cell::new(sanitize_cell(&view.class_filter)),
        Cell::new(yes_no(view.enabled)),
    ];
    if columns.owner_id {
        row.push(Cell::new(
            view.owner_id
                .map_or_else(|| "NULL".into(), |id| id.to_string()),
        ));
    }
    let dealers: Vec<String> = view.dealers.iter().map(|d| d.cell()).collect();
    row.push(Cell::new(if dealers.is_empty() {
        "none".to_string()
    } else {
        dealers.join("\n")
    }));
    row.push(Cell::new(view.params_text(true)));
    row
}

/// One line per record, tab-separated `key=value` fields after the
/// record's kind (gate, link, problem), each with its gate id: easy to
/// grep, cut or awk, and readable as it is. Values are escaped (see
/// [`escape_field`]), so no value can break a line or a field.
fn line(kind: &str, fields: &[(&str, String)]) -> String {
    let mut line = kind.to_string();
    for (key, value) in fields {
        line.push('\t');
        line.push_str(key);
        line.push('=');
        line.push_str(&escape_field(value));
    }
    line.push('\n');
    line
}

/// `\` as `\\`, tab, newline and carriage return as `\t`, `\n`, `\r`, and
/// any other control, line or paragraph separator, or direction override
/// as `\u{XXXX}`: a field reads back unambiguously and cannot forge a line.
fn escape_field(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}') =>
            {
                out.push_str(&format!("\\u{{{:04X}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// A value for a line: NULL and empty told apart, otherwise as stored.
fn raw(value: Option<&str>) -> String {
    match value {
        None => "NULL".to_string(),
        Some("") => "(empty)".to_string(),
        Some(v) => v.to_string(),
    }
}

/// The gate's line, a line per link and a line per problem.
fn gate_lines(view: &GateView, columns: Columns) -> String {
    let mut fields = vec![
        ("id", view.id.to_string()),
        ("provider", view.provider.clone()),
        ("type", view.gate_type.clone()),
        ("enabled", yes_no(view.enabled).to_string()),
        ("class_filter", view.class_filter.clone()),
    ];
    if columns.label {
        fields.push(("label", raw(view.label.as_deref())));
    }
    if columns.owner_id {
        fields.push((
            "owner_id",
            view.owner_id
                .map_or_else(|| "NULL".into(), |id| id.to_string()),
        ));
    }
    fields.push(("params", view.params_json()));
    let mut text = line("gate", &fields);
    for dealer in &view.dealers {
        let mut fields = vec![
            ("gate_id", view.id.to_string()),
            ("dealer_id", dealer.dealer_id.to_string()),
        ];
        if dealer.exists {
            if columns.title {
                fields.push(("title", raw(dealer.title.as_deref())));
            }
            if columns.login {
                fields.push(("login", raw(dealer.login.as_deref())));
            }
            fields.push(("master_phone", raw(dealer.master_phone.as_deref())));
            fields.push(("from_sms", raw(dealer.from_sms.as_deref())));
        } else {
            fields.push(("dealer", "missing".into()));
        }
        if dealer.link_rows > 1 {
            fields.push(("rows", dealer.link_rows.to_string()));
        }
        text.push_str(&line("link", &fields));
    }
    for problem in &view.problems {
        text.push_str(&problem_line(problem));
    }
    text
}

fn problem_line(problem: &Problem) -> String {
    let mut fields = vec![("gate_id", problem.gate_id.to_string())];
    if let Some(dealer_id) = problem.dealer_id {
        fields.push(("dealer_id", dealer_id.to_string()));
    }
    fields.push(("kind", problem.kind.as_str().to_string()));
    fields.push(("message", problem.message.clone()));
    line("problem", &fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_cannot_forge_lines_or_fields() {
        assert_eq!(escape_field("a\tb\\tc"), "a\\tb\\\\tc");
        assert_eq!(
            escape_field("x\u{2028}link\u{202E}"),
            "x\\u{2028}link\\u{202E}"
        );
        assert_eq!(escape_field("line\nnext"), "line\\nnext");
    }
    use crate::navixy::{Dealer, Gate, GateLinks, Link};
    use crate::output::{ColorWhen, Format};

    fn view() -> GateView {
        GateView::new(GateLinks {
            gate: Gate {
                id: 2,
                provider: "twilio".into(),
                gate_type: "transceiver".into(),
                enabled: true,
                class_filter: "*".into(),
                label: Some("US\x1b[2J\tmain".into()),
                owner_id: None,
                params: r#"{"account_sid":"AC1","auth_token":"1095175a27d2044c06e1db8577b484f3"}"#
                    .into(),
            },
            links: vec![Link {
                dealer_id: 8,
                dealer: Some(Dealer {
                    id: 8,
                    title: Some("Börse Fleet".into()),
                    login: Some("boerse".into()),
                    master_phone: Some(String::new()),
                    from_sms: Some(String::new()),
                }),
                rows: 1,
            }],
        })
    }

    const ALL: Columns = Columns {
        label: true,
        owner_id: true,
        title: true,
        login: true,
    };

    #[test]
    fn terminal_table_shows_each_gate_on_a_row_with_its_dealers() {
        let out = Output::new(ColorWhen::Never, Format::Text, false);
        let table = out.table(&header(ALL), vec![table_row(&view(), ALL)]);
        for column in header(ALL) {
            assert!(table.contains(column), "{column}: {table}");
        }
        assert!(
            table.contains("8 (Börse Fleet, boerse) from (empty)"),
            "{table}"
        );
        assert!(table.contains(r#""auth_token": "10...f3""#), "{table}");
        assert!(table.contains("US\\u{1b}[2J\\tmain"), "{table}");
        assert!(!table.contains('\x1b'), "{table}");
        assert!(table.contains("NULL"), "owner NULL: {table}");
    }

    #[test]
    fn plain_lines_are_tab_separated_and_escaped() {
        let text = gate_lines(&view(), ALL);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "gate\tid=2\tprovider=twilio\ttype=transceiver\tenabled=yes\tclass_filter=*\tlabel=US\\u{001B}[2J\\tmain\towner_id=NULL\tparams={\"account_sid\":\"AC1\",\"auth_token\":\"10...f3\"}"
        );
        assert_eq!(
            lines[1],
            "link\tgate_id=2\tdealer_id=8\ttitle=Börse Fleet\tlogin=boerse\tmaster_phone=(empty)\tfrom_sms=(empty)"
        );
        assert!(
            lines[2].starts_with("problem\tgate_id=2\tdealer_id=8\tkind=empty_sender\tmessage=dealer 8 (Börse Fleet, boerse) is linked to gate 2"),
            "{}",
            lines[2]
        );
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn legacy_installs_leave_out_label_and_owner() {
        let legacy = Columns {
            label: false,
            owner_id: false,
            ..ALL
        };
        assert_eq!(
            header(legacy),
            ["gate", "provider", "class", "enabled", "dealers", "params"]
        );
        let text = gate_lines(&view(), legacy);
        assert!(!text.contains("label="), "{text}");
        assert!(!text.contains("owner_id="), "{text}");
    }
}
