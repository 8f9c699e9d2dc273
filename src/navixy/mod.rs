//! Navixy's MySQL database: connecting, inspecting the schema, reading the
//! rows a change touches, and the plans that write them. Only this module
//! and `sql` know about SQL.

pub mod changes;
pub mod db;
pub mod model;
pub mod mycnf;
pub mod plans;
pub mod reads;
pub mod schema;
pub mod source;

pub use db::{Db, Target, TextRow};
pub use model::{Dealer, Gate, GateLinks, GateSpec, GateType, Link, LinkSpec, OrphanLink};
pub use schema::Schema;

/// Where Twilio must POST incoming SMS for a gate: Navixy's sms-server
/// listener, `http://HOST:PORT/sms/<gate id>/incoming`.
pub fn incoming_url(host: &str, port: u16, gate_id: u64) -> String {
    format!("http://{host}:{port}/sms/{gate_id}/incoming")
}
