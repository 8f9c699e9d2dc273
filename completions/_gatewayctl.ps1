
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'gatewayctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'gatewayctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'gatewayctl' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add-twilio', 'add-twilio', [CompletionResultType]::ParameterValue, 'Add a Twilio gate, set the dealer''s sender number and link them, in one transaction')
            [CompletionResult]::new('link-dealer', 'link-dealer', [CompletionResultType]::ParameterValue, 'Link a dealer to an existing gate and set its sender number, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every SMS gate with its dealers, masked settings and inconsistencies (read-only)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL')
            [CompletionResult]::new('print-sql', 'print-sql', [CompletionResultType]::ParameterValue, 'Print the SQL script a command would run, without connecting to any database')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check Twilio credentials, the sender number and its incoming webhook against Twilio''s API')
            [CompletionResult]::new('send-test', 'send-test', [CompletionResultType]::ParameterValue, 'Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a gate (enabled = 1)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a gate (enabled = 0); its links stay')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a gate and every link to it, in one transaction')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the changes gatewayctl recorded, newest last')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Put back the rows a recorded change touched, if nobody changed them since')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gatewayctl;add-twilio' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The Twilio number to send from, in E.164 (e.g. +15551234567)')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer (PaaS account) that gets the gate and the sender number')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the gate (needs the sms_gates.label column)')
            [CompletionResult]::new('--owner-id', '--owner-id', [CompletionResultType]::ParameterName, 'The account that owns the gate (needs sms_gates.owner_id; default: the column''s default)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Which directions the gate carries')
            [CompletionResult]::new('--class-filter', '--class-filter', [CompletionResultType]::ParameterName, 'Which messages the gate handles: *, notifications, commands, -notifications, -commands')
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Twilio Account SID (AC followed by 32 hex characters)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Twilio Auth Token (32 hex characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'Secret of the API key; stored as api_secret')
            [CompletionResult]::new('--public-host', '--public-host', [CompletionResultType]::ParameterName, 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL')
            [CompletionResult]::new('--incoming-port', '--incoming-port', [CompletionResultType]::ParameterName, 'Port of Navixy''s sms-server listener')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--status-callback', '--status-callback', [CompletionResultType]::ParameterName, 'Ask Twilio for delivery status callbacks (enable_status_callback: true)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the gate disabled (enabled = 0)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add a gate even when one for the same Account SID exists')
            [CompletionResult]::new('--skip-validation', '--skip-validation', [CompletionResultType]::ParameterName, 'Write without checking the credentials and the number with Twilio first')
            [CompletionResult]::new('--set-incoming-url', '--set-incoming-url', [CompletionResultType]::ParameterName, 'After writing, point the number''s incoming SMS webhook at the new gate (needs --public-host)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;link-dealer' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The existing gate to link')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer to link and give the sender number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender number for the dealer, in E.164')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--skip-validation', '--skip-validation', [CompletionResultType]::ParameterName, 'For a Twilio gate: write without checking with Twilio that the number belongs to its account')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;list' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;show' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The gate to show (sms_gates.id)')
            [CompletionResult]::new('--public-host', '--public-host', [CompletionResultType]::ParameterName, 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL')
            [CompletionResult]::new('--incoming-port', '--incoming-port', [CompletionResultType]::ParameterName, 'Port of Navixy''s sms-server listener')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;print-sql' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add-twilio', 'add-twilio', [CompletionResultType]::ParameterValue, 'The script add-twilio would run')
            [CompletionResult]::new('link-dealer', 'link-dealer', [CompletionResultType]::ParameterValue, 'The script link-dealer would run')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gatewayctl;print-sql;add-twilio' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The Twilio number to send from, in E.164 (e.g. +15551234567)')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer (PaaS account) that gets the gate and the sender number')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the gate (needs the sms_gates.label column)')
            [CompletionResult]::new('--owner-id', '--owner-id', [CompletionResultType]::ParameterName, 'The account that owns the gate (needs sms_gates.owner_id; default: the column''s default)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Which directions the gate carries')
            [CompletionResult]::new('--class-filter', '--class-filter', [CompletionResultType]::ParameterName, 'Which messages the gate handles: *, notifications, commands, -notifications, -commands')
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Twilio Account SID (AC followed by 32 hex characters)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Twilio Auth Token (32 hex characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'Secret of the API key; stored as api_secret')
            [CompletionResult]::new('--public-host', '--public-host', [CompletionResultType]::ParameterName, 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL')
            [CompletionResult]::new('--incoming-port', '--incoming-port', [CompletionResultType]::ParameterName, 'Port of Navixy''s sms-server listener')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--status-callback', '--status-callback', [CompletionResultType]::ParameterName, 'Ask Twilio for delivery status callbacks (enable_status_callback: true)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the gate disabled (enabled = 0)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add a gate even when one for the same Account SID exists')
            [CompletionResult]::new('--skip-validation', '--skip-validation', [CompletionResultType]::ParameterName, 'Write without checking the credentials and the number with Twilio first')
            [CompletionResult]::new('--set-incoming-url', '--set-incoming-url', [CompletionResultType]::ParameterName, 'After writing, point the number''s incoming SMS webhook at the new gate (needs --public-host)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--reveal-secrets', '--reveal-secrets', [CompletionResultType]::ParameterName, 'Write real credentials into the script so it can be run as-is (default: masked, and the script refuses to run)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;print-sql;link-dealer' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The existing gate to link')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer to link and give the sender number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender number for the dealer, in E.164')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--skip-validation', '--skip-validation', [CompletionResultType]::ParameterName, 'For a Twilio gate: write without checking with Twilio that the number belongs to its account')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;print-sql;help' {
            [CompletionResult]::new('add-twilio', 'add-twilio', [CompletionResultType]::ParameterValue, 'The script add-twilio would run')
            [CompletionResult]::new('link-dealer', 'link-dealer', [CompletionResultType]::ParameterValue, 'The script link-dealer would run')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gatewayctl;print-sql;help;add-twilio' {
            break
        }
        'gatewayctl;print-sql;help;link-dealer' {
            break
        }
        'gatewayctl;print-sql;help;help' {
            break
        }
        'gatewayctl;validate' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Sender number(s) to check, in E.164 (default with --gate-id: the linked dealers'' senders)')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'Check the gate stored in the database: its credentials, senders and webhook')
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Twilio Account SID (AC followed by 32 hex characters)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Twilio Auth Token (32 hex characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'Secret of the API key; stored as api_secret')
            [CompletionResult]::new('--public-host', '--public-host', [CompletionResultType]::ParameterName, 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL')
            [CompletionResult]::new('--incoming-port', '--incoming-port', [CompletionResultType]::ParameterName, 'Port of Navixy''s sms-server listener')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--set-incoming-url', '--set-incoming-url', [CompletionResultType]::ParameterName, 'Point each sender''s incoming SMS webhook at the gate''s URL (needs --gate-id and --public-host); asks first')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;send-test' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Recipient in E.164; repeat for several')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message text, exactly (quote it so the shell keeps leading spaces)')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the message from a file, byte for byte (no trimming, a final newline is kept)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender number in E.164 (default with --gate-id: the linked dealer''s from_sms)')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'Use this gate''s credentials and its dealer''s sender, read from the database')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'With --gate-id: which linked dealer''s sender to use, when several are linked')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds')
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Twilio Account SID (AC followed by 32 hex characters)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Twilio Auth Token (32 hex characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'Secret of the API key; stored as api_secret')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for each message to be delivered (or fail), polling Twilio')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;enable' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The gate')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;disable' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The gate')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;remove' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The gate')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;doctor' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'Check this gate only (default: every Twilio gate)')
            [CompletionResult]::new('--public-host', '--public-host', [CompletionResultType]::ParameterName, 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL')
            [CompletionResult]::new('--incoming-port', '--incoming-port', [CompletionResultType]::ParameterName, 'Port of Navixy''s sms-server listener')
            [CompletionResult]::new('--twilio-api-url', '--twilio-api-url', [CompletionResultType]::ParameterName, 'Twilio''s API base URL, for private endpoints and tests')
            [CompletionResult]::new('--twilio-region', '--twilio-region', [CompletionResultType]::ParameterName, 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com')
            [CompletionResult]::new('--twilio-edge', '--twilio-edge', [CompletionResultType]::ParameterName, 'Twilio edge location (dublin, sydney, ...); alone it means region us1')
            [CompletionResult]::new('--twilio-timeout', '--twilio-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from Twilio')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each call to Twilio (method, path, status, time) on stderr; never credentials')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;history' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;undo' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it')
            [CompletionResult]::new('--defaults-file', '--defaults-file', [CompletionResultType]::ParameterName, 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--query-timeout', '--query-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer from the database server once connected')
            [CompletionResult]::new('--journal-dir', '--journal-dir', [CompletionResultType]::ParameterName, 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;help' {
            [CompletionResult]::new('add-twilio', 'add-twilio', [CompletionResultType]::ParameterValue, 'Add a Twilio gate, set the dealer''s sender number and link them, in one transaction')
            [CompletionResult]::new('link-dealer', 'link-dealer', [CompletionResultType]::ParameterValue, 'Link a dealer to an existing gate and set its sender number, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every SMS gate with its dealers, masked settings and inconsistencies (read-only)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL')
            [CompletionResult]::new('print-sql', 'print-sql', [CompletionResultType]::ParameterValue, 'Print the SQL script a command would run, without connecting to any database')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check Twilio credentials, the sender number and its incoming webhook against Twilio''s API')
            [CompletionResult]::new('send-test', 'send-test', [CompletionResultType]::ParameterValue, 'Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a gate (enabled = 1)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a gate (enabled = 0); its links stay')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a gate and every link to it, in one transaction')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the changes gatewayctl recorded, newest last')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Put back the rows a recorded change touched, if nobody changed them since')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gatewayctl;help;add-twilio' {
            break
        }
        'gatewayctl;help;link-dealer' {
            break
        }
        'gatewayctl;help;list' {
            break
        }
        'gatewayctl;help;show' {
            break
        }
        'gatewayctl;help;print-sql' {
            [CompletionResult]::new('add-twilio', 'add-twilio', [CompletionResultType]::ParameterValue, 'The script add-twilio would run')
            [CompletionResult]::new('link-dealer', 'link-dealer', [CompletionResultType]::ParameterValue, 'The script link-dealer would run')
            break
        }
        'gatewayctl;help;print-sql;add-twilio' {
            break
        }
        'gatewayctl;help;print-sql;link-dealer' {
            break
        }
        'gatewayctl;help;validate' {
            break
        }
        'gatewayctl;help;send-test' {
            break
        }
        'gatewayctl;help;enable' {
            break
        }
        'gatewayctl;help;disable' {
            break
        }
        'gatewayctl;help;remove' {
            break
        }
        'gatewayctl;help;doctor' {
            break
        }
        'gatewayctl;help;history' {
            break
        }
        'gatewayctl;help;undo' {
            break
        }
        'gatewayctl;help;completions' {
            break
        }
        'gatewayctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
