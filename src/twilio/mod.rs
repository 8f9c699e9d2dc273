//! Twilio's REST API (2010-04-01): the only module that speaks HTTP.
//!
//! Basic auth with AccountSid:AuthToken or ApiKeySid:ApiKeySecret; the path
//! always carries the Account SID. Timeouts on connect and on each request;
//! HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment. Reads are
//! retried on 429 and 5xx with bounded backoff; a message is never sent a
//! second time unless Twilio said it did not process the first request.

pub mod api;
pub mod codes;
pub mod sms;

use crate::credentials::Credentials;
use crate::error::Error;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const DEFAULT_API_URL: &str = "https://api.twilio.com";
const API_VERSION: &str = "2010-04-01";

/// Twilio's edge for each region, as twilio-cli fills it in. Region-only
/// hosts (`api.ie1.twilio.com`) stopped working on 2026-04-28, so a region
/// given alone gets its edge from here.
const REGION_EDGES: [(&str, &str); 9] = [
    ("au1", "sydney"),
    ("br1", "sao-paulo"),
    ("de1", "frankfurt"),
    ("ie1", "dublin"),
    ("jp1", "tokyo"),
    ("jp2", "osaka"),
    ("sg1", "singapore"),
    ("us1", "ashburn"),
    ("us2", "umatilla"),
];

/// The API base URL: an explicit one as given (tests, private endpoints),
/// else `https://api.{edge}.{region}.twilio.com` when a region or an edge is
/// set (an edge alone means region us1, as Twilio's libraries do), else
/// `https://api.twilio.com`.
pub fn base_url(
    explicit: Option<&str>,
    region: Option<&str>,
    edge: Option<&str>,
) -> Result<String, String> {
    if let Some(url) = explicit {
        let url = url.trim().trim_end_matches('/');
        let parsed = url::Url::parse(url)
            .map_err(|e| format!("the Twilio API URL '{url}' is not valid: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Err(format!(
                "the Twilio API URL '{url}' must be http(s)://HOST[:PORT], e.g. https://api.twilio.com"
            ));
        }
        return Ok(url.to_string());
    }
    let clean = |v: Option<&str>| {
        v.map(|s| s.trim().to_ascii_lowercase())
            .filter(|s| !s.is_empty())
    };
    let (region, edge) = (clean(region), clean(edge));
    let valid = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    for value in [&region, &edge].into_iter().flatten() {
        if !valid(value) {
            return Err(format!("'{value}' is not a Twilio region or edge name"));
        }
    }
    match (region, edge) {
        (None, None) => Ok(DEFAULT_API_URL.to_string()),
        (region, Some(edge)) => Ok(format!(
            "https://api.{edge}.{}.twilio.com",
            region.unwrap_or_else(|| "us1".into())
        )),
        (Some(region), None) => match REGION_EDGES.iter().find(|(r, _)| *r == region) {
            Some((_, edge)) => Ok(format!("https://api.{edge}.{region}.twilio.com")),
            None => Err(format!(
                "unknown Twilio region '{region}': give its edge too (--twilio-edge), e.g. dublin for ie1"
            )),
        },
    }
}

/// A failed call, told apart by what went wrong.
#[derive(Debug, Clone)]
pub enum TwilioError {
    /// Twilio answered with an error status.
    Api {
        status: u16,
        code: Option<i64>,
        message: String,
        more_info: Option<String>,
    },
    /// No answer within the request timeout.
    Timeout { host: String, seconds: u64 },
    /// The proxy could not be reached or refused the tunnel.
    Proxy {
        host: String,
        proxy: String,
        detail: String,
    },
    /// The TLS handshake failed (certificate, interception, protocol).
    Tls { host: String, detail: String },
    /// DNS, refused connection, reset: the network.
    Network { host: String, detail: String },
    /// A 2xx whose body is not the JSON expected.
    Decode { what: String },
}

impl TwilioError {
    pub fn code(&self) -> Option<i64> {
        match self {
            TwilioError::Api { code, .. } => *code,
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            TwilioError::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether the failure is authentication (as opposed to the network).
    pub fn is_auth(&self) -> bool {
        matches!(self.code(), Some(20003)) || self.status() == Some(401)
    }

    pub fn is_test_credentials(&self) -> bool {
        self.code() == Some(20008)
    }

    /// Twilio could not be asked, or could not answer: the network, a
    /// proxy, TLS, a timeout, or Twilio's own 5xx and 429 after retries.
    /// Says nothing about the credentials or the number.
    pub fn is_service_failure(&self) -> bool {
        match self {
            TwilioError::Api { status, .. } => *status >= 500 || *status == 429,
            _ => true,
        }
    }

    /// Whether Twilio may have acted on the request although it failed: a
    /// 5xx, a timeout or a connection lost after sending. A refusal (4xx)
    /// or a connection that never opened means it did not.
    pub fn may_have_acted(&self) -> bool {
        match self {
            TwilioError::Api { status, .. } => *status >= 500,
            TwilioError::Network { detail, .. } => !detail.starts_with(NOT_CONNECTED),
            TwilioError::Tls { .. } => false,
            TwilioError::Timeout { .. }
            | TwilioError::Proxy { .. }
            | TwilioError::Decode { .. } => true,
        }
    }

    /// One line: what happened.
    pub fn summary(&self) -> String {
        match self {
            TwilioError::Api {
                status,
                code,
                message,
                ..
            } => {
                let meaning = code.and_then(codes::explain).map(|e| e.meaning);
                match (code, meaning) {
                    (Some(code), Some(meaning)) => {
                        format!("Twilio answered {status}, error {code}: {meaning} ({message})")
                    }
                    (Some(code), None) => {
                        format!("Twilio answered {status}, error {code}: {message}")
                    }
                    (None, _) => format!("Twilio answered {status}: {message}"),
                }
            }
            TwilioError::Timeout { host, seconds } => {
                format!("no answer from {host} within {seconds} s")
            }
            TwilioError::Proxy {
                host,
                proxy,
                detail,
            } => {
                format!("could not reach {host} through the proxy {proxy}: {detail}")
            }
            TwilioError::Tls { host, detail } => format!("TLS with {host} failed: {detail}"),
            TwilioError::Network { host, detail } => format!("could not reach {host}: {detail}"),
            TwilioError::Decode { what } => format!("Twilio's answer could not be read: {what}"),
        }
    }

    /// What to do about it.
    pub fn fix(&self) -> Option<String> {
        match self {
            TwilioError::Api {
                code, more_info, ..
            } => match code.and_then(codes::explain) {
                Some(explanation) => Some(explanation.fix.to_string()),
                None => more_info.clone().map(|url| format!("see {url}")),
            },
            TwilioError::Timeout { .. } => Some(
                "check the network path to Twilio, or raise --twilio-timeout".into(),
            ),
            TwilioError::Proxy { .. } => Some(
                "check HTTPS_PROXY/HTTP_PROXY, or add the host to NO_PROXY to go direct".into(),
            ),
            TwilioError::Tls { .. } => Some(
                "a TLS-inspecting proxy or a missing CA certificate on this host is the usual cause (check the system's CA store); or the address does not speak HTTPS".into(),
            ),
            TwilioError::Network { .. } => Some(
                "check DNS and outbound HTTPS (port 443) from this host, or set HTTPS_PROXY".into(),
            ),
            TwilioError::Decode { .. } => None,
        }
    }

    /// As a gatewayctl error (exit status 4).
    pub fn into_error(self, context: &str) -> Error {
        let mut error = Error::twilio(format!("{context}: {}", self.summary()));
        if let Some(fix) = self.fix() {
            error = error.hint(fix);
        }
        error
    }
}

/// How a request may be repeated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Retry {
    /// Reads and idempotent updates: 429, 5xx and network errors.
    Idempotent,
    /// Creating a message: only when Twilio cannot have acted on it (the
    /// connection never opened, or 429/20429 "not processed").
    NotProcessedOnly,
}

const ATTEMPTS: u32 = 4;

/// Called with one line per HTTP exchange (`--verbose`). Never given
/// secrets: the lines carry method, path, status and time only.
pub type Trace = Arc<dyn Fn(String) + Send + Sync>;

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    host: String,
    credentials: Credentials,
    timeout: Duration,
    trace: Option<Trace>,
    backoff: Duration,
}

impl Client {
    pub fn new(
        base_url: &str,
        credentials: Credentials,
        timeout: Duration,
        trace: Option<Trace>,
    ) -> Result<Self, Error> {
        // rustls needs a process-wide crypto provider; installing it twice
        // is harmless (the second call just reports it is already set).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .user_agent(concat!("gatewayctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .timeout(timeout)
            .build()
            .map_err(|e| Error::twilio(format!("cannot set up HTTPS: {e}")))?;
        let host = url::Url::parse(base_url)
            .ok()
            .and_then(|u| {
                u.host_str().map(|h| match u.port() {
                    Some(p) => format!("{h}:{p}"),
                    None => h.to_string(),
                })
            })
            .unwrap_or_else(|| base_url.to_string());
        Ok(Self {
            http,
            base: base_url.trim_end_matches('/').to_string(),
            host,
            credentials,
            timeout,
            trace,
            backoff: Duration::from_millis(250),
        })
    }

    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    fn account_path(&self, rest: &str) -> String {
        format!(
            "/{API_VERSION}/Accounts/{}{rest}",
            self.credentials.account_sid()
        )
    }

    /// `GET /Accounts/{Sid}.json`. The response holds the auth token; only
    /// the fields of [`api::Account`] are kept.
    pub async fn fetch_account(&self) -> Result<api::Account, TwilioError> {
        self.get(&self.account_path(".json"), &[]).await
    }

    /// The account's incoming number equal to `phone`, if it has one. A
    /// Standard API key may make this call, so it doubles as the
    /// credentials check for API keys.
    pub async fn find_number(
        &self,
        phone: &str,
    ) -> Result<Option<api::IncomingNumber>, TwilioError> {
        let list: api::NumberList = self
            .get(
                &self.account_path("/IncomingPhoneNumbers.json"),
                &[("PhoneNumber", phone), ("PageSize", "20")],
            )
            .await?;
        Ok(list
            .incoming_phone_numbers
            .into_iter()
            .find(|n| n.phone_number.as_deref() == Some(phone)))
    }

    /// One number of the account, to prove the credentials work when no
    /// sender is given (a call any API key may make).
    pub async fn probe_numbers(&self) -> Result<(), TwilioError> {
        let _: api::NumberList = self
            .get(
                &self.account_path("/IncomingPhoneNumbers.json"),
                &[("PageSize", "1")],
            )
            .await?;
        Ok(())
    }

    /// Points the number's incoming SMS at `url` (POST). An SMS application
    /// on the number would take precedence; the caller warns about it.
    pub async fn set_sms_url(
        &self,
        number_sid: &str,
        url: &str,
    ) -> Result<api::IncomingNumber, TwilioError> {
        let path = self.account_path(&format!("/IncomingPhoneNumbers/{number_sid}.json"));
        self.send(
            reqwest::Method::POST,
            &path,
            &[],
            Some(&[("SmsUrl", url), ("SmsMethod", "POST")]),
            Retry::Idempotent,
        )
        .await
    }

    pub async fn send_message(
        &self,
        from: &str,
        to: &str,
        body: &str,
    ) -> Result<api::Message, TwilioError> {
        self.send(
            reqwest::Method::POST,
            &self.account_path("/Messages.json"),
            &[],
            Some(&[("To", to), ("From", from), ("Body", body)]),
            Retry::NotProcessedOnly,
        )
        .await
    }

    pub async fn fetch_message(&self, sid: &str) -> Result<api::Message, TwilioError> {
        self.get(&self.account_path(&format!("/Messages/{sid}.json")), &[])
            .await
    }

    pub async fn fetch_balance(&self) -> Result<api::Balance, TwilioError> {
        self.get(&self.account_path("/Balance.json"), &[]).await
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<T, TwilioError> {
        self.send(reqwest::Method::GET, path, query, None, Retry::Idempotent)
            .await
    }

    async fn send<T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &[(&str, &str)],
        form: Option<&[(&str, &str)]>,
        retry: Retry,
    ) -> Result<T, TwilioError> {
        let url = format!("{}{path}", self.base);
        let mut attempt = 1;
        loop {
            let mut request = self.http.request(method.clone(), &url).basic_auth(
                self.credentials.username(),
                Some(self.credentials.password().expose()),
            );
            if !query.is_empty() {
                request = request.query(query);
            }
            if let Some(form) = form {
                request = request.form(form);
            }
            let started = Instant::now();
            let outcome = request.send().await;
            let (result, retry_after) = match outcome {
                Ok(response) => {
                    let status = response.status().as_u16();
                    let retry_after = response
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .map(Duration::from_secs);
                    self.trace_line(&method, path, query, &status.to_string(), started);
                    (self.read_response(response).await, retry_after)
                }
                Err(e) => {
                    self.trace_line(&method, path, query, "no answer", started);
                    (Err(self.transport_error(&e)), None)
                }
            };
            let error = match result {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            let again = attempt < ATTEMPTS
                && match (retry, &error) {
                    (_, TwilioError::Api { status: 429, .. }) => true,
                    (Retry::Idempotent, TwilioError::Api { status, .. }) => *status >= 500,
                    // A timeout is not retried: the wait would multiply, and
                    // --twilio-timeout would no longer mean what it says.
                    (Retry::Idempotent, TwilioError::Network { .. }) => true,
                    (Retry::NotProcessedOnly, TwilioError::Network { detail, .. }) => {
                        detail.starts_with(NOT_CONNECTED)
                    }
                    _ => false,
                };
            if !again {
                return Err(error);
            }
            let backoff = self.backoff * 2u32.pow(attempt - 1);
            let wait = retry_after.unwrap_or(backoff).min(Duration::from_secs(5));
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    async fn read_response<T: DeserializeOwned>(
        &self,
        response: reqwest::Response,
    ) -> Result<T, TwilioError> {
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(&e))?;
        // Whatever the answer says, the secret in it (the account fetch
        // returns the auth token; a broken endpoint may echo anything) is
        // masked before a single field is read.
        let body = self.scrub(&String::from_utf8_lossy(&body));
        if status.is_success() {
            // On a parse failure, say where, never what.
            return serde_json::from_str(&body).map_err(|e| TwilioError::Decode {
                what: format!(
                    "unexpected JSON from {} (line {}, column {})",
                    self.host,
                    e.line(),
                    e.column()
                ),
            });
        }
        let parsed: Option<api::ErrorBody> = serde_json::from_str(&body).ok();
        let (code, message, more_info) = match parsed {
            Some(b) if b.code.is_some() || b.message.is_some() => {
                (b.code, b.message.unwrap_or_default(), b.more_info)
            }
            _ => (
                None,
                status.canonical_reason().unwrap_or("error").to_string(),
                None,
            ),
        };
        Err(TwilioError::Api {
            status: status.as_u16(),
            code,
            message: message.chars().take(300).collect(),
            more_info: more_info.map(|m| m.chars().take(300).collect()),
        })
    }

    /// Masks the credential's secret, and the Basic authorization value
    /// that carries it, wherever they appear in `text`.
    fn scrub(&self, text: &str) -> String {
        let secret = self.credentials.password();
        if secret.expose().is_empty() {
            return text.to_string();
        }
        let basic = base64(&format!(
            "{}:{}",
            self.credentials.username(),
            secret.expose()
        ));
        text.replace(secret.expose(), &secret.masked())
            .replace(&basic, "***")
    }

    fn transport_error(&self, e: &reqwest::Error) -> TwilioError {
        let host = self.host.clone();
        if e.is_timeout() {
            return TwilioError::Timeout {
                host,
                seconds: self.timeout.as_secs(),
            };
        }
        let chain = error_chain(e);
        let lower = chain.to_ascii_lowercase();
        // TLS first: through a proxy the handshake is still with Twilio
        // (or whatever intercepts it), and the proxy is not the fault.
        if is_tls_failure(e) || lower.contains("certificate") || lower.contains("handshake") {
            return TwilioError::Tls {
                host,
                detail: self.scrub(&chain),
            };
        }
        if let Some(proxy) = proxy_for(&self.base)
            && (lower.contains("proxy") || lower.contains("tunnel") || e.is_connect())
        {
            return TwilioError::Proxy {
                host,
                proxy,
                detail: self.scrub(&chain),
            };
        }
        let detail = if e.is_connect() {
            format!("{NOT_CONNECTED}{}", self.scrub(&chain))
        } else {
            self.scrub(&chain)
        };
        TwilioError::Network { host, detail }
    }

    fn trace_line(
        &self,
        method: &reqwest::Method,
        path: &str,
        query: &[(&str, &str)],
        status: &str,
        started: Instant,
    ) {
        if let Some(trace) = &self.trace {
            let query = if query.is_empty() {
                String::new()
            } else {
                let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!("?{}", pairs.join("&"))
            };
            trace(format!(
                "twilio: {method} {path}{query} -> {status} ({} ms)",
                started.elapsed().as_millis()
            ));
        }
    }
}

/// Whether rustls, somewhere down the error's causes, refused the
/// connection (a bad certificate, or a peer that does not speak TLS).
/// rustls errors arrive wrapped in `io::Error`s, whose `source()` skips
/// the error they carry, so those are opened by hand.
fn is_tls_failure(e: &reqwest::Error) -> bool {
    fn carries_rustls(err: &(dyn std::error::Error + 'static)) -> bool {
        if err.downcast_ref::<rustls::Error>().is_some() {
            return true;
        }
        match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => carries_rustls(inner),
            None => false,
        }
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(err) = source {
        if carries_rustls(err) {
            return true;
        }
        source = err.source();
    }
    false
}

/// Whether `ip` is `entry`, an address or a CIDR block (`127.0.0.0/8`),
/// as NO_PROXY may list them.
fn in_network(ip: std::net::IpAddr, entry: &str) -> bool {
    let (address, bits) = match entry.split_once('/') {
        Some((address, bits)) => (address, bits.parse::<u32>().ok()),
        None => (entry, None),
    };
    let Ok(network) = address.trim_matches(['[', ']']).parse::<std::net::IpAddr>() else {
        return false;
    };
    match (ip, network) {
        (std::net::IpAddr::V4(ip), std::net::IpAddr::V4(net)) => {
            let bits = bits.unwrap_or(32).min(32);
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (std::net::IpAddr::V6(ip), std::net::IpAddr::V6(net)) => {
            let bits = bits.unwrap_or(128).min(128);
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

/// Standard base64, for recognising a Basic authorization value.
fn base64(text: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Marks a network error that happened before the request left this host.
const NOT_CONNECTED: &str = "connection failed: ";

fn error_chain(e: &reqwest::Error) -> String {
    let mut parts = Vec::new();
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(err) = source {
        let text = err.to_string();
        // hyper's wrapper ("client error (Connect)") says nothing the
        // layers below do not say better.
        if !parts.contains(&text) && !text.starts_with("client error (") {
            parts.push(text);
        }
        source = err.source();
    }
    if parts.is_empty() {
        e.to_string()
    } else {
        parts.join(": ")
    }
}

/// The proxy the environment sets for this URL, shown without credentials,
/// unless NO_PROXY exempts the host.
fn proxy_for(base: &str) -> Option<String> {
    let url = url::Url::parse(base).ok()?;
    let names: &[&str] = if url.scheme() == "https" {
        &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
    } else {
        &["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
    };
    let value = names
        .iter()
        .find_map(|n| std::env::var(n).ok().filter(|v| !v.is_empty()))?;
    let host = url.host_str().unwrap_or_default();
    let no_proxy = std::env::var("NO_PROXY")
        .or_else(|_| std::env::var("no_proxy"))
        .unwrap_or_default();
    let host_ip: Option<std::net::IpAddr> = host.trim_matches(['[', ']']).parse().ok();
    let exempt = no_proxy.split(',').map(str::trim).any(|entry| {
        entry == "*"
            || (!entry.is_empty()
                && (host == entry
                    || host.ends_with(&format!(".{}", entry.trim_start_matches('.')))
                    || host_ip.is_some_and(|ip| in_network(ip, entry))))
    });
    if exempt {
        return None;
    }
    let shown = match url::Url::parse(&value) {
        Ok(mut p) => {
            let _ = p.set_password(None);
            let _ = p.set_username("");
            p.to_string().trim_end_matches('/').to_string()
        }
        Err(_) => "(unparsable proxy setting)".to_string(),
    };
    Some(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_built_like_twilios_libraries() {
        assert_eq!(
            base_url(None, None, None).unwrap(),
            "https://api.twilio.com"
        );
        assert_eq!(
            base_url(None, Some("ie1"), Some("dublin")).unwrap(),
            "https://api.dublin.ie1.twilio.com"
        );
        assert_eq!(
            base_url(None, None, Some("sydney")).unwrap(),
            "https://api.sydney.us1.twilio.com"
        );
        // Never the region-only host, which stopped working in 2026.
        assert_eq!(
            base_url(None, Some("au1"), None).unwrap(),
            "https://api.sydney.au1.twilio.com"
        );
        assert!(base_url(None, Some("xx9"), None).is_err());
        assert_eq!(
            base_url(Some("http://127.0.0.1:4010/"), Some("ie1"), None).unwrap(),
            "http://127.0.0.1:4010"
        );
        assert!(base_url(Some("ftp://x"), None, None).is_err());
    }

    #[test]
    fn no_proxy_networks() {
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        assert!(in_network(ip("127.0.0.1"), "127.0.0.0/8"));
        assert!(in_network(ip("10.1.2.3"), "10.1.2.3"));
        assert!(!in_network(ip("10.1.2.3"), "10.1.3.0/24"));
        assert!(in_network(ip("::1"), "::1/128"));
        assert!(in_network(ip("192.168.5.5"), "0.0.0.0/0"));
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64("user:pass"), "dXNlcjpwYXNz");
        assert_eq!(base64("a"), "YQ==");
        assert_eq!(base64("ab"), "YWI=");
    }

    #[test]
    fn api_errors_explain_known_codes() {
        let error = TwilioError::Api {
            status: 401,
            code: Some(20003),
            message: "Authenticate".into(),
            more_info: None,
        };
        assert!(error.is_auth());
        assert!(
            error
                .summary()
                .contains("error 20003: authentication failed")
        );
        assert!(error.fix().unwrap().contains("auth token"));
        let unknown = TwilioError::Api {
            status: 400,
            code: Some(29999),
            message: "Something new".into(),
            more_info: Some("https://www.twilio.com/docs/errors/29999".into()),
        };
        assert_eq!(
            unknown.fix().unwrap(),
            "see https://www.twilio.com/docs/errors/29999"
        );
    }
}
