//! From parsed arguments to checked specs. clap already checked each value
//! that has a format; this adds what spans several values (credentials)
//! and says which required value is missing.

use crate::cli::{GateArgs, LinkArgs};
use crate::credentials::Credentials;
use crate::error::{Error, Result};
use crate::navixy::{GateSpec, LinkSpec};

pub fn credentials(args: &crate::cli::CredentialArgs) -> Result<Credentials> {
    Credentials::from_parts(
        args.account_sid.as_deref(),
        args.auth_token.as_ref(),
        args.api_key.as_deref(),
        args.api_secret.as_ref(),
    )
    .map_err(Error::usage)
}

fn required<T: Clone>(value: &Option<T>, flag: &str, what: &str) -> Result<T> {
    value
        .clone()
        .ok_or_else(|| Error::usage(format!("missing {flag}: {what}")))
}

pub fn gate_spec(args: &GateArgs) -> Result<GateSpec> {
    Ok(GateSpec {
        credentials: credentials(&args.credentials)?,
        phone: required(
            &args.phone,
            "--phone",
            "the Twilio number to send from, in E.164 (e.g. +15551234567)",
        )?,
        dealer_id: required(
            &args.dealer_id,
            "--dealer-id",
            "the dealer (PaaS account) to set up the gate for",
        )?,
        label: args.label.clone(),
        owner_id: args.owner_id,
        gate_type: args.gate_type.into(),
        class_filter: args.class_filter.clone(),
        status_callback: args.status_callback,
        enabled: !args.disabled,
        allow_duplicate: args.allow_duplicate,
    })
}

pub fn link_spec(args: &LinkArgs) -> Result<LinkSpec> {
    Ok(LinkSpec {
        gate_id: required(&args.gate_id, "--gate-id", "the existing gate to link")?,
        dealer_id: required(&args.dealer_id, "--dealer-id", "the dealer to link")?,
        phone: required(
            &args.phone,
            "--phone",
            "the dealer's sender number, in E.164",
        )?,
    })
}
