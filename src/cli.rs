//! The command line: every clap type, and nothing that does I/O.

use crate::input;
use crate::navixy::GateType;
use crate::output::{ColorWhen, Format};
use crate::secret::Secret;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Safety: the commands that write (add-twilio, link-dealer, enable, disable, remove, undo, and
validate --set-incoming-url) show what they will change and ask first (default No); without a
terminal they need --yes. print-sql shows add-twilio's and link-dealer's statements without
connecting. Every change runs in one transaction and is journaled for undo. Secrets are never
printed.

Exit status: 0 ok, 1 check failed, 2 usage, 3 database, 4 Twilio, 5 declined,
6 refused (state not as needed), 7 body altered by Twilio, 8 message failed, 130 interrupted.";

#[derive(Parser, Debug)]
#[command(
    name = "gatewayctl",
    version,
    about = "Set up Twilio SMS gateways in a Navixy on-premise database, safely",
    after_help = AFTER_HELP,
    max_term_width = 100,
    propagate_version = true
)]
pub struct Cli {
    /// When to colour output: auto (terminals only, and not with NO_COLOR), always, never
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, global = true, value_name = "WHEN")]
    pub color: ColorArg,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Add a Twilio gate, set the dealer's sender number and link them, in one transaction
    AddTwilio(AddTwilioArgs),
    /// Link a dealer to an existing gate and set its sender number, in one transaction
    LinkDealer(LinkDealerArgs),
    /// List every SMS gate with its dealers, masked settings and inconsistencies (read-only)
    List(ListArgs),
    /// Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL
    Show(ShowArgs),
    /// Print the SQL script a command would run, without connecting to any database
    PrintSql(PrintSqlArgs),
    /// Check Twilio credentials, the sender number and its incoming webhook against Twilio's API
    Validate(ValidateArgs),
    /// Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)
    SendTest(SendTestArgs),
    /// Enable a gate (enabled = 1)
    Enable(ToggleArgs),
    /// Disable a gate (enabled = 0); its links stay
    Disable(ToggleArgs),
    /// Remove a gate and every link to it, in one transaction
    Remove(ToggleArgs),
    /// Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port
    Doctor(DoctorArgs),
    /// List the changes gatewayctl recorded, newest last
    History(HistoryArgs),
    /// Put back the rows a recorded change touched, if nobody changed them since
    Undo(UndoArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(CompletionsArgs),
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

impl From<ColorArg> for ColorWhen {
    fn from(value: ColorArg) -> Self {
        match value {
            ColorArg::Auto => ColorWhen::Auto,
            ColorArg::Always => ColorWhen::Always,
            ColorArg::Never => ColorWhen::Never,
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputArg {
    /// Tables and sentences for people
    Text,
    /// One JSON document on stdout, with stable field names
    Json,
}

#[derive(Args, Clone, Debug)]
pub struct OutputArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputArg::Text, value_name = "FORMAT")]
    pub output: OutputArg,
}

impl OutputArgs {
    pub fn format(&self) -> Format {
        match self.output {
            OutputArg::Text => Format::Text,
            OutputArg::Json => Format::Json,
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateTypeArg {
    /// Sends and receives
    Transceiver,
    /// Sends only
    Transmitter,
    /// Receives only
    Receiver,
}

impl From<GateTypeArg> for GateType {
    fn from(value: GateTypeArg) -> Self {
        match value {
            GateTypeArg::Transceiver => GateType::Transceiver,
            GateTypeArg::Transmitter => GateType::Transmitter,
            GateTypeArg::Receiver => GateType::Receiver,
        }
    }
}

fn parse_secret(value: &str) -> Result<Secret, String> {
    Ok(Secret::new(value))
}

#[derive(Args, Clone, Debug)]
pub struct SchemaArg {
    /// The Navixy database (schema) name
    #[arg(long, default_value = "google", env = "GATEWAYCTL_SCHEMA", hide_env_values = true, value_parser = input::schema_name, value_name = "NAME")]
    pub schema: String,
}

#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Database")]
pub struct DbArgs {
    /// Navixy's MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it
    #[arg(long, env = "GATEWAYCTL_DATABASE_URL", hide_env_values = true, value_parser = parse_secret, value_name = "URL")]
    pub database_url: Option<Secret>,

    /// Read user, password, host, port and socket from this MySQL option file's [client] group instead of ~/.my.cnf (not with --database-url)
    #[arg(
        long,
        env = "GATEWAYCTL_DEFAULTS_FILE",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub defaults_file: Option<PathBuf>,

    #[command(flatten)]
    pub schema: SchemaArg,

    /// Seconds to wait for the database server to accept a connection
    #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=600))]
    pub connect_timeout: u64,

    /// Seconds to wait for each answer from the database server once connected
    #[arg(long, default_value_t = 60, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub query_timeout: u64,
}

#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Twilio credentials")]
pub struct CredentialArgs {
    /// Twilio Account SID (AC followed by 32 hex characters)
    #[arg(
        long,
        env = "TWILIO_ACCOUNT_SID",
        hide_env_values = true,
        value_name = "SID"
    )]
    pub account_sid: Option<String>,

    /// Twilio Auth Token (32 hex characters)
    #[arg(long, env = "TWILIO_AUTH_TOKEN", hide_env_values = true, value_parser = parse_secret, value_name = "TOKEN")]
    pub auth_token: Option<Secret>,

    /// Twilio API Key SID (SK...), instead of the auth token; stored as api_sid
    #[arg(
        long,
        env = "TWILIO_API_KEY",
        hide_env_values = true,
        value_name = "SID"
    )]
    pub api_key: Option<String>,

    /// Secret of the API key; stored as api_secret
    #[arg(long, env = "TWILIO_API_SECRET", hide_env_values = true, value_parser = parse_secret, value_name = "SECRET")]
    pub api_secret: Option<Secret>,
}

/// What add-twilio writes. Shared by `add-twilio` and `print-sql add-twilio`
/// so the two accept the same arguments.
#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Gate")]
pub struct GateArgs {
    /// The Twilio number to send from, in E.164 (e.g. +15551234567)
    #[arg(long, value_parser = input::e164, value_name = "E164")]
    pub phone: Option<String>,

    /// The dealer (PaaS account) that gets the gate and the sender number
    #[arg(long, value_parser = input::dealer_id, value_name = "ID")]
    pub dealer_id: Option<u64>,

    /// A name for the gate (needs the sms_gates.label column)
    #[arg(long, value_parser = input::label, value_name = "TEXT")]
    pub label: Option<String>,

    /// The account that owns the gate (needs sms_gates.owner_id; default: the column's default)
    #[arg(long, value_parser = input::dealer_id, value_name = "ID")]
    pub owner_id: Option<u64>,

    /// Which directions the gate carries
    #[arg(long = "type", value_enum, default_value_t = GateTypeArg::Transceiver, value_name = "TYPE")]
    pub gate_type: GateTypeArg,

    /// Which messages the gate handles: *, notifications, commands, -notifications, -commands
    #[arg(long, default_value = "*", value_parser = input::class_filter, value_name = "FILTER", allow_hyphen_values = true)]
    pub class_filter: String,

    /// Ask Twilio for delivery status callbacks (enable_status_callback: true)
    #[arg(long)]
    pub status_callback: bool,

    /// Create the gate disabled (enabled = 0)
    #[arg(long)]
    pub disabled: bool,

    /// Add a gate even when one for the same Account SID exists
    #[arg(long)]
    pub allow_duplicate: bool,

    // After the gate's own options, which would otherwise fall under the
    // credentials' heading.
    #[command(flatten)]
    pub credentials: CredentialArgs,
}

#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Incoming SMS")]
pub struct IncomingArgs {
    /// Host name or address Twilio can reach Navixy's sms-server at, for the incoming SMS URL
    #[arg(long, value_parser = input::public_host, value_name = "HOST")]
    pub public_host: Option<String>,

    /// Port of Navixy's sms-server listener
    #[arg(long, default_value_t = 22000, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub incoming_port: u16,
}

#[derive(Args, Clone, Debug)]
pub struct ConfirmArgs {
    /// Do not ask for confirmation (needed when there is no terminal)
    #[arg(short = 'y', long)]
    pub yes: bool,
}

#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Twilio API")]
pub struct TwilioApiArgs {
    /// Show each call to Twilio (method, path, status, time) on stderr; never credentials
    #[arg(short, long)]
    pub verbose: bool,

    /// Twilio's API base URL, for private endpoints and tests
    #[arg(
        long,
        env = "GATEWAYCTL_TWILIO_API_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub twilio_api_url: Option<String>,

    /// Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com
    #[arg(
        long,
        env = "TWILIO_REGION",
        hide_env_values = true,
        value_name = "REGION"
    )]
    pub twilio_region: Option<String>,

    /// Twilio edge location (dublin, sydney, ...); alone it means region us1
    #[arg(long, env = "TWILIO_EDGE", hide_env_values = true, value_name = "EDGE")]
    pub twilio_edge: Option<String>,

    /// Seconds to wait for each answer from Twilio
    #[arg(long, default_value_t = 20, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=300))]
    pub twilio_timeout: u64,
}

#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Journal")]
pub struct JournalArgs {
    /// Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]
    #[arg(
        long,
        env = "GATEWAYCTL_JOURNAL_DIR",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub journal_dir: Option<std::path::PathBuf>,
}

#[derive(Args, Debug)]
pub struct AddTwilioArgs {
    #[command(flatten)]
    pub confirm: ConfirmArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub gate: GateArgs,
    #[command(flatten)]
    pub incoming: IncomingArgs,

    /// Write without checking the credentials and the number with Twilio first
    #[arg(long, help_heading = "Twilio API")]
    pub skip_validation: bool,

    /// After writing, point the number's incoming SMS webhook at the new gate (needs --public-host)
    #[arg(long, requires = "public_host", help_heading = "Incoming SMS")]
    pub set_incoming_url: bool,

    #[command(flatten)]
    pub twilio: TwilioApiArgs,
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub journal: JournalArgs,
}

/// What link-dealer writes. Shared with `print-sql link-dealer`.
#[derive(Args, Clone, Debug)]
pub struct LinkArgs {
    /// The existing gate to link
    #[arg(long, value_parser = input::gate_id, value_name = "ID")]
    pub gate_id: Option<u64>,

    /// The dealer to link and give the sender number
    #[arg(long, value_parser = input::dealer_id, value_name = "ID")]
    pub dealer_id: Option<u64>,

    /// The sender number for the dealer, in E.164
    #[arg(long, value_parser = input::e164, value_name = "E164")]
    pub phone: Option<String>,
}

#[derive(Args, Debug)]
pub struct LinkDealerArgs {
    #[command(flatten)]
    pub confirm: ConfirmArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub link: LinkArgs,

    /// For a Twilio gate: write without checking with Twilio that the number belongs to its account
    #[arg(long, help_heading = "Twilio API")]
    pub skip_validation: bool,

    #[command(flatten)]
    pub twilio: TwilioApiArgs,
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub journal: JournalArgs,
}

#[derive(Args, Debug)]
pub struct ToggleArgs {
    #[command(flatten)]
    pub confirm: ConfirmArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// The gate
    #[arg(long, value_parser = input::gate_id, value_name = "ID")]
    pub gate_id: u64,
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub journal: JournalArgs,
}

#[derive(Args, Debug)]
pub struct DoctorArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Check this gate only (default: every Twilio gate)
    #[arg(long, value_parser = input::gate_id, value_name = "ID")]
    pub gate_id: Option<u64>,
    #[command(flatten)]
    pub incoming: IncomingArgs,
    #[command(flatten)]
    pub twilio: TwilioApiArgs,
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub journal: JournalArgs,
}

#[derive(Args, Debug)]
pub struct UndoArgs {
    #[command(flatten)]
    pub confirm: ConfirmArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// The change to undo, as shown by history (an undo can itself be undone)
    #[arg(value_name = "CHANGE")]
    pub id: u64,
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub journal: JournalArgs,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// The gate to show (sms_gates.id)
    #[arg(long, value_parser = input::gate_id, value_name = "ID")]
    pub gate_id: u64,

    #[command(flatten)]
    pub incoming: IncomingArgs,
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Args, Debug)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub confirm: ConfirmArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Sender number(s) to check, in E.164 (default with --gate-id: the linked dealers' senders)
    #[arg(long, value_parser = input::e164, value_name = "E164")]
    pub phone: Vec<String>,

    /// Check the gate stored in the database: its credentials, senders and webhook
    #[arg(long, value_parser = input::gate_id, value_name = "ID")]
    pub gate_id: Option<u64>,

    #[command(flatten)]
    pub credentials: CredentialArgs,
    #[command(flatten)]
    pub incoming: IncomingArgs,

    /// Point each sender's incoming SMS webhook at the gate's URL (needs --gate-id and --public-host); asks first
    #[arg(long, requires_all = ["public_host", "gate_id"], help_heading = "Incoming SMS")]
    pub set_incoming_url: bool,

    #[command(flatten)]
    pub twilio: TwilioApiArgs,
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Args, Debug)]
pub struct SendTestArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Recipient in E.164; repeat for several
    #[arg(long, required = true, value_parser = input::e164, value_name = "E164", help_heading = "Message")]
    pub to: Vec<String>,

    /// The message text, exactly (quote it so the shell keeps leading spaces)
    #[arg(
        long,
        value_name = "TEXT",
        allow_hyphen_values = true,
        conflicts_with = "body_file",
        required_unless_present = "body_file",
        help_heading = "Message"
    )]
    pub body: Option<String>,

    /// Read the message from a file, byte for byte (no trimming, a final newline is kept)
    #[arg(long, value_name = "PATH", help_heading = "Message")]
    pub body_file: Option<std::path::PathBuf>,

    /// Sender number in E.164 (default with --gate-id: the linked dealer's from_sms)
    #[arg(long, value_parser = input::e164, value_name = "E164", help_heading = "Message")]
    pub from: Option<String>,

    /// Use this gate's credentials and its dealer's sender, read from the database
    #[arg(long, value_parser = input::gate_id, value_name = "ID", help_heading = "Message")]
    pub gate_id: Option<u64>,

    /// With --gate-id: which linked dealer's sender to use, when several are linked
    #[arg(long, value_parser = input::dealer_id, value_name = "ID", requires = "gate_id", help_heading = "Message")]
    pub dealer_id: Option<u64>,

    /// Wait for each message to be delivered (or fail), polling Twilio
    #[arg(long, help_heading = "Message")]
    pub wait: bool,

    /// With --wait: give up after this many seconds
    #[arg(long, default_value_t = 120, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600), help_heading = "Message")]
    pub wait_timeout: u64,

    #[command(flatten)]
    pub credentials: CredentialArgs,
    #[command(flatten)]
    pub twilio: TwilioApiArgs,
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Args, Debug)]
pub struct PrintSqlArgs {
    #[command(subcommand)]
    pub command: PrintSqlCommand,
}

#[derive(Subcommand, Debug)]
pub enum PrintSqlCommand {
    /// The script add-twilio would run
    AddTwilio(PrintAddTwilioArgs),
    /// The script link-dealer would run
    LinkDealer(PrintLinkDealerArgs),
}

#[derive(Args, Clone, Debug)]
pub struct RevealArgs {
    /// Write real credentials into the script so it can be run as-is (default: masked, and the script refuses to run)
    #[arg(long)]
    pub reveal_secrets: bool,
}

#[derive(Args, Debug)]
pub struct PrintAddTwilioArgs {
    /// Every add-twilio argument is accepted, so `print-sql` can be put in
    /// front of a working command; those about the database connection,
    /// Twilio and confirmation do not change the script.
    #[command(flatten)]
    pub command: AddTwilioArgs,
    #[command(flatten)]
    pub reveal: RevealArgs,
}

#[derive(Args, Debug)]
pub struct PrintLinkDealerArgs {
    /// Every link-dealer argument is accepted (see print-sql add-twilio).
    #[command(flatten)]
    pub command: LinkDealerArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    pub shell: ShellArg,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn print_sql_takes_the_same_gate_arguments() {
        let args = [
            "gatewayctl",
            "print-sql",
            "add-twilio",
            "--account-sid",
            "ACdc5f132a3c49700934481addd5ce1659",
            "--phone",
            "+15551234567",
            "--dealer-id",
            "7",
            "--type",
            "transmitter",
            "--class-filter",
            "-commands",
        ];
        let cli = Cli::try_parse_from(args).unwrap();
        let Command::PrintSql(PrintSqlArgs {
            command: PrintSqlCommand::AddTwilio(p),
        }) = cli.command
        else {
            panic!("wrong command");
        };
        assert_eq!(p.command.gate.dealer_id, Some(7));
        assert_eq!(p.command.gate.gate_type, GateTypeArg::Transmitter);
        assert_eq!(p.command.gate.class_filter, "-commands");
    }

    #[test]
    fn show_needs_a_gate_id() {
        assert!(Cli::try_parse_from(["gatewayctl", "show"]).is_err());
        let cli = Cli::try_parse_from(["gatewayctl", "show", "--gate-id", "3"]).unwrap();
        let Command::Show(args) = cli.command else {
            panic!("wrong command");
        };
        assert_eq!(args.gate_id, 3);
        assert_eq!(args.incoming.incoming_port, 22000);
    }

    #[test]
    fn bad_values_fail_at_parse_time() {
        for args in [
            vec!["gatewayctl", "link-dealer", "--dealer-id", "0"],
            vec!["gatewayctl", "link-dealer", "--phone", "555-1234"],
            vec!["gatewayctl", "add-twilio", "--class-filter", "all"],
            vec!["gatewayctl", "add-twilio", "--type", "sender"],
        ] {
            assert!(Cli::try_parse_from(&args).is_err(), "{args:?}");
        }
    }
}
