
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
            [CompletionResult]::new('print-sql', 'print-sql', [CompletionResultType]::ParameterValue, 'Print the SQL script a command would run, without connecting to any database')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gatewayctl;add-twilio' {
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Twilio Account SID (AC followed by 32 hex characters)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Twilio Auth Token (32 hex characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'Secret of the API key; stored as api_secret')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The Twilio number to send from, in E.164 (e.g. +15551234567)')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer (PaaS account) that gets the gate and the sender number')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the gate (needs the sms_gates.label column)')
            [CompletionResult]::new('--owner-id', '--owner-id', [CompletionResultType]::ParameterName, 'The account that owns the gate (needs sms_gates.owner_id; default: the column''s default)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Which directions the gate carries')
            [CompletionResult]::new('--class-filter', '--class-filter', [CompletionResultType]::ParameterName, 'Which messages the gate handles: *, notifications, commands, -notifications, -commands')
            [CompletionResult]::new('--public-host', '--public-host', [CompletionResultType]::ParameterName, 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL')
            [CompletionResult]::new('--incoming-port', '--incoming-port', [CompletionResultType]::ParameterName, 'Port of Navixy''s sms-server listener')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server, as mysql://USER:PASSWORD@HOST:PORT (percent-encode special characters)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('--status-callback', '--status-callback', [CompletionResultType]::ParameterName, 'Ask Twilio for delivery status callbacks (enable_status_callback: true)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the gate disabled (enabled = 0)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add a gate even when one for the same Account SID exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;link-dealer' {
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The existing gate to link')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer to link and give the sender number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender number for the dealer, in E.164')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Navixy''s MySQL server, as mysql://USER:PASSWORD@HOST:PORT (percent-encode special characters)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database server to accept a connection')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when there is no terminal)')
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
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Twilio Account SID (AC followed by 32 hex characters)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Twilio Auth Token (32 hex characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'Secret of the API key; stored as api_secret')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The Twilio number to send from, in E.164 (e.g. +15551234567)')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer (PaaS account) that gets the gate and the sender number')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the gate (needs the sms_gates.label column)')
            [CompletionResult]::new('--owner-id', '--owner-id', [CompletionResultType]::ParameterName, 'The account that owns the gate (needs sms_gates.owner_id; default: the column''s default)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Which directions the gate carries')
            [CompletionResult]::new('--class-filter', '--class-filter', [CompletionResultType]::ParameterName, 'Which messages the gate handles: *, notifications, commands, -notifications, -commands')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('--status-callback', '--status-callback', [CompletionResultType]::ParameterName, 'Ask Twilio for delivery status callbacks (enable_status_callback: true)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the gate disabled (enabled = 0)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add a gate even when one for the same Account SID exists')
            [CompletionResult]::new('--reveal-secrets', '--reveal-secrets', [CompletionResultType]::ParameterName, 'Write real credentials into the script so it can be run as-is (default: masked, and the script refuses to run)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'gatewayctl;print-sql;link-dealer' {
            [CompletionResult]::new('--gate-id', '--gate-id', [CompletionResultType]::ParameterName, 'The existing gate to link')
            [CompletionResult]::new('--dealer-id', '--dealer-id', [CompletionResultType]::ParameterName, 'The dealer to link and give the sender number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender number for the dealer, in E.164')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The Navixy database (schema) name')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('print-sql', 'print-sql', [CompletionResultType]::ParameterValue, 'Print the SQL script a command would run, without connecting to any database')
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
