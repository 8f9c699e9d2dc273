//! An in-process stand-in for Twilio's REST API (wiremock on a loopback
//! port), with the answers Twilio gives, and the requests it received.

use super::{SID, TOKEN};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

pub const NUMBER_SID: &str = "PN0123456789abcdef0123456789abcdef";
pub const MESSAGE_SID: &str = "SM0123456789abcdef0123456789abcdef";

pub fn account_path() -> String {
    format!("/2010-04-01/Accounts/{SID}.json")
}

pub fn numbers_path() -> String {
    format!("/2010-04-01/Accounts/{SID}/IncomingPhoneNumbers.json")
}

pub fn number_path() -> String {
    format!("/2010-04-01/Accounts/{SID}/IncomingPhoneNumbers/{NUMBER_SID}.json")
}

pub fn messages_path() -> String {
    format!("/2010-04-01/Accounts/{SID}/Messages.json")
}

pub fn message_path() -> String {
    format!("/2010-04-01/Accounts/{SID}/Messages/{MESSAGE_SID}.json")
}

/// The account resource as Twilio sends it: with the auth token in it.
pub fn account(status: &str, kind: &str) -> Value {
    json!({
        "sid": SID,
        "owner_account_sid": SID,
        "friendly_name": "Acme Tracking",
        "status": status,
        "type": kind,
        "auth_token": TOKEN,
        "uri": format!("/2010-04-01/Accounts/{SID}.json"),
    })
}

pub fn number(phone: &str, sms: bool, sms_url: &str, application: Option<&str>) -> Value {
    json!({
        "sid": NUMBER_SID,
        "account_sid": SID,
        "phone_number": phone,
        "friendly_name": "Fleet line",
        "capabilities": {"voice": true, "sms": sms, "mms": false, "fax": false},
        "sms_url": sms_url,
        "sms_method": "POST",
        "sms_application_sid": application,
    })
}

pub fn number_list(numbers: Vec<Value>) -> Value {
    json!({
        "incoming_phone_numbers": numbers,
        "page": 0,
        "page_size": 20,
        "next_page_uri": null,
    })
}

pub fn error(status: u16, code: i64, message: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "code": code,
        "message": message,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
        "status": status,
    }))
}

/// What Twilio answers test credentials on a resource they cannot use.
pub fn test_credentials_refused() -> ResponseTemplate {
    error(
        403,
        20008,
        "Resource not accessible with Test Account Credentials",
    )
}

/// The form fields of a request body, decoded.
pub fn form(request: &Request) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&request.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub fn form_value(request: &Request, key: &str) -> Option<String> {
    form(request)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// A message resource answering a create, with the body Twilio kept.
pub fn message(request: &Request, stored_body: &str, status: &str) -> Value {
    json!({
        "sid": MESSAGE_SID,
        "account_sid": SID,
        "to": form_value(request, "To"),
        "from": form_value(request, "From"),
        "body": stored_body,
        "status": status,
        "num_segments": "1",
        "error_code": null,
        "error_message": null,
    })
}

pub struct MockTwilio {
    rt: tokio::runtime::Runtime,
    server: MockServer,
}

impl MockTwilio {
    pub fn start() -> Self {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let server = rt.block_on(MockServer::start());
        Self { rt, server }
    }

    /// A Twilio where the account is active and `phone` is an SMS number of
    /// it whose webhook is empty; messages keep their body.
    pub fn happy(phone: &str) -> Self {
        let mock = Self::start();
        mock.account_answers(ResponseTemplate::new(200).set_body_json(account("active", "Full")));
        mock.number_answers(phone, number(phone, true, "", None));
        mock.on(
            Mock::given(method("GET")).and(path(numbers_path())),
            ResponseTemplate::new(200).set_body_json(number_list(vec![])),
        );
        mock
    }

    pub fn url(&self) -> String {
        self.server.uri()
    }

    pub fn mount(&self, mock: Mock) {
        self.rt.block_on(mock.mount(&self.server));
    }

    pub fn on(&self, builder: wiremock::MockBuilder, response: ResponseTemplate) {
        self.mount(builder.respond_with(response));
    }

    /// A Twilio answering as it does to test credentials: the account and
    /// the number lookup are refused with 20008.
    pub fn for_test_credentials() -> Self {
        let twilio = Self::start();
        twilio.account_answers(test_credentials_refused());
        twilio.on(
            Mock::given(method("GET")).and(path(numbers_path())),
            test_credentials_refused(),
        );
        twilio
    }

    pub fn account_answers(&self, response: ResponseTemplate) {
        self.on(
            Mock::given(method("GET")).and(path(account_path())),
            response,
        );
    }

    /// The number lookup for `phone` finds this number.
    pub fn number_answers(&self, phone: &str, number: Value) {
        self.mount(
            Mock::given(method("GET"))
                .and(path(numbers_path()))
                .and(query_param("PhoneNumber", phone))
                .respond_with(ResponseTemplate::new(200).set_body_json(number_list(vec![number])))
                .with_priority(1),
        );
    }

    pub fn requests(&self) -> Vec<Request> {
        self.rt
            .block_on(self.server.received_requests())
            .unwrap_or_default()
    }

    pub fn requests_to(&self, method_name: &str, wanted: &str) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|r| r.method.as_str() == method_name && r.url.path() == wanted)
            .collect()
    }
}

/// The Basic credentials of a request, decoded.
pub fn basic_auth(request: &Request) -> Option<(String, String)> {
    use base64::Engine;
    let header = request.headers.get("authorization")?.to_str().ok()?;
    let encoded = header.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_string(), password.to_string()))
}
