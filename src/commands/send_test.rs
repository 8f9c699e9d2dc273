//! send-test: send a test SMS, show what it costs, and find out what Twilio
//! did to it. The leading-space trap (Teltonika/Ruptela commands start with
//! two spaces; Twilio may strip them) is detected, not just warned about.

use super::{resolve, stored_twilio_gate, twilio_client};
use crate::cli::SendTestArgs;
use crate::error::{Error, Kind, Result};
use crate::navixy::Dealer;
use crate::output::{Output, sanitize, sanitize_cell};
use crate::twilio::sms::{self, Alteration, BodyInfo};
use crate::twilio::{Client, TwilioError, api, codes};
use comfy_table::Cell;
use futures_util::future::join_all;
use serde_json::json;
use std::time::{Duration, Instant};

/// What happened to one message.
struct Outcome {
    to: String,
    message: Option<api::Message>,
    send_error: Option<TwilioError>,
    alteration: Option<Alteration>,
    poll_error: Option<TwilioError>,
}

impl Outcome {
    fn status(&self) -> Option<&str> {
        self.message.as_ref().and_then(|m| m.status.as_deref())
    }
}

pub async fn run(args: SendTestArgs, out: &Output) -> Result<()> {
    let body = read_body(&args)?;
    let (credentials, from) = match args.gate_id {
        Some(gate_id) => {
            let stored = stored_twilio_gate(&args.db, gate_id, out).await?;
            if !stored.enabled {
                out.warn(&format!(
                    "gate {gate_id} is disabled: Navixy sends nothing through it now; this test uses its credentials anyway"
                ));
            }
            let from = match &args.from {
                Some(from) => from.clone(),
                None => gate_sender(gate_id, &stored.dealers, args.dealer_id)?,
            };
            (stored.credentials, from)
        }
        None => (
            resolve::credentials(&args.credentials)?,
            args.from.clone().ok_or_else(|| {
                Error::usage("missing --from: the Twilio number to send from")
                    .hint("or pass --gate-id to use a gate's credentials and its dealer's sender")
            })?,
        ),
    };
    let mut recipients: Vec<String> = Vec::new();
    for to in &args.to {
        if recipients.contains(to) {
            out.note(&format!(
                "{to} is given more than once; it gets one message"
            ));
        } else {
            recipients.push(to.clone());
        }
    }
    let info = sms::analyse(&body);
    out.status(&format!("From {from} to {}.", recipients.join(", ")));
    explain_body(out, &info, args.body_file.is_some());

    let client = twilio_client(&args.twilio, credentials, out)?;
    let sends = join_all(
        recipients
            .iter()
            .map(|to| client.send_message(&from, to, &body)),
    )
    .await;
    let mut outcomes: Vec<Outcome> = recipients
        .iter()
        .zip(sends)
        .map(|(to, result)| match result {
            Ok(message) => {
                let alteration = message
                    .body
                    .as_deref()
                    .map(|stored| sms::compare(&body, stored));
                Outcome {
                    to: to.clone(),
                    message: Some(message),
                    send_error: None,
                    alteration,
                    poll_error: None,
                }
            }
            Err(error) => Outcome {
                to: to.clone(),
                message: None,
                send_error: Some(error),
                alteration: None,
                poll_error: None,
            },
        })
        .collect();

    let mut timed_out = false;
    if args.wait {
        timed_out = wait(
            &client,
            out,
            &mut outcomes,
            &body,
            Duration::from_secs(args.wait_timeout),
        )
        .await;
    }
    report(out, &outcomes, &info, &from, &body);
    verdict(&outcomes, &body, timed_out, args.wait_timeout)
}

fn read_body(args: &SendTestArgs) -> Result<String> {
    let body = match (&args.body, &args.body_file) {
        (Some(body), _) => body.clone(),
        (None, Some(path)) => {
            let bytes = std::fs::read(path).map_err(|e| {
                Error::usage(format!("cannot read the body file {}: {e}", path.display()))
            })?;
            String::from_utf8(bytes).map_err(|_| {
                Error::usage(format!(
                    "the body file {} is not UTF-8 text",
                    path.display()
                ))
            })?
        }
        (None, None) => return Err(Error::usage("missing --body or --body-file")),
    };
    if body.is_empty() {
        return Err(Error::usage("the message body is empty"));
    }
    let chars = body.chars().count();
    if chars > sms::MAX_BODY_CHARS {
        return Err(Error::usage(format!(
            "the body has {chars} characters; Twilio takes at most {}",
            sms::MAX_BODY_CHARS
        )));
    }
    Ok(body)
}

/// The sender of the dealer linked to the gate (the one asked for, or the
/// only one).
fn gate_sender(gate_id: u64, dealers: &[Dealer], wanted: Option<u64>) -> Result<String> {
    let chosen = match wanted {
        Some(id) => dealers.iter().find(|d| d.id == id).ok_or_else(|| {
            Error::refused(format!("dealer {id} is not linked to gate {gate_id}"))
        })?,
        None => match dealers {
            [] => {
                return Err(
                    Error::refused(format!("no dealer is linked to gate {gate_id}"))
                        .hint("pass --from, or link a dealer with link-dealer"),
                );
            }
            [one] => one,
            several if several.iter().all(|d| d.from_sms == several[0].from_sms) => &several[0],
            several => {
                let ids: Vec<String> = several.iter().map(|d| d.id.to_string()).collect();
                return Err(Error::usage(format!(
                    "gate {gate_id} is linked to dealers {} with different senders: pick one with --dealer-id (or pass --from)",
                    ids.join(", ")
                )));
            }
        },
    };
    let (dealer, sender) = (chosen.id, &chosen.from_sms);
    match sender.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(sender) => crate::input::e164(sender).map_err(|m| {
            Error::refused(format!("dealer {dealer}'s from_sms is not usable: {m}"))
        }),
        None => Err(Error::refused(format!("dealer {dealer} has no sender (from_sms is empty)"))
            .hint(format!("set it with: gatewayctl link-dealer --gate-id {gate_id} --dealer-id {dealer} --phone +E164"))),
    }
}

const TRAP: &str = "Teltonika and Ruptela devices without an SMS login and password take commands that start with two spaces (e.g. '  getinfo'). Twilio may strip leading spaces, and the device then silently ignores the command, so automatic activation fails. gatewayctl compares what Twilio stored with what was sent and says so. Navixy recommends Vonage or Textlocal for these devices; or set an SMS login and password on the device so its commands do not start with spaces";

fn explain_body(out: &Output, info: &BodyInfo, from_file: bool) {
    out.status(&format!(
        "Body: {} characters, {}, {} segment{}.",
        info.characters,
        info.encoding.name(),
        info.segments,
        if info.segments == 1 { "" } else { "s" }
    ));
    if !info.ucs2_forcing.is_empty() {
        let named: Vec<String> = info
            .ucs2_forcing
            .iter()
            .map(|c| format!("'{}' U+{:04X}", sanitize(&c.to_string()), *c as u32))
            .collect();
        out.note(&format!(
            "UCS-2 (70 characters a segment instead of 160) because of: {}",
            named.join(", ")
        ));
    }
    if !info.leading_whitespace.is_empty() {
        out.warn(&format!(
            "the body starts with {}. {TRAP}.",
            sms::describe_whitespace(&info.leading_whitespace)
        ));
    }
    if !info.trailing_whitespace.is_empty() {
        let file_hint = if from_file && info.trailing_whitespace.ends_with('\n') {
            " (editors and echo end files with a newline; printf '%s' writes none)"
        } else {
            ""
        };
        out.warn(&format!(
            "the body ends with {}{file_hint}; Twilio is known to trim trailing whitespace.",
            sms::describe_whitespace(&info.trailing_whitespace)
        ));
    }
}

/// Polls every sent message until it reaches a final status or the time is
/// up. Returns whether time ran out with messages still in flight.
async fn wait(
    client: &Client,
    out: &Output,
    outcomes: &mut [Outcome],
    body: &str,
    limit: Duration,
) -> bool {
    let started = Instant::now();
    let deadline = started + limit;
    let mut interval = Duration::from_secs(1);
    let mut last_line = String::new();
    let tty = out.stderr_is_tty();
    loop {
        let pending: Vec<usize> = outcomes
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                o.poll_error.is_none()
                    && o.status().is_some_and(|s| !api::is_final_status(s))
                    && o.message.as_ref().and_then(|m| m.sid.as_ref()).is_some()
            })
            .map(|(i, _)| i)
            .collect();
        let now = Instant::now();
        if pending.is_empty() || now >= deadline {
            if tty && !last_line.is_empty() {
                out.progress_done();
            }
            return !pending.is_empty();
        }
        tokio::time::sleep(interval.min(deadline - now)).await;
        let fetches = pending.iter().map(|i| {
            let sid = outcomes[*i]
                .message
                .as_ref()
                .and_then(|m| m.sid.clone())
                .unwrap_or_default();
            async move { client.fetch_message(&sid).await }
        });
        let results = join_all(fetches).await;
        for (i, result) in pending.into_iter().zip(results) {
            match result {
                Ok(message) => {
                    if outcomes[i].alteration.is_none()
                        && let Some(stored) = message.body.as_deref()
                    {
                        outcomes[i].alteration = Some(sms::compare(body, stored));
                    }
                    outcomes[i].message = Some(message);
                }
                Err(error) => outcomes[i].poll_error = Some(error),
            }
        }
        let line = progress_line(outcomes, started.elapsed());
        // On a terminal the line is redrawn each poll (the seconds tick);
        // in a log, a line only when a status changed.
        if tty || line_statuses(&line) != line_statuses(&last_line) {
            out.progress(&line);
        }
        last_line = line;
        interval = (interval * 3 / 2).min(Duration::from_secs(5));
    }
}

fn line_statuses(line: &str) -> &str {
    line.split(" (").next().unwrap_or(line)
}

fn progress_line(outcomes: &[Outcome], elapsed: Duration) -> String {
    let parts: Vec<String> = outcomes
        .iter()
        .filter_map(|o| o.status().map(|s| format!("{} {s}", o.to)))
        .collect();
    format!("waiting: {} ({} s)", parts.join(", "), elapsed.as_secs())
}

fn alteration_text(alteration: &Alteration) -> String {
    match alteration {
        Alteration::Unchanged => "unchanged".into(),
        Alteration::Trimmed { leading, trailing } => {
            let mut parts = Vec::new();
            if !leading.is_empty() {
                parts.push(format!(
                    "{} removed at the start",
                    sms::describe_whitespace(leading)
                ));
            }
            if !trailing.is_empty() {
                parts.push(format!(
                    "{} removed at the end",
                    sms::describe_whitespace(trailing)
                ));
            }
            parts.join(", ")
        }
        Alteration::Prefixed { prefix } => format!("Twilio put {:?} in front", prefix),
        Alteration::Changed => "changed (characters replaced)".into(),
    }
}

fn alteration_key(alteration: &Alteration) -> &'static str {
    match alteration {
        Alteration::Unchanged => "unchanged",
        Alteration::Trimmed { leading, trailing } => {
            match (leading.is_empty(), trailing.is_empty()) {
                (false, true) => "leading_whitespace_removed",
                (true, false) => "trailing_whitespace_removed",
                _ => "whitespace_removed",
            }
        }
        Alteration::Prefixed { .. } => "prefixed",
        Alteration::Changed => "changed",
    }
}

fn error_meaning(code: Option<i64>) -> Option<(&'static str, &'static str)> {
    code.and_then(codes::explain).map(|e| (e.meaning, e.fix))
}

fn report(out: &Output, outcomes: &[Outcome], info: &BodyInfo, from: &str, body: &str) {
    if out.json_wanted() {
        let messages: Vec<serde_json::Value> = outcomes
            .iter()
            .map(|o| {
                let m = o.message.as_ref();
                let code = m.and_then(|m| m.error_code);
                json!({
                    "to": o.to,
                    "sid": m.and_then(|m| m.sid.clone()),
                    "status": o.status(),
                    "error_code": code,
                    "error_message": m.and_then(|m| m.error_message.clone()),
                    "error_meaning": error_meaning(code).map(|(meaning, _)| meaning),
                    "price": m.and_then(|m| m.price.clone()),
                    "price_unit": m.and_then(|m| m.price_unit.clone()),
                    "billed_segments": m.and_then(|m| m.num_segments.clone()),
                    "body_sent": body,
                    "body_stored": m.and_then(|m| m.body.clone()),
                    "alteration": o.alteration.as_ref().map(alteration_key),
                    "send_error": o.send_error.as_ref().map(TwilioError::summary),
                    "poll_error": o.poll_error.as_ref().map(TwilioError::summary),
                })
            })
            .collect();
        out.json(&json!({
            "from": from,
            "encoding": info.encoding,
            "segments": info.segments,
            "characters": info.characters,
            "ucs2_characters": info.ucs2_forcing.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            "leading_whitespace": info.leading_whitespace,
            "trailing_whitespace": info.trailing_whitespace,
            "messages": messages,
        }));
        return;
    }
    let rows = outcomes
        .iter()
        .map(|o| {
            let m = o.message.as_ref();
            let status = match (&o.send_error, o.status()) {
                (Some(error), _) if error.may_have_acted() => "unknown".to_string(),
                (Some(_), _) => "not sent".to_string(),
                (None, Some(status)) => status.to_string(),
                (None, None) => "unknown".to_string(),
            };
            let body_cell = match (&o.alteration, &o.send_error) {
                (_, Some(error)) => error.summary(),
                (Some(a), None) => alteration_text(a),
                (None, None) => "not echoed by Twilio".into(),
            };
            // Twilio prices a message once it has gone out (--wait).
            let price = match (
                m.and_then(|m| m.price.as_deref()),
                m.and_then(|m| m.price_unit.as_deref()),
            ) {
                (Some(price), unit) => {
                    format!("{} {}", price.trim_start_matches('-'), unit.unwrap_or(""))
                }
                (None, _) => "not yet known".to_string(),
            };
            vec![
                Cell::new(&o.to),
                Cell::new(m.and_then(|m| m.sid.as_deref()).unwrap_or("-")),
                Cell::new(status),
                Cell::new(sanitize_cell(price.trim())),
                Cell::new(sanitize_cell(&body_cell)),
            ]
        })
        .collect();
    out.print(&out.table(
        &[
            "to",
            "message",
            "status",
            "price",
            "body as stored by Twilio",
        ],
        rows,
    ));
    for o in outcomes {
        let Some(m) = &o.message else { continue };
        if let Some(code) = m.error_code {
            let (meaning, fix) = error_meaning(Some(code)).unwrap_or((
                "see Twilio's error page",
                "https://www.twilio.com/docs/api/errors",
            ));
            out.print(&format!("{}: error {code}: {meaning}; {fix}", o.to));
        }
    }
}

fn verdict(outcomes: &[Outcome], body: &str, timed_out: bool, limit: u64) -> Result<()> {
    if let Some((o, error)) = outcomes
        .iter()
        .find_map(|o| o.send_error.as_ref().map(|e| (o, e)))
    {
        if error.may_have_acted() {
            return Err(error
                .clone()
                .into_error(&format!("the message to {} may or may not have been sent", o.to))
                .hint("look for it in the Twilio console (Monitor > Messaging) before sending again: gatewayctl never sends twice"));
        }
        return Err(error
            .clone()
            .into_error(&format!("the message to {} was not sent", o.to)));
    }
    if let Some((o, alteration)) = outcomes.iter().find_map(|o| {
        o.alteration
            .as_ref()
            .filter(|a| **a != Alteration::Unchanged)
            .map(|a| (o, a))
    }) {
        let stored = o
            .message
            .as_ref()
            .and_then(|m| m.body.clone())
            .unwrap_or_default();
        let mut error = Error::new(
            Kind::BodyAltered,
            format!(
                "Twilio did not keep the body as sent to {}: {} (sent {:?}, stored {:?})",
                o.to,
                alteration_text(alteration),
                body,
                stored
            ),
        );
        if matches!(alteration, Alteration::Trimmed { leading, .. } if !leading.is_empty()) {
            error = error
                .hint("devices that need commands starting with spaces (Teltonika, Ruptela without an SMS password) will ignore this command")
                .hint("use Vonage or Textlocal for those devices, as Navixy recommends, or set an SMS login and password on the device");
        }
        return Err(error);
    }
    if let Some(o) = outcomes
        .iter()
        .find(|o| o.status().is_some_and(api::is_failed_status))
    {
        let code = o.message.as_ref().and_then(|m| m.error_code);
        let mut error = Error::new(
            Kind::MessageFailed,
            format!(
                "the message to {} ended {}{}",
                o.to,
                o.status().unwrap_or_default(),
                code.map(|c| format!(" with error {c}")).unwrap_or_default()
            ),
        );
        if let Some((meaning, fix)) = error_meaning(code) {
            error = error.hint(format!("{meaning}: {fix}"));
        }
        return Err(error);
    }
    if let Some(o) = outcomes.iter().find(|o| o.poll_error.is_some()) {
        let poll = o.poll_error.clone().unwrap_or(TwilioError::Decode {
            what: String::new(),
        });
        if poll.is_test_credentials() {
            return Err(Error::failure(format!(
                "sent to {} with test credentials, which deliver nothing and cannot be polled",
                o.to
            )));
        }
        return Err(poll.into_error(&format!(
            "the status of the message to {} could not be read",
            o.to
        )));
    }
    if timed_out {
        return Err(Error::failure(format!(
            "no final status within {limit} s; the last known ones are above"
        ))
        .hint("carriers do not always send delivery receipts; check the message in the Twilio console, or raise --wait-timeout"));
    }
    Ok(())
}
