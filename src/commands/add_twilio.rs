//! add-twilio: a Twilio gate, the dealer's sender and the link, in one
//! transaction, after every check that can be made first: the database's
//! state and Twilio's answers, gathered at the same time.

use super::preview::{self, Change};
use super::{
    db_target, interactive, missing_dealer, record, resolve, twilio_checks, twilio_client,
};
use crate::checks::{self, Check};
use crate::cli::AddTwilioArgs;
use crate::credentials::TwilioParams;
use crate::error::{Error, Result};
use crate::journal::Draft;
use crate::navixy::{self, Db, Dealer, GateSpec, Schema, Target, changes, plans, reads};
use crate::output::{Output, Status, sanitize, sanitize_cell};
use crate::prompt;
use serde_json::json;

/// The database side, read before anything is written.
struct Prepared {
    db: Db,
    schema: Schema,
    dealer: Dealer,
    linked: Vec<u64>,
}

async fn prepare(target: &Target, schema_name: &str, spec: &GateSpec) -> Result<Prepared> {
    let mut db = target.connect().await?;
    let account = spec.credentials.account_sid();
    let found =
        reads::surroundings(&mut db, schema_name, spec.dealer_id, Some(account), None).await?;
    let schema = found.schema;
    plans::check_gate_fits(&schema, spec)?;
    let dealer = found
        .dealer
        .ok_or_else(|| missing_dealer(&schema.name, spec.dealer_id))?;
    if let (false, Some(first)) = (spec.allow_duplicate, found.account_gates.first()) {
        let ids: Vec<String> = found.account_gates.iter().map(u64::to_string).collect();
        return Err(Error::refused(format!(
            "a Twilio gate for account {account} already exists (gate {}); nothing was written",
            ids.join(", ")
        ))
        .hint(format!(
            "link the dealer to it with: gatewayctl link-dealer --gate-id {first} --dealer-id {} --phone {}",
            spec.dealer_id, spec.phone
        ))
        .hint("or pass --allow-duplicate to add a second gate for the same account"));
    }
    Ok(Prepared {
        db,
        schema,
        dealer,
        linked: found.linked_gates,
    })
}

pub async fn run(mut args: AddTwilioArgs, out: &Output) -> Result<()> {
    let target = db_target(&args.db, out)?;
    interactive::fill_gate(&mut args.gate, &target, &args.db.schema.schema, out).await?;
    let spec = resolve::gate_spec(&args.gate)?;
    let journal = record::journal(&args.journal)?;
    let client = if args.skip_validation {
        out.warn("--skip-validation: the credentials and the number are written without asking Twilio whether they work");
        None
    } else {
        Some(twilio_client(&args.twilio, spec.credentials.clone(), out)?)
    };
    let phones = [spec.phone.clone()];
    let validation = async {
        match &client {
            Some(client) => Some(twilio_checks::credentials_and_senders(client, &phones).await),
            None => None,
        }
    };
    // A database refusal ends the wait for Twilio at once.
    let (prepared, validation) =
        tokio::try_join!(prepare(&target, &args.db.schema.schema, &spec), async {
            Ok(validation.await)
        })?;
    let Prepared {
        mut db,
        schema,
        dealer,
        linked,
    } = prepared;
    let mut number = None;
    if let Some((found, facts)) = validation {
        out.status("Twilio:");
        out.stderr_block(&checks::table(out, &found, true));
        if checks::any_failed(&found) {
            return Err(
                Error::twilio("Twilio validation failed; nothing was written").hint(
                    "fix what the failed rows say, or pass --skip-validation to write anyway",
                ),
            );
        }
        number = facts.numbers.into_iter().next().and_then(|(_, n)| n);
    }
    if !linked.is_empty() {
        let ids: Vec<String> = linked.iter().map(u64::to_string).collect();
        out.warn(&format!(
            "dealer {} is already linked to gate {}; the new gate is added beside it, which leaves both in use",
            spec.dealer_id,
            ids.join(", ")
        ));
    }

    let plan = plans::add_twilio(&schema.name, &spec);
    let (_, masked_params) = TwilioParams::json(&spec.credentials, spec.status_callback);
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
                    .map(|l| format!(", label {}", sanitize_cell(l)))
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
    let mut changes = changes;
    if let (true, Some(host)) = (args.set_incoming_url, args.incoming.public_host.as_deref()) {
        let current = match &number {
            Some(n) => match n.sms_url.as_deref().filter(|u| !u.is_empty()) {
                Some(url) => format!("{} {url}", n.sms_method.as_deref().unwrap_or("POST")),
                None => "(empty)".to_string(),
            },
            None => "not read (--skip-validation)".to_string(),
        };
        changes.push(Change {
            table: format!("Twilio number {}", spec.phone),
            action: "update",
            before: format!("SMS webhook {current}"),
            after: format!(
                "SMS webhook POST {}",
                navixy::incoming_url(host, args.incoming.incoming_port, 0)
                    .replace("/sms/0/", "/sms/<new gate id>/")
            ),
        });
    }
    preview::show(out, &format!("{} on {}", schema.name, db.target), &changes);
    prompt::confirm("Apply these changes?", args.confirm.yes).await?;

    let mut gate_id = 0;
    let (_, entry) = record::apply(
        &mut db,
        &schema.name,
        &plan,
        &spec.credentials.secrets(),
        &journal,
        out,
        |applied| {
            let (id, changes) = changes::added_gate(&spec, applied)?;
            gate_id = id;
            Ok(Draft {
                command: "add-twilio".into(),
                summary: format!(
                    "added Twilio gate {id} for dealer {} with sender {}",
                    spec.dealer_id, spec.phone
                ),
                changes,
                undoes: None,
            })
        },
    )
    .await?;
    db.close().await;

    let incoming = args
        .incoming
        .public_host
        .as_deref()
        .map(|host| navixy::incoming_url(host, args.incoming.incoming_port, gate_id));
    let mut webhook: Vec<Check> = Vec::new();
    if let (true, Some(url)) = (args.set_incoming_url, &incoming) {
        let client = match client {
            Some(client) => client,
            None => twilio_client(&args.twilio, spec.credentials.clone(), out)?,
        };
        let number = match number {
            Some(number) => Ok(Some(number)),
            None => client.find_number(&spec.phone).await,
        };
        let name = format!("webhook {}", spec.phone);
        webhook = match number {
            Err(error) => vec![Check::fail(
                &name,
                format!("could not look the number up: {}", error.summary()),
                error.fix(),
            )],
            Ok(None) => vec![Check::fail(
                &name,
                "the number was not found in the account",
                None,
            )],
            Ok(Some(number)) => match twilio_checks::webhook(&number, url) {
                (rows, None) => rows,
                (_, Some(change)) => {
                    let result = twilio_checks::set_webhook(&client, &change).await;
                    if result.status == Status::Ok
                        && let Err(error) = journal.add_note(entry.id, change.note())
                    {
                        out.warn(&format!(
                            "the webhook was changed, but change {} could not note it: {}",
                            entry.id, error.message
                        ));
                    }
                    vec![result]
                }
            },
        };
    }

    if out.json_wanted() {
        out.json(&json!({
            "change_id": entry.id,
            "gate_id": gate_id,
            "dealer_id": spec.dealer_id,
            "sender": spec.phone,
            "account_sid": spec.credentials.account_sid(),
            "enabled": spec.enabled,
            "incoming_url": incoming,
            "previous_sender": {
                "master_phone": dealer.master_phone,
                "from_sms": dealer.from_sms,
            },
            "webhook": webhook,
        }));
    } else {
        out.print(&format!(
            "Added Twilio gate {gate_id} for dealer {}: sender {}.",
            sanitize(&dealer.describe()),
            spec.phone
        ));
        match (&incoming, webhook.is_empty()) {
            (Some(url), true) => out.print(&format!(
                "Incoming SMS URL: {url}\n  Set it as the SMS webhook (HTTP POST) of {} in Twilio, or re-run with --set-incoming-url.",
                spec.phone
            )),
            (Some(url), false) => out.print(&format!("Incoming SMS URL: {url}")),
            (None, _) => out.print(&format!(
                "Incoming SMS URL: http://<public host>:{}/sms/{gate_id}/incoming\n  Pass --public-host to print it in full.",
                args.incoming.incoming_port
            )),
        }
        if !webhook.is_empty() {
            out.print(&checks::table(out, &webhook, false));
        }
        out.print(&record::undo_hint(&entry));
    }
    if checks::any_failed(&webhook) {
        return Err(Error::twilio(format!(
            "gate {gate_id} was added, but the number's webhook could not be set"
        ))
        .hint(format!(
            "retry with: gatewayctl validate --gate-id {gate_id} --public-host {} --set-incoming-url",
            args.incoming.public_host.as_deref().unwrap_or("HOST")
        )));
    }
    Ok(())
}
