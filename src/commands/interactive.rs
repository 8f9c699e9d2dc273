//! Asking for what the command line left out, when there is a terminal to
//! ask on. Every answer passes the same rules as the flags.

use crate::cli::{CredentialArgs, GateArgs};
use crate::error::{Error, Result};
use crate::navixy::{Dealer, Schema, Target, reads};
use crate::output::{Output, sanitize};
use crate::{input, prompt};

/// Fills in missing add-twilio values: credentials, sender, dealer (picked
/// from the database), label.
pub async fn fill_gate(
    args: &mut GateArgs,
    target: &Target,
    schema_name: &str,
    out: &Output,
) -> Result<()> {
    let missing = args.credentials.account_sid.is_none()
        || (args.credentials.auth_token.is_none() && args.credentials.api_key.is_none())
        || args.phone.is_none()
        || args.dealer_id.is_none();
    if !missing || !prompt::can_ask() {
        return Ok(());
    }
    out.status("Some values are missing; answer below (Ctrl-C stops, nothing is written before the last question).");
    fill_credentials(&mut args.credentials).await?;
    if args.phone.is_none() {
        args.phone = Some(
            prompt::text(
                "Twilio number to send from (E.164, e.g. +15551234567)",
                input::e164,
            )
            .await?,
        );
    }
    if args.dealer_id.is_none() {
        args.dealer_id = Some(pick_dealer(target, schema_name).await?);
    }
    if args.label.is_none() {
        args.label =
            prompt::optional_text("Label for the gate (empty for none)", input::label).await?;
    }
    Ok(())
}

async fn fill_credentials(credentials: &mut CredentialArgs) -> Result<()> {
    if credentials.account_sid.is_none() {
        credentials.account_sid =
            Some(prompt::text("Twilio Account SID (AC...)", input::account_sid).await?);
    }
    if credentials.auth_token.is_some() || credentials.api_key.is_some() {
        return Ok(());
    }
    let kinds = vec![
        "Auth token (Twilio console > Account > API keys & tokens)".to_string(),
        "API key and secret (SK...)".to_string(),
    ];
    match prompt::pick("Authenticate with (arrow keys, Enter)", kinds).await? {
        0 => {
            credentials.auth_token =
                Some(prompt::secret("Auth token (hidden)", input::auth_token).await?)
        }
        _ => {
            credentials.api_key =
                Some(prompt::text("API key SID (SK...)", input::api_key_sid).await?);
            credentials.api_secret =
                Some(prompt::secret("API key secret (hidden)", input::api_secret).await?);
        }
    }
    Ok(())
}

fn dealer_line(dealer: &Dealer) -> String {
    let sender = match dealer.from_sms.as_deref() {
        None | Some("") => "no sender".to_string(),
        Some(sender) => format!("sender {}", sanitize(sender)),
    };
    format!("{}, {sender}", sanitize(&dealer.describe()))
}

async fn pick_dealer(target: &Target, schema_name: &str) -> Result<u64> {
    let mut db = target.connect().await?;
    let schema = Schema::inspect(&mut db, schema_name).await?;
    let dealers = reads::dealers(&mut db, &schema).await?;
    db.close().await;
    if dealers.is_empty() {
        return Err(Error::refused(format!(
            "{}.dealers is empty: there is no dealer to set up",
            schema.name
        )));
    }
    let lines = dealers.iter().map(dealer_line).collect();
    let index = prompt::choose("Dealer (type to filter)", lines).await?;
    Ok(dealers[index].id)
}
