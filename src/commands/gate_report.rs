//! What list and show say about a gate: its row with the settings masked,
//! its linked dealers, and each inconsistency found, as a sentence. The
//! JSON field names here are the documented, stable ones.

use super::preview::shown;
use crate::navixy::{Dealer, GateLinks, Link, OrphanLink};
use crate::output::{sanitize, sanitize_cell};
use crate::secret::mask_json;
use serde::{Serialize, Serializer};
use serde_json::Value;

/// What is inconsistent; its JSON name is stable, its sentence is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// params is not a JSON object: the sms-server cannot read it.
    UnreadableParams,
    /// The same dealer is linked to the same gate by several rows.
    DuplicateLink,
    /// A link names a dealer that does not exist.
    MissingDealer,
    /// A dealer is linked to a disabled gate.
    DisabledGate,
    /// A linked dealer's sender (from_sms) is empty or NULL.
    EmptySender,
    /// A link names a gate that does not exist.
    MissingGate,
}

impl ProblemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::UnreadableParams => "unreadable_params",
            ProblemKind::DuplicateLink => "duplicate_link",
            ProblemKind::MissingDealer => "missing_dealer",
            ProblemKind::DisabledGate => "disabled_gate",
            ProblemKind::EmptySender => "empty_sender",
            ProblemKind::MissingGate => "missing_gate",
        }
    }
}

impl Serialize for ProblemKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    pub kind: ProblemKind,
    pub gate_id: u64,
    pub dealer_id: Option<u64>,
    pub message: String,
}

/// A linked dealer; the dealer's fields are null when it does not exist
/// or when the install lacks the column (title, login).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DealerView {
    pub dealer_id: u64,
    pub exists: bool,
    pub title: Option<String>,
    pub login: Option<String>,
    pub master_phone: Option<String>,
    pub from_sms: Option<String>,
    /// Rows of sms_gates_to_dealers behind this link.
    #[serde(skip)]
    pub link_rows: u64,
    /// "7 (Acme Tracking, acme)", or "12" when the dealer does not exist.
    #[serde(skip)]
    pub who: String,
}

impl DealerView {
    fn new(link: &Link) -> Self {
        let dealer = link.dealer.as_ref();
        Self {
            dealer_id: link.dealer_id,
            exists: dealer.is_some(),
            title: dealer.and_then(|d| d.title.clone()),
            login: dealer.and_then(|d| d.login.clone()),
            master_phone: dealer.and_then(|d| d.master_phone.clone()),
            from_sms: dealer.and_then(|d| d.from_sms.clone()),
            link_rows: link.rows,
            who: dealer.map_or_else(|| link.dealer_id.to_string(), Dealer::describe),
        }
    }

    /// "7 (Acme Tracking, acme) from +15550001111", for a table cell.
    pub fn cell(&self) -> String {
        let who = sanitize_cell(&self.who);
        if !self.exists {
            return format!("{who}: no such dealer");
        }
        let rows = match self.link_rows {
            1 => String::new(),
            n => format!(" ({n} link rows)"),
        };
        format!("{who} from {}{rows}", shown(self.from_sms.as_deref()))
    }
}

/// A gate as list and show report it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GateView {
    pub id: u64,
    pub provider: String,
    #[serde(rename = "type")]
    pub gate_type: String,
    pub enabled: bool,
    pub class_filter: String,
    pub label: Option<String>,
    pub owner_id: Option<u64>,
    /// The settings with secret-looking values masked; null when unreadable.
    pub params: Option<Value>,
    /// Why params could not be shown ("not JSON, 17 characters").
    pub params_error: Option<String>,
    pub dealers: Vec<DealerView>,
    pub problems: Vec<Problem>,
}

impl GateView {
    pub fn new(found: GateLinks) -> Self {
        let GateLinks { gate, links } = found;
        let (params, params_error) = match serde_json::from_str::<Value>(&gate.params) {
            Ok(value) => (Some(mask_json(&value)), None),
            Err(_) => (
                None,
                Some(format!(
                    "not JSON, {} characters",
                    gate.params.chars().count()
                )),
            ),
        };
        let mut view = Self {
            id: gate.id,
            provider: gate.provider,
            gate_type: gate.gate_type,
            enabled: gate.enabled,
            class_filter: gate.class_filter,
            label: gate.label,
            owner_id: gate.owner_id,
            params,
            params_error,
            dealers: links.iter().map(DealerView::new).collect(),
            problems: Vec::new(),
        };
        view.problems = view.find_problems();
        view
    }

    /// Rows of sms_gates_to_dealers behind this gate's links.
    pub fn link_rows(&self) -> u64 {
        self.dealers.iter().map(|d| d.link_rows).sum()
    }

    /// The masked settings as text, or "(not JSON, N characters)". Made
    /// safe for a terminal; `pretty` spreads them over several lines.
    pub fn params_text(&self, pretty: bool) -> String {
        match (&self.params, &self.params_error) {
            (Some(value), _) => {
                let text = if pretty {
                    serde_json::to_string_pretty(value)
                } else {
                    serde_json::to_string(value)
                };
                sanitize(&text.unwrap_or_default())
            }
            (None, error) => format!("({})", error.as_deref().unwrap_or("not JSON")),
        }
    }

    /// The masked params as compact JSON, not yet made safe for a terminal
    /// (for output that escapes on its own).
    pub fn params_json(&self) -> String {
        match (&self.params, &self.params_error) {
            (Some(value), _) => serde_json::to_string(value).unwrap_or_default(),
            (None, error) => format!("({})", error.as_deref().unwrap_or("not JSON")),
        }
    }

    fn find_problems(&self) -> Vec<Problem> {
        let id = self.id;
        let mut problems = Vec::new();
        let unreadable = match (&self.params, &self.params_error) {
            (_, Some(_)) => Some("are not valid JSON"),
            (Some(value), None) if !value.is_object() => Some("are JSON but not an object"),
            _ => None,
        };
        if let Some(why) = unreadable {
            problems.push(Problem {
                kind: ProblemKind::UnreadableParams,
                gate_id: id,
                dealer_id: None,
                message: format!(
                    "gate {id}'s params {why}, so Navixy's sms-server cannot read its settings"
                ),
            });
        }
        for dealer in &self.dealers {
            let dealer_id = dealer.dealer_id;
            let problem = |kind, message| Problem {
                kind,
                gate_id: id,
                dealer_id: Some(dealer_id),
                message,
            };
            let who = format!("dealer {}", dealer.who);
            if dealer.link_rows > 1 {
                problems.push(problem(
                    ProblemKind::DuplicateLink,
                    format!(
                        "{who} is linked to gate {id} by {} identical rows of sms_gates_to_dealers; one is enough",
                        dealer.link_rows
                    ),
                ));
            }
            if !dealer.exists {
                problems.push(problem(
                    ProblemKind::MissingDealer,
                    format!(
                        "gate {id} is linked to dealer {dealer_id}, which does not exist in dealers (a leftover row in sms_gates_to_dealers)"
                    ),
                ));
                continue;
            }
            if !self.enabled {
                problems.push(problem(
                    ProblemKind::DisabledGate,
                    format!(
                        "{who} is linked to gate {id}, which is disabled: the dealer gets no SMS through it until it is enabled"
                    ),
                ));
            }
            let sender = match dealer.from_sms.as_deref() {
                None => Some("NULL"),
                Some(s) if s.trim().is_empty() => Some("empty"),
                Some(_) => None,
            };
            if let Some(sender) = sender {
                problems.push(problem(
                    ProblemKind::EmptySender,
                    format!(
                        "{who} is linked to gate {id} but its sender (from_sms) is {sender}; set one with: gatewayctl link-dealer --gate-id {id} --dealer-id {dealer_id} --phone E164"
                    ),
                ));
            }
        }
        problems
    }
}

/// The problem a link to a missing gate is.
pub fn orphan_problem(orphan: &OrphanLink) -> Problem {
    let gate_id = orphan.gate_id;
    let dealer_id = orphan.link.dealer_id;
    let rows = match orphan.link.rows {
        1 => String::new(),
        n => format!(", {n} identical rows"),
    };
    let message = match &orphan.link.dealer {
        Some(dealer) => format!(
            "dealer {} is linked to gate {gate_id}, which does not exist in sms_gates (a leftover row in sms_gates_to_dealers{rows})",
            dealer.describe()
        ),
        None => format!(
            "dealer {dealer_id} is linked to gate {gate_id}, and neither exists (a leftover row in sms_gates_to_dealers{rows})"
        ),
    };
    Problem {
        kind: ProblemKind::MissingGate,
        gate_id,
        dealer_id: Some(dealer_id),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::navixy::Gate;

    fn gate(enabled: bool, params: &str) -> Gate {
        Gate {
            id: 4,
            provider: "twilio".into(),
            gate_type: "transceiver".into(),
            enabled,
            class_filter: "*".into(),
            label: None,
            owner_id: None,
            params: params.into(),
        }
    }

    fn link(dealer_id: u64, from_sms: Option<&str>, exists: bool, rows: u64) -> Link {
        Link {
            dealer_id,
            dealer: exists.then(|| Dealer {
                id: dealer_id,
                title: Some("Acme".into()),
                login: None,
                master_phone: None,
                from_sms: from_sms.map(String::from),
            }),
            rows,
        }
    }

    fn kinds(view: &GateView) -> Vec<(&'static str, Option<u64>)> {
        view.problems
            .iter()
            .map(|p| (p.kind.as_str(), p.dealer_id))
            .collect()
    }

    #[test]
    fn each_inconsistency_is_found_once() {
        let view = GateView::new(GateLinks {
            gate: gate(
                false,
                r#"{"auth_token":"1095175a27d2044c06e1db8577b484f3"}"#,
            ),
            links: vec![
                link(7, Some("+15550001111"), true, 2),
                link(8, Some(" "), true, 1),
                link(12, None, false, 1),
            ],
        });
        assert_eq!(
            kinds(&view),
            vec![
                ("duplicate_link", Some(7)),
                ("disabled_gate", Some(7)),
                ("disabled_gate", Some(8)),
                ("empty_sender", Some(8)),
                ("missing_dealer", Some(12)),
            ]
        );
        assert_eq!(view.link_rows(), 4);
        assert_eq!(view.params_text(false), r#"{"auth_token":"10...f3"}"#);
        assert_eq!(
            view.problems[3].message,
            "dealer 8 (Acme) is linked to gate 4 but its sender (from_sms) is empty; set one with: gatewayctl link-dealer --gate-id 4 --dealer-id 8 --phone E164"
        );
    }

    #[test]
    fn params_that_are_not_json_are_described_never_shown() {
        let view = GateView::new(GateLinks {
            gate: gate(true, "hash=1095175a27d2044c06e1db8577b484f3"),
            links: vec![link(7, None, true, 1)],
        });
        assert_eq!(view.params, None);
        assert_eq!(view.params_text(true), "(not JSON, 37 characters)");
        assert_eq!(
            kinds(&view),
            vec![("unreadable_params", None), ("empty_sender", Some(7))]
        );
        assert!(!format!("{view:?}").contains("1095175a"));
    }

    #[test]
    fn orphan_links_name_both_ends() {
        let problem = orphan_problem(&OrphanLink {
            gate_id: 99,
            link: link(12, None, false, 3),
        });
        assert_eq!(problem.kind, ProblemKind::MissingGate);
        assert_eq!(
            problem.message,
            "dealer 12 is linked to gate 99, and neither exists (a leftover row in sms_gates_to_dealers, 3 identical rows)"
        );
    }
}
