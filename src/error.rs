//! Errors, their exit codes, and how they are shown.

use std::fmt;
use std::process::ExitCode;

/// What went wrong, from the caller's point of view. Each kind has its own
/// exit status so scripts can react without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A check failed (validate, doctor) or an operation could not finish.
    Failure,
    /// Bad arguments or input, or `--yes` missing without a terminal.
    Usage,
    /// The database could not be reached, or a statement failed (rolled back).
    Database,
    /// Twilio refused a request, or it could not be reached.
    Twilio,
    /// The operator answered No at the confirmation prompt.
    Declined,
    /// The database is not in the state the change needs (missing dealer,
    /// duplicate gate, rows changed since the change being undone).
    Refused,
    /// Twilio stored a different body than the one sent (whitespace stripped).
    BodyAltered,
    /// The test message ended failed or undelivered.
    MessageFailed,
    /// Ctrl-C.
    Interrupted,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::Database => 3,
            Kind::Twilio => 4,
            Kind::Declined => 5,
            Kind::Refused => 6,
            Kind::BodyAltered => 7,
            Kind::MessageFailed => 8,
            Kind::Interrupted => 130,
        }
    }
}

/// An error with a message that says what was wrong and hints that say how to
/// fix it. Messages never contain secrets: they are built from validated,
/// non-secret values only.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hints: Vec<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    pub fn database(message: impl Into<String>) -> Self {
        Self::new(Kind::Database, message)
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(Kind::Refused, message)
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }

    pub fn twilio(message: impl Into<String>) -> Self {
        Self::new(Kind::Twilio, message)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.kind.exit_code())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
