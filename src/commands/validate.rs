//! validate: the credentials, the account, each sender number and its
//! incoming webhook, checked against Twilio's API. Exit 0 only when no
//! check failed.

use super::{preview, resolve, stored_twilio_gate, twilio_checks, twilio_client};
use crate::checks::{self, Check};
use crate::cli::ValidateArgs;
use crate::error::Result;
use crate::navixy;
use crate::output::Output;
use crate::prompt;
use futures_util::future::join_all;
use serde_json::json;

pub async fn run(args: ValidateArgs, out: &Output) -> Result<()> {
    let mut phones = args.phone.clone();
    let credentials = match args.gate_id {
        Some(gate_id) => {
            let stored = stored_twilio_gate(&args.db, gate_id, out).await?;
            out.note(&format!(
                "using the credentials stored in gate {gate_id} ({})",
                stored.credentials.describe()
            ));
            if phones.is_empty() {
                for dealer in &stored.dealers {
                    if let Some(sender) = dealer.from_sms.as_deref().filter(|s| !s.is_empty())
                        && !phones.iter().any(|p| p == sender)
                    {
                        phones.push(sender.to_string());
                    }
                }
            }
            stored.credentials
        }
        None => resolve::credentials(&args.credentials)?,
    };
    let account_sid = credentials.account_sid().to_string();
    let client = twilio_client(&args.twilio, credentials, out)?;
    let (mut checks, facts) = twilio_checks::credentials_and_senders(&client, &phones).await;
    if phones.is_empty() {
        checks.push(Check::skip(
            "sender",
            "no number to check: pass --phone (or --gate-id of a gate with a linked dealer)",
        ));
    }
    match (args.gate_id, &args.incoming.public_host) {
        (Some(gate_id), Some(host)) => {
            let url = navixy::incoming_url(host, args.incoming.incoming_port, gate_id);
            let mut changes = Vec::new();
            for number in facts.numbers.iter().filter_map(|(_, n)| n.as_ref()) {
                let (rows, change) = twilio_checks::webhook(number, &url);
                checks.extend(rows);
                changes.extend(change);
            }
            if args.set_incoming_url && !changes.is_empty() {
                // A change on Twilio's side: shown and confirmed like any other.
                preview::show(out, "Twilio", &twilio_checks::preview(&changes));
                prompt::confirm("Change these webhooks?", args.confirm.yes).await?;
                let set = join_all(
                    changes
                        .iter()
                        .map(|c| twilio_checks::set_webhook(&client, c)),
                )
                .await;
                for result in set {
                    checks.retain(|c| c.name != result.name);
                    checks.push(result);
                }
            }
        }
        (None, Some(_)) => checks.push(Check::skip(
            "webhook",
            "the incoming URL contains the gate id: pass --gate-id to compare it",
        )),
        _ => {}
    }

    if out.json_wanted() {
        out.json(&json!({
            "account_sid": account_sid,
            "gate_id": args.gate_id,
            "ok": !checks::any_failed(&checks),
            "checks": checks,
        }));
    } else {
        out.print(&checks::table(out, &checks, false));
    }
    checks::verdict(&checks, facts.unreachable)
}
