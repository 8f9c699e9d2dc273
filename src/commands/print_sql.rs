//! print-sql: the plan a command would run, as a script for the mysql
//! client. No database is consulted; values are checked against the
//! columns as Navixy documents them.

use super::resolve;
use crate::cli::{PrintSqlArgs, PrintSqlCommand};
use crate::error::Result;
use crate::navixy::{Schema, plans};
use crate::output::Output;
use crate::sql::{Plan, Secrets};

pub fn run(args: PrintSqlArgs, out: &Output) -> Result<()> {
    let (plan, secrets, command) = match args.command {
        PrintSqlCommand::AddTwilio(a) => {
            let spec = resolve::gate_spec(&a.command.gate)?;
            let schema = Schema::documented(&a.command.db.schema.schema);
            plans::check_gate_fits(&schema, &spec)?;
            let secrets = if a.reveal.reveal_secrets {
                Secrets::Reveal
            } else {
                Secrets::Mask
            };
            (
                plans::add_twilio(&schema.name, &spec),
                secrets,
                "add-twilio",
            )
        }
        PrintSqlCommand::LinkDealer(a) => {
            let spec = resolve::link_spec(&a.command.link)?;
            (
                plans::link_dealer(&a.command.db.schema.schema, &spec),
                Secrets::Reveal,
                "link-dealer",
            )
        }
    };
    out.print(&plan.render_script(secrets, &header(&plan, command)));
    if plan.has_secrets() {
        match secrets {
            Secrets::Mask => out.note(
                "credentials are masked and the script refuses to run; add --reveal-secrets for a runnable copy",
            ),
            Secrets::Reveal => out.warn(
                "the script holds the credentials in clear: keep the file private (chmod 600) and delete it once it has run",
            ),
        }
    }
    Ok(())
}

fn header(plan: &Plan, command: &str) -> Vec<String> {
    vec![
        format!(
            "gatewayctl {} {command}: {}.",
            env!("CARGO_PKG_VERSION"),
            plan.title
        ),
        "These are the statements gatewayctl itself runs, in this order, in one transaction."
            .into(),
        "Run the file with the mysql client, which stops at the first error:".into(),
        "    mysql --host=HOST --user=USER -p < this-file.sql".into(),
        "When it stops, the server rolls the open transaction back and nothing is written.".into(),
        "Do not paste it into an interactive session: that one carries on after errors.".into(),
        "A failed check reads: ERROR 1231 ... 'gatewayctl check failed: <reason>'.".into(),
        "Run this way, the change is not in gatewayctl's journal: undo cannot take it back.".into(),
    ]
}
