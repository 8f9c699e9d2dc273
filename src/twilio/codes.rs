//! Twilio error codes an admin meets while wiring a gateway, each with what
//! it means and what to do. Twilio splits and adds codes over time, so an
//! unknown code falls back to Twilio's own message and its error page.

pub struct Explanation {
    pub meaning: &'static str,
    pub fix: &'static str,
}

const fn e(meaning: &'static str, fix: &'static str) -> Explanation {
    Explanation { meaning, fix }
}

pub fn explain(code: i64) -> Option<Explanation> {
    Some(match code {
        20003 => e(
            "authentication failed",
            "check the Account SID and auth token (or API key and secret): a typo, a rotated token, a deleted key, credentials from another region, or a suspended or closed account all look the same to Twilio",
        ),
        20008 => e(
            "these are Twilio test credentials",
            "test credentials cannot read the account, numbers or messages and never deliver SMS; use the live Account SID and auth token from the Twilio console",
        ),
        20404 => e(
            "the resource was not found",
            "check the SID in the request, and that it belongs to this account and region",
        ),
        20429 => e(
            "too many concurrent requests",
            "Twilio did not process the request; wait a moment and try again",
        ),
        21211 => e(
            "the To number is not a valid phone number",
            "write it in E.164: +, country code, number",
        ),
        21212 => e(
            "the From number is not a valid sender",
            "use a number (E.164) that belongs to this Twilio account",
        ),
        21408 => e(
            "SMS to this country is not enabled",
            "enable the country in the Twilio console under Messaging > Settings > Geo permissions",
        ),
        21606 => e(
            "the From number cannot send SMS from this account",
            "use an SMS-capable number that belongs to this account (not a test number, not one still porting)",
        ),
        21608 => e(
            "a trial account can only send to verified numbers",
            "verify the destination number in the Twilio console, or upgrade the account",
        ),
        21610 => e(
            "the recipient has opted out (replied STOP)",
            "the recipient must text START to this number before it can receive from it again",
        ),
        21611 => e(
            "the sender's queue is full",
            "wait for queued messages to go out, or spread traffic over more numbers",
        ),
        21612 => e(
            "this To/From pair cannot be routed",
            "send from a number that can reach this destination (country, carrier)",
        ),
        21614 => e(
            "the To number is not a mobile number that can receive SMS",
            "check the SIM's number; some IoT/M2M numbers fail Twilio's check, in which case ask Twilio support",
        ),
        21617 => e(
            "the body is longer than 1600 characters",
            "shorten the message",
        ),
        21658 => e("a parameter is longer than allowed", "shorten the body"),
        21663 => e(
            "the number's messaging region does not match the API host",
            "use --twilio-region/--twilio-edge for the region the number lives in",
        ),
        30001 => e(
            "the message waited in the queue too long",
            "Twilio's queue for this sender overflowed; send less at once",
        ),
        30002 => e(
            "the account was suspended",
            "check the account's status and balance in the Twilio console",
        ),
        30003 => e(
            "the handset is unreachable",
            "the device is off, out of coverage or cannot take SMS; try again when it is online",
        ),
        30004 => e(
            "the message was blocked",
            "the recipient or its carrier blocks messages from this sender",
        ),
        30005 => e(
            "unknown destination handset",
            "the number does not exist or is not provisioned; check the SIM's number",
        ),
        30006 => e(
            "landline or unreachable carrier",
            "the number cannot receive SMS; check the SIM's number",
        ),
        30007 => e(
            "the carrier filtered the message",
            "carrier spam filtering; register the sender (A2P 10DLC, toll-free verification) or change the content",
        ),
        30008 => e(
            "unknown error from the carrier",
            "try again; if it persists, contact Twilio support with the message SID",
        ),
        30032 => e(
            "toll-free number not verified",
            "complete toll-free verification in the Twilio console",
        ),
        30034 => e(
            "US A2P 10DLC: sender not registered",
            "register the number with an approved A2P 10DLC campaign",
        ),
        30044 => e(
            "trial account: the message has too many segments",
            "shorten the message or upgrade the account",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_admins_meet_are_explained() {
        for code in [
            20003, 20008, 20404, 20429, 21211, 21212, 21606, 21608, 21610, 21614, 30003, 30004,
            30005, 30006, 30007, 30008,
        ] {
            let explanation = explain(code).unwrap_or_else(|| panic!("{code} unexplained"));
            assert!(!explanation.meaning.is_empty() && !explanation.fix.is_empty());
        }
        assert!(explain(99999).is_none());
    }
}
