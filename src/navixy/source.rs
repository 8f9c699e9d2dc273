//! Which server to connect to, and as whom, decided the way the mysql
//! client decides it:
//!
//! 1. `--database-url` or `GATEWAYCTL_DATABASE_URL`, when given, and
//!    nothing else (giving `--defaults-file` as well is refused: the two
//!    could name two different servers);
//! 2. otherwise the `[client]` group of `--defaults-file` /
//!    `GATEWAYCTL_DEFAULTS_FILE`, or of `~/.my.cnf` when that exists. A
//!    file anyone may write is refused; one that holds a password and that
//!    others may read is used with a warning;
//! 3. with the mysql client's defaults for whatever is still missing: the
//!    login name as user, no password, and `localhost`, which means the
//!    unix socket (the first of [`DEFAULT_SOCKETS`] that exists), or port
//!    3306 for any other host.

use super::db::{Source, Target};
use super::mycnf::{self, ClientOptions, Exposure};
use crate::error::{Error, Result};
use crate::secret::Secret;
use sqlx::mysql::MySqlConnectOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where to look for the server's socket when none is given. The mysql
/// client has one compiled-in path, which differs between builds, so the
/// usual ones are tried: Debian and Ubuntu packages (`/var/run` on older
/// systems), then the upstream default.
pub const DEFAULT_SOCKETS: [&str; 3] = [
    "/run/mysqld/mysqld.sock",
    "/var/run/mysqld/mysqld.sock",
    "/tmp/mysql.sock",
];

const DEFAULT_PORT: u16 = 3306;

/// What the command line and the environment say.
#[derive(Debug)]
pub struct Request<'a> {
    pub url: Option<&'a Secret>,
    pub defaults_file: Option<&'a Path>,
    /// `$HOME`, where `.my.cnf` is looked for.
    pub home: Option<PathBuf>,
    /// The login name (`$USER`, else `$LOGNAME`): the default user.
    pub login: Option<String>,
    /// Where to look for the server's socket when none is given.
    pub default_sockets: Vec<PathBuf>,
    pub connect_timeout: Duration,
}

impl<'a> Request<'a> {
    pub fn from_env(
        url: Option<&'a Secret>,
        defaults_file: Option<&'a Path>,
        connect_timeout: Duration,
    ) -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Self {
            url,
            defaults_file,
            home: var("HOME").map(PathBuf::from),
            login: var("USER").or_else(|| var("LOGNAME")),
            default_sockets: DEFAULT_SOCKETS.iter().map(PathBuf::from).collect(),
            connect_timeout,
        }
    }
}

/// The target, and what to tell the operator about how it was chosen.
#[derive(Debug)]
pub struct Resolved {
    pub target: Target,
    /// Which source was used (never the password), and what was skipped.
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
}

pub fn resolve(request: &Request) -> Result<Resolved> {
    if let Some(url) = request.url {
        return from_url(url, request);
    }
    if let Some(path) = request.defaults_file {
        return from_file(path, true, request);
    }
    let home_file = request.home.as_ref().map(|home| home.join(".my.cnf"));
    match home_file {
        // Only a file that is certainly absent is passed over: one that
        // cannot be looked at is read, so that the error says why.
        Some(path) if !matches!(path.try_exists(), Ok(false)) => from_file(&path, false, request),
        looked_for => from_defaults(looked_for, request),
    }
}

fn from_url(url: &Secret, request: &Request) -> Result<Resolved> {
    if let Some(file) = request.defaults_file {
        return Err(Error::usage(format!(
            "both a database URL and the option file {} were given; they could name two different servers",
            file.display()
        ))
        .hint("give one: --database-url (GATEWAYCTL_DATABASE_URL) or --defaults-file (GATEWAYCTL_DEFAULTS_FILE); unset the environment variable you do not mean"));
    }
    let target = Target::from_url(url, request.connect_timeout)?;
    Ok(Resolved {
        notes: vec![format!(
            "database {}, from the database URL",
            target.display
        )],
        target,
        warnings: Vec::new(),
    })
}

fn from_defaults(looked_for: Option<PathBuf>, request: &Request) -> Result<Resolved> {
    let nothing = ClientOptions::default();
    let why = looked_for.as_ref().map_or_else(
        || "$HOME is not set".to_string(),
        |path| format!("there is no {}", path.display()),
    );
    let target = build(&nothing, Source::Defaults { looked_for }, request)?;
    Ok(Resolved {
        notes: vec![format!(
            "database {}: no database URL and {why}, so the mysql client's defaults ({})",
            target.display,
            defaulted(&nothing, &target).join(", ")
        )],
        target,
        warnings: Vec::new(),
    })
}

fn from_file(path: &Path, named: bool, request: &Request) -> Result<Resolved> {
    let (options, mode) = read(path, named)?;
    let shown = path.display();
    let mut warnings = Vec::new();
    match mode.map(mycnf::exposure) {
        Some(Exposure::WorldWritable) => {
            return Err(Error::usage(format!(
                "refusing to read {shown}: anyone on this machine may write it, and so choose the server your password goes to (the mysql client ignores such files too)"
            ))
            .hint(format!("run: chmod 600 {shown}")));
        }
        Some(Exposure::Shared) if options.password.is_some() => warnings.push(format!(
            "{shown} holds a database password and other users may read it (mode {:03o}); run: chmod 600 {shown}",
            mode.unwrap_or(0) & 0o777,
        )),
        _ => {}
    }
    let target = build(&options, Source::OptionFile(path.to_path_buf()), request)?;
    let mut notes = vec![file_note(path, &options, &target)];
    if !options.ignored.is_empty() {
        notes.push(format!(
            "not applied from [client] in {shown}: {} (gatewayctl reads user, password, host, port and socket)",
            options.ignored.join(", ")
        ));
    }
    if !options.includes.is_empty() {
        notes.push(format!(
            "not followed in {shown}: {} (gatewayctl reads this one file)",
            options.includes.join(", ")
        ));
    }
    if options.socket.is_some() && target.socket().is_none() {
        notes.push(format!(
            "socket= in {shown} is not used because host= names another host, as with the mysql client (set host=localhost to use the socket)"
        ));
    }
    Ok(Resolved {
        target,
        notes,
        warnings,
    })
}

/// The file's `[client]` settings and its permission bits (unix only).
fn read(path: &Path, named: bool) -> Result<(ClientOptions, Option<u32>)> {
    let how_to_name = if named {
        "check --defaults-file (or GATEWAYCTL_DEFAULTS_FILE)"
    } else {
        "fix the file, or pass --database-url or --defaults-file to use something else"
    };
    let cannot_read = |e: std::io::Error| {
        Error::usage(format!(
            "cannot read the option file {}: {e}",
            path.display()
        ))
        .hint(how_to_name)
    };
    let bytes = std::fs::read(path).map_err(cannot_read)?;
    let mode = mode_of(path).map_err(cannot_read)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        Error::usage(format!("{} line {line} is not UTF-8", path.display()))
            .hint("save the file as UTF-8")
    })?;
    let options = mycnf::parse(&text).map_err(|e| {
        Error::usage(format!("{} line {}: {}", path.display(), e.line, e.message))
            .hint("fix that line, or pass --database-url")
    })?;
    Ok((options, mode))
}

#[cfg(unix)]
fn mode_of(path: &Path) -> std::io::Result<Option<u32>> {
    use std::os::unix::fs::PermissionsExt;
    Ok(Some(std::fs::metadata(path)?.permissions().mode()))
}

#[cfg(not(unix))]
fn mode_of(_path: &Path) -> std::io::Result<Option<u32>> {
    Ok(None)
}

/// The connection the settings describe, with the mysql client's defaults
/// for what they leave out. An empty value counts as not given, as in the
/// client.
fn build(settings: &ClientOptions, source: Source, request: &Request) -> Result<Target> {
    let given = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
    let user = given(&settings.user)
        .or_else(|| request.login.clone())
        .ok_or_else(|| {
            Error::usage(
                "no database user: no user= was given and neither $USER nor $LOGNAME is set",
            )
            .hint(source.setup_hint())
        })?;
    let host = given(&settings.host);
    let options = MySqlConnectOptions::new().username(&user);
    let options = match host.as_deref() {
        None | Some("localhost") => {
            let socket = match given(&settings.socket) {
                Some(socket) => PathBuf::from(socket),
                None => first_existing(&request.default_sockets).ok_or_else(|| {
                    let looked_at: Vec<String> = request
                        .default_sockets
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect();
                    Error::database(format!(
                        "cannot connect to MySQL at {user}@localhost: no socket= was given and there is no socket at {}",
                        looked_at.join(", ")
                    ))
                    .hint("is MySQL running on this machine?")
                    .hint(source.setup_hint())
                })?,
            };
            options.host("localhost").socket(socket)
        }
        Some(host) => options
            .host(host)
            .port(settings.port.unwrap_or(DEFAULT_PORT)),
    };
    Ok(Target::from_options(
        options,
        settings.password.clone(),
        source,
        request.connect_timeout,
    ))
}

fn first_existing(paths: &[PathBuf]) -> Option<PathBuf> {
    paths.iter().find(|path| path.exists()).cloned()
}

/// What the connection took from the mysql client's defaults.
fn defaulted(settings: &ClientOptions, target: &Target) -> Vec<String> {
    let missing = |value: &Option<String>| value.as_deref().is_none_or(str::is_empty);
    let mut parts = Vec::new();
    if missing(&settings.user) {
        parts.push("your login name as user".to_string());
    }
    if settings.password.is_none() {
        parts.push("no password".to_string());
    }
    match target.socket() {
        Some(_) if missing(&settings.socket) => {
            parts.push("the first socket found".to_string());
        }
        None if settings.port.is_none() => parts.push(format!("port {DEFAULT_PORT}")),
        _ => {}
    }
    parts
}

fn file_note(path: &Path, settings: &ClientOptions, target: &Target) -> String {
    let mut note = format!(
        "database {}, from [client] in {}",
        target.display,
        path.display()
    );
    if settings.password.is_some() {
        note.push_str(" (with its password)");
    }
    let defaults = defaulted(settings, target);
    if !defaults.is_empty() {
        note.push_str(&format!(
            "; the mysql client's defaults for the rest: {}",
            defaults.join(", ")
        ));
    }
    note
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::error::Kind;
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    const PASSWORD: &str = "p@ss:w/rd #;=\"'\\ é";

    struct Setup {
        dir: tempfile::TempDir,
        sockets: Vec<PathBuf>,
    }

    impl Setup {
        fn new() -> Self {
            let dir = tempfile::tempdir().expect("temp dir");
            let sockets = vec![dir.path().join("a.sock"), dir.path().join("b.sock")];
            Self { dir, sockets }
        }

        fn home(&self) -> PathBuf {
            self.dir.path().to_path_buf()
        }

        fn write(&self, name: &str, text: &str, mode: u32) -> PathBuf {
            let path = self.dir.path().join(name);
            fs::write(&path, text).expect("write option file");
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("chmod");
            path
        }

        fn request<'a>(
            &self,
            url: Option<&'a Secret>,
            defaults_file: Option<&'a Path>,
        ) -> Request<'a> {
            Request {
                url,
                defaults_file,
                home: Some(self.home()),
                login: Some("alice".into()),
                default_sockets: self.sockets.clone(),
                connect_timeout: Duration::from_secs(1),
            }
        }
    }

    fn awkward_file() -> String {
        "[client]\nuser = gw\npassword = \"p@ss:w/rd #;=\\\"'\\\\ é\"\nhost = db.example\nport = 3307\n"
            .to_string()
    }

    #[test]
    fn the_home_option_file_gives_user_password_host_and_port() {
        let setup = Setup::new();
        setup.write(".my.cnf", &awkward_file(), 0o600);
        let resolved = resolve(&setup.request(None, None)).unwrap();
        let target = &resolved.target;
        assert_eq!(target.display, "gw@db.example:3307");
        assert_eq!(
            target.source,
            Source::OptionFile(setup.home().join(".my.cnf"))
        );
        assert_eq!(target.socket(), None);
        assert!(resolved.warnings.is_empty(), "{:?}", resolved.warnings);
        assert_eq!(
            resolved.notes,
            vec![format!(
                "database gw@db.example:3307, from [client] in {} (with its password)",
                setup.home().join(".my.cnf").display()
            )]
        );
        let debug = format!("{resolved:?}");
        assert!(!debug.contains("p@ss"), "{debug}");
    }

    #[test]
    fn the_url_wins_over_the_home_option_file() {
        let setup = Setup::new();
        setup.write(".my.cnf", &awkward_file(), 0o600);
        let url = Secret::new("mysql://root:pw@127.0.0.1:3306");
        let resolved = resolve(&setup.request(Some(&url), None)).unwrap();
        assert_eq!(resolved.target.display, "root@127.0.0.1:3306");
        assert_eq!(resolved.target.source, Source::Url);
        assert_eq!(
            resolved.notes,
            vec!["database root@127.0.0.1:3306, from the database URL".to_string()]
        );
    }

    #[test]
    fn a_url_and_a_named_option_file_together_are_refused() {
        let setup = Setup::new();
        let file = setup.write("other.cnf", &awkward_file(), 0o600);
        let url = Secret::new("mysql://root:hunter2@127.0.0.1:3306");
        let error = resolve(&setup.request(Some(&url), Some(&file))).unwrap_err();
        assert_eq!(error.kind, Kind::Usage);
        assert!(error.message.contains("other.cnf"), "{}", error.message);
        assert!(!error.message.contains("hunter2"), "{}", error.message);
    }

    #[test]
    fn a_named_option_file_replaces_the_home_one_and_must_exist() {
        let setup = Setup::new();
        setup.write(".my.cnf", "[client]\nuser=home\nhost=h\n", 0o600);
        let file = setup.write("named.cnf", "[client]\nuser=named\nhost=n\n", 0o600);
        let resolved = resolve(&setup.request(None, Some(&file))).unwrap();
        assert_eq!(resolved.target.display, "named@n:3306");

        let missing = setup.home().join("missing.cnf");
        let error = resolve(&setup.request(None, Some(&missing))).unwrap_err();
        assert_eq!(error.kind, Kind::Usage);
        assert!(error.message.contains("missing.cnf"), "{}", error.message);
        assert!(error.hints.iter().any(|h| h.contains("--defaults-file")));
    }

    #[test]
    fn a_password_file_others_may_read_is_warned_about_without_the_password() {
        let setup = Setup::new();
        let file = setup.write("shared.cnf", &awkward_file(), 0o644);
        let resolved = resolve(&setup.request(None, Some(&file))).unwrap();
        assert_eq!(
            resolved.warnings,
            vec![format!(
                "{0} holds a database password and other users may read it (mode 644); run: chmod 600 {0}",
                file.display()
            )]
        );

        // No password, nothing to protect.
        let file = setup.write("nopass.cnf", "[client]\nhost=h\n", 0o644);
        assert!(
            resolve(&setup.request(None, Some(&file)))
                .unwrap()
                .warnings
                .is_empty()
        );
    }

    #[test]
    fn a_world_writable_file_is_refused() {
        let setup = Setup::new();
        let file = setup.write("open.cnf", "[client]\nhost=h\n", 0o666);
        let error = resolve(&setup.request(None, Some(&file))).unwrap_err();
        assert!(
            error.message.contains("refusing to read"),
            "{}",
            error.message
        );
        assert_eq!(
            error.hints,
            vec![format!("run: chmod 600 {}", file.display())]
        );
    }

    #[test]
    fn localhost_or_no_host_means_the_socket() {
        let setup = Setup::new();
        fs::write(&setup.sockets[1], "").unwrap();
        for text in [
            "[client]\nuser=gw\n",
            "[client]\nuser=gw\nhost=localhost\nport=1\n",
        ] {
            let file = setup.write("local.cnf", text, 0o600);
            let resolved = resolve(&setup.request(None, Some(&file))).unwrap();
            // The first candidate does not exist; the second does.
            assert_eq!(resolved.target.socket(), Some(setup.sockets[1].as_path()));
            assert_eq!(
                resolved.target.display,
                format!("gw@localhost (socket {})", setup.sockets[1].display())
            );
            assert!(
                resolved.notes[0].contains("the first socket found"),
                "{:?}",
                resolved.notes
            );
        }
        let file = setup.write("sock.cnf", "[client]\nsocket=/my/own.sock\n", 0o600);
        let resolved = resolve(&setup.request(None, Some(&file))).unwrap();
        assert_eq!(
            resolved.target.display,
            "alice@localhost (socket /my/own.sock)"
        );
    }

    #[test]
    fn another_host_means_tcp_and_the_socket_is_not_used() {
        let setup = Setup::new();
        let file = setup.write(
            "tcp.cnf",
            "[client]\nhost=127.0.0.1\nsocket=/s.sock\nssl-ca=/ca\n",
            0o600,
        );
        let resolved = resolve(&setup.request(None, Some(&file))).unwrap();
        assert_eq!(resolved.target.display, "alice@127.0.0.1:3306");
        assert_eq!(resolved.target.socket(), None);
        assert_eq!(resolved.notes.len(), 3, "{:?}", resolved.notes);
        assert!(resolved.notes[0].ends_with(
            "the mysql client's defaults for the rest: your login name as user, no password, port 3306"
        ));
        assert!(
            resolved.notes[1].contains(": ssl-ca ("),
            "{}",
            resolved.notes[1]
        );
        assert!(
            resolved.notes[2].contains("socket= in"),
            "{}",
            resolved.notes[2]
        );
    }

    #[test]
    fn with_nothing_given_the_mysql_client_defaults_apply() {
        let setup = Setup::new();
        fs::write(&setup.sockets[0], "").unwrap();
        let resolved = resolve(&setup.request(None, None)).unwrap();
        assert_eq!(
            resolved.target.display,
            format!("alice@localhost (socket {})", setup.sockets[0].display())
        );
        assert_eq!(
            resolved.target.source,
            Source::Defaults {
                looked_for: Some(setup.home().join(".my.cnf"))
            }
        );
        assert_eq!(
            resolved.notes,
            vec![format!(
                "database {}: no database URL and there is no {}, so the mysql client's defaults (your login name as user, no password, the first socket found)",
                resolved.target.display,
                setup.home().join(".my.cnf").display()
            )]
        );
    }

    #[test]
    fn no_socket_anywhere_names_every_place_looked_at() {
        let setup = Setup::new();
        let error = resolve(&setup.request(None, None)).unwrap_err();
        assert_eq!(error.kind, Kind::Database);
        assert!(
            error.message.contains("alice@localhost"),
            "{}",
            error.message
        );
        for socket in &setup.sockets {
            assert!(
                error.message.contains(&socket.display().to_string()),
                "{}",
                error.message
            );
        }
        assert!(
            error.hints.iter().any(|h| h.contains("--database-url")),
            "{:?}",
            error.hints
        );
    }

    #[test]
    fn no_user_anywhere_is_a_usage_error() {
        let setup = Setup::new();
        let file = setup.write("anon.cnf", "[client]\nuser=\nhost=h\n", 0o600);
        let mut request = setup.request(None, Some(&file));
        request.login = None;
        let error = resolve(&request).unwrap_err();
        assert_eq!(error.kind, Kind::Usage);
        assert!(
            error.message.contains("no database user"),
            "{}",
            error.message
        );
    }

    #[test]
    fn file_errors_name_the_file_and_line_never_the_password() {
        let setup = Setup::new();
        let file = setup.write(
            "bad.cnf",
            &format!("[client]\npassword={PASSWORD}\nport=x\n"),
            0o600,
        );
        let error = resolve(&setup.request(None, Some(&file))).unwrap_err();
        assert_eq!(
            error.message,
            format!(
                "{} line 3: port must be a number from 1 to 65535, not 'x'",
                file.display()
            )
        );

        let path = setup.dir.path().join("latin1.cnf");
        fs::write(&path, b"[client]\nuser=a\npassword=caf\xe9\n").unwrap();
        let error = resolve(&setup.request(None, Some(&path))).unwrap_err();
        assert_eq!(
            error.message,
            format!("{} line 3 is not UTF-8", path.display())
        );
    }
}
