//! What a message body will cost and what Twilio may do to it: encoding
//! (GSM-7 or UCS-2), segments, surrounding whitespace, and how the body
//! Twilio echoes back differs from the one sent.

/// GSM 03.38 basic character set (one septet each).
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// GSM 03.38 extension table (two septets each: escape + character).
const GSM_EXTENDED: &str = "^{}\\[~]|€\u{000C}";

/// Twilio's limit on Body, in characters.
pub const MAX_BODY_CHARS: usize = 1600;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    #[serde(rename = "GSM-7")]
    Gsm7,
    #[serde(rename = "UCS-2")]
    Ucs2,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BodyInfo {
    pub encoding: Encoding,
    pub segments: usize,
    pub characters: usize,
    /// Characters outside GSM-7 that force UCS-2, each once, in order.
    pub ucs2_forcing: Vec<char>,
    pub leading_whitespace: String,
    pub trailing_whitespace: String,
}

pub fn analyse(body: &str) -> BodyInfo {
    let mut septets = 0usize;
    let mut ucs2_forcing: Vec<char> = Vec::new();
    for c in body.chars() {
        if GSM_BASIC.contains(c) {
            septets += 1;
        } else if GSM_EXTENDED.contains(c) {
            septets += 2;
        } else if !ucs2_forcing.contains(&c) {
            ucs2_forcing.push(c);
        }
    }
    let (encoding, segments) = if ucs2_forcing.is_empty() {
        (Encoding::Gsm7, segments_for(septets, 160, 153))
    } else {
        let units = body.encode_utf16().count();
        (Encoding::Ucs2, segments_for(units, 70, 67))
    };
    let leading: String = body.chars().take_while(|c| c.is_whitespace()).collect();
    let trailing: String = if leading.len() == body.len() {
        String::new()
    } else {
        let mut t: Vec<char> = body
            .chars()
            .rev()
            .take_while(|c| c.is_whitespace())
            .collect();
        t.reverse();
        t.into_iter().collect()
    };
    BodyInfo {
        encoding,
        segments,
        characters: body.chars().count(),
        ucs2_forcing,
        leading_whitespace: leading,
        trailing_whitespace: trailing,
    }
}

fn segments_for(units: usize, single: usize, part: usize) -> usize {
    if units <= single {
        1
    } else {
        units.div_ceil(part)
    }
}

/// "2 spaces", "1 tab", "a space and a newline".
pub fn describe_whitespace(ws: &str) -> String {
    let name = |c: char| match c {
        ' ' => "space",
        '\t' => "tab",
        '\n' => "newline",
        '\r' => "carriage return",
        '\u{a0}' => "no-break space",
        _ => "whitespace character",
    };
    let chars: Vec<char> = ws.chars().collect();
    if chars.iter().all(|c| *c == chars[0]) {
        let n = chars.len();
        format!("{n} {}{}", name(chars[0]), if n == 1 { "" } else { "s" })
    } else {
        chars
            .iter()
            .map(|c| name(*c))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// How the body Twilio stored differs from the one sent.
#[derive(Clone, Debug, PartialEq)]
pub enum Alteration {
    Unchanged,
    /// Leading and/or trailing whitespace removed, the rest intact.
    Trimmed {
        leading: String,
        trailing: String,
    },
    /// Text put in front (a trial account's notice, for one).
    Prefixed {
        prefix: String,
    },
    /// Anything else (Smart Encoding replacing characters, for one).
    Changed,
}

pub fn compare(sent: &str, stored: &str) -> Alteration {
    if sent == stored {
        return Alteration::Unchanged;
    }
    let info = analyse(sent);
    let lead = &info.leading_whitespace;
    let trail = &info.trailing_whitespace;
    let core = &sent[lead.len()..sent.len() - trail.len()];
    for (keep_lead, keep_trail) in [(false, true), (true, false), (false, false)] {
        let candidate = format!(
            "{}{core}{}",
            if keep_lead { lead.as_str() } else { "" },
            if keep_trail { trail.as_str() } else { "" }
        );
        if stored == candidate {
            return Alteration::Trimmed {
                leading: if keep_lead {
                    String::new()
                } else {
                    lead.clone()
                },
                trailing: if keep_trail {
                    String::new()
                } else {
                    trail.clone()
                },
            };
        }
    }
    if let Some(prefix) = stored.strip_suffix(sent) {
        return Alteration::Prefixed {
            prefix: prefix.to_string(),
        };
    }
    Alteration::Changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm_basic_and_extension_septets() {
        let info = analyse("  getinfo");
        assert_eq!(info.encoding, Encoding::Gsm7);
        assert_eq!(info.segments, 1);
        assert_eq!(info.leading_whitespace, "  ");
        assert_eq!(analyse(&"a".repeat(160)).segments, 1);
        assert_eq!(analyse(&"a".repeat(161)).segments, 2);
        // Each '{' costs two septets: 80 of them fill one SMS, 81 need two.
        assert_eq!(analyse(&"{".repeat(80)).segments, 1);
        assert_eq!(analyse(&"{".repeat(81)).segments, 2);
    }

    #[test]
    fn one_unicode_character_switches_to_ucs2_and_is_named() {
        let info = analyse("setparam 2004:host “quoted”");
        assert_eq!(info.encoding, Encoding::Ucs2);
        assert_eq!(info.ucs2_forcing, vec!['“', '”']);
        assert_eq!(analyse(&"ж".repeat(70)).segments, 1);
        assert_eq!(analyse(&"ж".repeat(71)).segments, 2);
    }

    #[test]
    fn whitespace_descriptions() {
        assert_eq!(describe_whitespace("  "), "2 spaces");
        assert_eq!(describe_whitespace(" "), "1 space");
        assert_eq!(describe_whitespace(" \n"), "space, newline");
    }

    #[test]
    fn compare_finds_the_leading_space_trap() {
        assert_eq!(compare("  getinfo", "  getinfo"), Alteration::Unchanged);
        assert_eq!(
            compare("  getinfo", "getinfo"),
            Alteration::Trimmed {
                leading: "  ".into(),
                trailing: String::new()
            }
        );
        assert_eq!(
            compare("  getinfo\n", "  getinfo"),
            Alteration::Trimmed {
                leading: String::new(),
                trailing: "\n".into()
            }
        );
        assert_eq!(
            compare(" x ", "x"),
            Alteration::Trimmed {
                leading: " ".into(),
                trailing: " ".into()
            }
        );
        assert_eq!(
            compare("cmd", "Sent from your Twilio trial account - cmd"),
            Alteration::Prefixed {
                prefix: "Sent from your Twilio trial account - ".into()
            }
        );
        assert_eq!(compare("a’b", "a'b"), Alteration::Changed);
        assert_eq!(
            compare("   ", ""),
            Alteration::Trimmed {
                leading: "   ".into(),
                trailing: String::new()
            }
        );
    }
}
