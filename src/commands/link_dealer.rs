//! link-dealer: an existing gate, a dealer and its sender, in one
//! transaction.

use super::preview::{self, Change};
use super::{
    db_target, missing_dealer, missing_gate, record, resolve, twilio_checks, twilio_client,
};
use crate::checks;
use crate::cli::LinkDealerArgs;
use crate::error::{Error, Result};
use crate::journal::Draft;
use crate::navixy::{changes, plans, reads};
use crate::output::{Output, sanitize};
use crate::prompt;
use serde_json::json;

pub async fn run(args: LinkDealerArgs, out: &Output) -> Result<()> {
    let spec = resolve::link_spec(&args.link)?;
    let target = db_target(&args.db, out)?;
    let journal = record::journal(&args.journal)?;
    let mut db = target.connect().await?;
    let found = reads::surroundings(
        &mut db,
        &args.db.schema.schema,
        spec.dealer_id,
        None,
        Some(spec.gate_id),
    )
    .await?;
    let schema = found.schema;
    plans::check_sender_fits(&schema, &spec.phone)?;
    let gate = found
        .gate
        .ok_or_else(|| missing_gate(&schema.name, spec.gate_id))?;
    let dealer = found
        .dealer
        .ok_or_else(|| missing_dealer(&schema.name, spec.dealer_id))?;
    if gate.provider == "twilio" && !args.skip_validation {
        check_with_twilio(&args, &gate, &spec.phone, out).await?;
    }
    if !gate.enabled {
        out.warn(&format!(
            "gate {} is disabled: the dealer gets no SMS through it until it is enabled",
            gate.id
        ));
    }
    let linked = found.linked_gates;
    let already = linked.contains(&spec.gate_id);
    let same_sender = dealer.master_phone.as_deref() == Some(spec.phone.as_str())
        && dealer.from_sms.as_deref() == Some(spec.phone.as_str());
    if already && same_sender {
        db.close().await;
        if out.json_wanted() {
            out.json(&json!({
                "change_id": null,
                "gate_id": spec.gate_id,
                "dealer_id": spec.dealer_id,
                "sender": spec.phone,
                "link_created": false,
                "previous_sender": {"master_phone": dealer.master_phone, "from_sms": dealer.from_sms},
            }));
        } else {
            out.print(&format!(
                "Dealer {} is already linked to gate {} with sender {}; nothing to change.",
                sanitize(&dealer.describe()),
                spec.gate_id,
                spec.phone
            ));
        }
        return Ok(());
    }
    let others: Vec<String> = linked
        .iter()
        .filter(|id| **id != spec.gate_id)
        .map(u64::to_string)
        .collect();
    if !others.is_empty() {
        out.warn(&format!(
            "dealer {} is also linked to gate {}; that link stays",
            spec.dealer_id,
            others.join(", ")
        ));
    }

    let plan = plans::link_dealer(&schema.name, &spec);
    let changes = vec![
        preview::sender_change(&schema.name, &dealer, &spec.phone),
        Change {
            table: format!("{}.sms_gates_to_dealers", schema.name),
            action: if already { "unchanged" } else { "insert" },
            before: if already {
                "linked".into()
            } else {
                String::new()
            },
            after: format!(
                "dealer {} → gate {} ({})",
                spec.dealer_id,
                spec.gate_id,
                sanitize(&gate.provider)
            ),
        },
    ];
    preview::show(out, &format!("{} on {}", schema.name, db.target), &changes);
    prompt::confirm("Apply these changes?", args.confirm.yes).await?;
    let (_, entry) = record::apply(
        &mut db,
        &schema.name,
        &plan,
        &[],
        &journal,
        out,
        |applied| {
            Ok(Draft {
                command: "link-dealer".into(),
                summary: format!(
                    "linked dealer {} to gate {} with sender {}",
                    spec.dealer_id, spec.gate_id, spec.phone
                ),
                changes: changes::linked_dealer(&spec, applied)?,
                undoes: None,
            })
        },
    )
    .await?;
    db.close().await;

    if out.json_wanted() {
        out.json(&json!({
            "change_id": entry.id,
            "gate_id": spec.gate_id,
            "dealer_id": spec.dealer_id,
            "sender": spec.phone,
            "link_created": !already,
            "previous_sender": {
                "master_phone": dealer.master_phone,
                "from_sms": dealer.from_sms,
            },
        }));
    } else {
        let link = if already {
            "was already linked to"
        } else {
            "is now linked to"
        };
        out.print(&format!(
            "Dealer {} {link} gate {}: sender {}.",
            sanitize(&dealer.describe()),
            spec.gate_id,
            spec.phone
        ));
        out.print(&record::undo_hint(&entry));
    }
    Ok(())
}

/// For a Twilio gate: the gate's credentials work and the number is one of
/// its account's SMS numbers, before anything is written.
async fn check_with_twilio(
    args: &LinkDealerArgs,
    gate: &crate::navixy::Gate,
    phone: &str,
    out: &Output,
) -> Result<()> {
    let (credentials, _) = crate::credentials::TwilioParams::parse(&gate.params).map_err(|m| {
        Error::refused(format!(
            "gate {}: {m}, so the number cannot be checked with Twilio",
            gate.id
        ))
        .hint("pass --skip-validation to link anyway")
    })?;
    let client = twilio_client(&args.twilio, credentials, out)?;
    let (found, _) = twilio_checks::credentials_and_senders(&client, &[phone.to_string()]).await;
    out.status(&format!("Twilio, with gate {}'s credentials:", gate.id));
    out.stderr_block(&checks::table(out, &found, true));
    if checks::any_failed(&found) {
        return Err(
            Error::twilio("Twilio validation failed; nothing was written")
                .hint("fix what the failed rows say, or pass --skip-validation to write anyway"),
        );
    }
    Ok(())
}
