//! doctor: the whole chain, one row per check with its fix: the schema,
//! each Twilio gate (enabled, linked, its dealers' senders), Twilio's side
//! (credentials, account, numbers, webhooks, balance) and the incoming port.
//! Independent checks run at the same time. Exit 0 only if none failed.

use super::{db_target, twilio_checks, twilio_client};
use crate::checks::{self, Check};
use crate::cli::DoctorArgs;
use crate::credentials::TwilioParams;
use crate::error::Result;
use crate::navixy::schema::{DEALERS, GATES};
use crate::navixy::{self, Dealer, Gate, Schema, reads};
use crate::output::{Output, Status, sanitize};
use crate::twilio::{Client, TwilioError};
use futures_util::StreamExt;
use serde_json::json;
use std::time::Duration;

/// How many gates doctor checks with Twilio at the same time.
const GATES_AT_ONCE: usize = 8;

/// What the database says about one gate, and the checks it led to.
struct GateFacts {
    gate: Gate,
    dealers: Vec<Dealer>,
    checks: Vec<Check>,
}

pub async fn run(args: DoctorArgs, out: &Output) -> Result<()> {
    let target = db_target(&args.db, out)?;
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, &args.db.schema.schema).await?;
    let mut rows = vec![schema_check(&schema, &db.target)];

    let gates = match args.gate_id {
        Some(id) => match reads::gate(&mut db, &schema, id).await? {
            Some(gate) if gate.provider == "twilio" => vec![gate],
            Some(gate) => {
                rows.push(Check::fail(
                    &format!("gate {id}"),
                    format!(
                        "is a '{}' gate; doctor checks Twilio gates",
                        sanitize(&gate.provider)
                    ),
                    None,
                ));
                Vec::new()
            }
            None => {
                rows.push(Check::fail(&format!("gate {id}"), "does not exist", None));
                Vec::new()
            }
        },
        None => reads::twilio_gates(&mut db, &schema).await?,
    };
    if gates.is_empty() && args.gate_id.is_none() {
        rows.push(Check::fail(
            "twilio gates",
            format!("{}.sms_gates has no Twilio gate", schema.name),
            Some("add one with: gatewayctl add-twilio".into()),
        ));
    }
    let mut facts = Vec::new();
    for gate in gates {
        let dealers = reads::dealers_of_gate(&mut db, &schema, gate.id).await?;
        let checks = gate_checks(&gate, &dealers);
        facts.push(GateFacts {
            gate,
            dealers,
            checks,
        });
    }
    db.close().await;

    let host = args.incoming.public_host.clone();
    let port = args.incoming.incoming_port;
    // A few gates at a time: all at once would swamp Twilio (and trip its
    // concurrency limit) on platforms with many gates.
    let twilio_side =
        futures_util::stream::iter(facts.iter().map(|f| twilio_for_gate(&args, f, out)))
            .buffered(GATES_AT_ONCE)
            .collect::<Vec<_>>();
    let (twilio_rows, port_row) = tokio::join!(twilio_side, port_check(host.as_deref(), port));
    let mut unreachable = false;
    for (fact, (gate_rows, gate_unreachable)) in facts.into_iter().zip(twilio_rows) {
        rows.extend(fact.checks);
        rows.extend(gate_rows);
        unreachable |= gate_unreachable;
    }
    rows.push(port_row);

    if out.json_wanted() {
        out.json(&json!({"ok": !checks::any_failed(&rows), "checks": rows}));
    } else {
        out.print(&checks::table(out, &rows, false));
    }
    checks::verdict(&rows, unreachable)
}

fn schema_check(schema: &Schema, target: &str) -> Check {
    let optional: Vec<&str> = [
        (GATES, "label"),
        (GATES, "owner_id"),
        (DEALERS, "title"),
        (DEALERS, "login"),
    ]
    .into_iter()
    .filter(|(t, c)| !schema.has(t, c))
    .map(|(_, c)| c)
    .collect();
    let detail = format!(
        "{} on {target} has sms_gates, sms_gates_to_dealers and dealers with the columns gatewayctl uses",
        schema.name
    );
    if optional.is_empty() {
        Check::ok("schema", detail)
    } else {
        Check::ok(
            "schema",
            format!("{detail} (an older install: no {})", optional.join(", ")),
        )
    }
}

/// What the database alone says about a gate.
fn gate_checks(gate: &Gate, dealers: &[Dealer]) -> Vec<Check> {
    let name = format!("gate {}", gate.id);
    let mut rows = Vec::new();
    if gate.enabled {
        rows.push(Check::ok(
            &name,
            format!("enabled, class_filter {}", sanitize(&gate.class_filter)),
        ));
    } else {
        rows.push(Check::fail(
            &name,
            "is disabled: Navixy sends nothing through it",
            Some(format!("gatewayctl enable --gate-id {}", gate.id)),
        ));
    }
    if let Err(message) = TwilioParams::parse(&gate.params) {
        rows.push(Check::fail(
            &format!("{name} params"),
            message,
            Some("add the gate again with add-twilio, then remove this one".into()),
        ));
    }
    if dealers.is_empty() {
        rows.push(Check::fail(
            &format!("{name} links"),
            "no dealer is linked to it, so no dealer's SMS go through it",
            Some(format!(
                "gatewayctl link-dealer --gate-id {} --dealer-id ID --phone +E164",
                gate.id
            )),
        ));
    }
    for dealer in dealers {
        let dealer_name = format!("dealer {}", dealer.id);
        let fix = || {
            Some(format!(
                "gatewayctl link-dealer --gate-id {} --dealer-id {} --phone +E164",
                gate.id, dealer.id
            ))
        };
        match dealer.from_sms.as_deref().map(str::trim) {
            None | Some("") => rows.push(Check::fail(
                &dealer_name,
                format!("{} is linked to gate {} but has no sender (from_sms is empty)", sanitize(&dealer.describe()), gate.id),
                fix(),
            )),
            Some(sender) => match crate::input::e164(sender) {
                Err(_) => rows.push(Check::fail(
                    &dealer_name,
                    format!("sender '{}' is not an E.164 number", sanitize(sender)),
                    fix(),
                )),
                Ok(_) if dealer.master_phone.as_deref() != Some(sender) => rows.push(Check::warn(
                    &dealer_name,
                    format!(
                        "from_sms is {sender} but master_phone is {}",
                        dealer.master_phone.as_deref().map_or("NULL".to_string(), sanitize)
                    ),
                    format!("set both with: gatewayctl link-dealer --gate-id {} --dealer-id {} --phone {sender}", gate.id, dealer.id),
                )),
                Ok(_) => rows.push(Check::ok(
                    &dealer_name,
                    format!("{} sends from {sender}", sanitize(&dealer.describe())),
                )),
            },
        }
    }
    rows
}

/// Twilio's side of one gate; the flag says Twilio could not be reached.
async fn twilio_for_gate(args: &DoctorArgs, facts: &GateFacts, out: &Output) -> (Vec<Check>, bool) {
    let prefix = format!("gate {} ", facts.gate.id);
    let Ok((credentials, _)) = TwilioParams::parse(&facts.gate.params) else {
        return (Vec::new(), false);
    };
    let client = match twilio_client(&args.twilio, credentials, out) {
        Ok(client) => client,
        Err(error) => {
            return (
                vec![Check::fail(&format!("{prefix}twilio"), error.message, None)],
                false,
            );
        }
    };
    let mut senders: Vec<String> = Vec::new();
    for dealer in &facts.dealers {
        if let Some(sender) = dealer
            .from_sms
            .as_deref()
            .and_then(|s| crate::input::e164(s).ok())
            && !senders.contains(&sender)
        {
            senders.push(sender);
        }
    }
    let (found, balance) = tokio::join!(
        twilio_checks::credentials_and_senders(&client, &senders),
        balance_check(&client)
    );
    let (mut rows, facts_found) = found;
    let credentials_ok = rows.first().is_some_and(|c| c.status == Status::Ok);
    if credentials_ok {
        rows.push(balance);
    }
    if let Some(host) = &args.incoming.public_host {
        let url = navixy::incoming_url(host, args.incoming.incoming_port, facts.gate.id);
        for number in facts_found.numbers.iter().filter_map(|(_, n)| n.as_ref()) {
            rows.extend(twilio_checks::webhook(number, &url).0);
        }
    } else if credentials_ok {
        rows.push(Check::skip(
            "webhook",
            "pass --public-host to compare each number's webhook with Navixy's incoming URL",
        ));
    }
    for row in &mut rows {
        row.name = format!("{prefix}{}", row.name);
    }
    (rows, facts_found.unreachable)
}

async fn balance_check(client: &Client) -> Check {
    match client.fetch_balance().await {
        Ok(balance) => {
            let amount = balance.balance.unwrap_or_default();
            let currency = balance.currency.unwrap_or_default();
            match amount.trim().parse::<f64>() {
                Ok(value) if value <= 0.0 => Check::fail(
                    "balance",
                    format!("{amount} {currency}: Twilio stops sending at zero"),
                    Some("add funds in the Twilio console (Billing)".into()),
                ),
                Ok(value) if value < 5.0 => Check::warn(
                    "balance",
                    format!("{amount} {currency} is low"),
                    "add funds, or enable auto-recharge in the Twilio console (Billing)",
                ),
                _ => Check::ok("balance", format!("{amount} {currency}")),
            }
        }
        Err(error @ TwilioError::Api { .. }) if error.is_auth() || error.status() == Some(404) => {
            Check::skip(
                "balance",
                "not readable with these credentials (a Standard API key or a subaccount)",
            )
        }
        Err(error) => Check::warn(
            "balance",
            format!("could not be read: {}", error.summary()),
            error.fix().unwrap_or_default(),
        ),
    }
}

/// Whether something accepts connections on Navixy's incoming SMS port, as
/// seen from this host.
async fn port_check(public_host: Option<&str>, port: u16) -> Check {
    let host = public_host.unwrap_or("127.0.0.1");
    let address = format!(
        "{}:{port}",
        host.trim_start_matches('[').trim_end_matches(']')
    );
    let name = format!("incoming port {host}:{port}");
    let attempt = tokio::time::timeout(
        Duration::from_secs(3),
        tokio::net::TcpStream::connect(address),
    );
    match attempt.await {
        Ok(Ok(_)) => Check::ok(&name, "accepts connections (sms-server's listener)"),
        Ok(Err(e)) => Check::fail(
            &name,
            format!("cannot connect: {e}"),
            Some(format!(
                "check that Navixy's sms-server runs and listens on {port}, and that the firewall lets Twilio in{}",
                if public_host.is_none() {
                    " (pass --public-host to test the address Twilio uses)"
                } else {
                    ""
                }
            )),
        ),
        Err(_) => Check::fail(
            &name,
            "no answer within 3 s",
            Some(format!(
                "a firewall probably drops connections to port {port}"
            )),
        ),
    }
}
