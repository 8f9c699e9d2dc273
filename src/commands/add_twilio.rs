//! add-twilio: a Twilio gate, the dealer's sender and the link, in one
//! transaction, after every check that can be made first.

use super::preview::{self, Change};
use super::{db_target, resolve};
use crate::cli::AddTwilioArgs;
use crate::error::{Error, Result};
use crate::navixy::{self, Schema, plans, reads};
use crate::output::Output;
use crate::prompt;
use serde_json::json;

pub async fn run(args: AddTwilioArgs, out: &Output) -> Result<()> {
    let spec = resolve::gate_spec(&args.gate)?;
    let target = db_target(&args.db)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.db.schema.schema).await?;
    plans::check_gate_fits(&schema, &spec)?;

    let dealer = reads::dealer(&mut db, &schema, spec.dealer_id)
        .await?
        .ok_or_else(|| {
            Error::refused(format!(
                "dealer {} does not exist in {}.dealers; nothing was written",
                spec.dealer_id, schema.name
            ))
            .hint(format!(
                "find the right id with: SELECT dealer_id, title FROM {}.dealers",
                schema.name
            ))
        })?;
    let account = spec.credentials.account_sid().to_string();
    if !spec.allow_duplicate {
        let existing = reads::twilio_gates_for_account(&mut db, &schema, &account).await?;
        if !existing.is_empty() {
            let ids: Vec<String> = existing.iter().map(u64::to_string).collect();
            return Err(Error::refused(format!(
                "a Twilio gate for account {account} already exists (gate {}); nothing was written",
                ids.join(", ")
            ))
            .hint(format!(
                "link the dealer to it with: gatewayctl link-dealer --gate-id {} --dealer-id {} --phone {}",
                existing[0], spec.dealer_id, spec.phone
            ))
            .hint("or pass --allow-duplicate to add a second gate for the same account"));
        }
    }
    let linked = reads::gates_linked_to_dealer(&mut db, &schema, spec.dealer_id).await?;
    if !linked.is_empty() {
        let ids: Vec<String> = linked.iter().map(u64::to_string).collect();
        out.warn(&format!(
            "dealer {} is already linked to gate {}; the new gate is added beside it, which leaves both in use",
            spec.dealer_id,
            ids.join(", ")
        ));
    }

    let plan = plans::add_twilio(&schema.name, &spec);
    let (_, masked_params) =
        crate::credentials::TwilioParams::json(&spec.credentials, spec.status_callback);
    let changes = vec![
        Change {
            table: format!("{}.sms_gates", schema.name),
            action: "insert",
            before: String::new(),
            after: format!(
                "new gate: twilio {}, {}, class_filter {}{}\nparams {}",
                spec.gate_type.as_str(),
                if spec.enabled { "enabled" } else { "disabled" },
                spec.class_filter,
                spec.label
                    .as_deref()
                    .map(|l| format!(", label {}", crate::output::sanitize_cell(l)))
                    .unwrap_or_default(),
                masked_params
            ),
        },
        preview::sender_change(&schema.name, &dealer, &spec.phone),
        Change {
            table: format!("{}.sms_gates_to_dealers", schema.name),
            action: "insert",
            before: String::new(),
            after: format!("dealer {} → the new gate", spec.dealer_id),
        },
    ];
    preview::show(out, &format!("{} on {}", schema.name, db.target), &changes);
    prompt::confirm("Apply these changes?", args.confirm.yes).await?;

    let applied = db.apply(&plan, &spec.credentials.secrets()).await?;
    db.close().await;
    let gate_id = applied
        .verified
        .first()
        .and_then(|row| row.int("gate_id"))
        .ok_or_else(|| Error::database("the new gate's id could not be read back"))?;

    let incoming = args
        .incoming
        .public_host
        .as_deref()
        .map(|host| navixy::incoming_url(host, args.incoming.incoming_port, gate_id));
    if out.json_wanted() {
        out.json(&json!({
            "gate_id": gate_id,
            "dealer_id": spec.dealer_id,
            "sender": spec.phone,
            "account_sid": account,
            "enabled": spec.enabled,
            "incoming_url": incoming,
            "previous_sender": {
                "master_phone": dealer.master_phone,
                "from_sms": dealer.from_sms,
            },
        }));
    } else {
        out.print(&format!(
            "Added Twilio gate {gate_id} for dealer {}: sender {}.",
            crate::output::sanitize(&dealer.describe()),
            spec.phone
        ));
        match &incoming {
            Some(url) => out.print(&format!(
                "Incoming SMS URL: {url}\n  Set it as the SMS webhook (HTTP POST) of {} in Twilio.",
                spec.phone
            )),
            None => out.print(&format!(
                "Incoming SMS URL: http://<public host>:{}/sms/{gate_id}/incoming\n  Pass --public-host to print it in full.",
                args.incoming.incoming_port
            )),
        }
    }
    Ok(())
}
