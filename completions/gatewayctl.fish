# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_gatewayctl_global_optspecs
    string join \n color= h/help V/version
end

function __fish_gatewayctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_gatewayctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_gatewayctl_using_subcommand
    set -l cmd (__fish_gatewayctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -s h -l help -d 'Print help'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "add-twilio" -d 'Add a Twilio gate, set the dealer\'s sender number and link them, in one transaction'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "link-dealer" -d 'Link a dealer to an existing gate and set its sender number, in one transaction'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "list" -d 'List every SMS gate with its dealers, masked settings and inconsistencies (read-only)'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "show" -d 'Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "print-sql" -d 'Print the SQL script a command would run, without connecting to any database'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "validate" -d 'Check Twilio credentials, the sender number and its incoming webhook against Twilio\'s API'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "send-test" -d 'Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "enable" -d 'Enable a gate (enabled = 1)'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "disable" -d 'Disable a gate (enabled = 0); its links stay'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "remove" -d 'Remove a gate and every link to it, in one transaction'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "doctor" -d 'Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "history" -d 'List the changes gatewayctl recorded, newest last'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "undo" -d 'Put back the rows a recorded change touched, if nobody changed them since'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c gatewayctl -n "__fish_gatewayctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l phone -d 'The Twilio number to send from, in E.164 (e.g. +15551234567)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l dealer-id -d 'The dealer (PaaS account) that gets the gate and the sender number' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l label -d 'A name for the gate (needs the sms_gates.label column)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l owner-id -d 'The account that owns the gate (needs sms_gates.owner_id; default: the column\'s default)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l type -d 'Which directions the gate carries' -r -f -a "transceiver\t'Sends and receives'
transmitter\t'Sends only'
receiver\t'Receives only'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l class-filter -d 'Which messages the gate handles: *, notifications, commands, -notifications, -commands' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l account-sid -d 'Twilio Account SID (AC followed by 32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l auth-token -d 'Twilio Auth Token (32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l api-key -d 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l api-secret -d 'Secret of the API key; stored as api_secret' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l public-host -d 'Host name or address Twilio can reach Navixy\'s sms-server at, for the incoming SMS URL' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l incoming-port -d 'Port of Navixy\'s sms-server listener' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l status-callback -d 'Ask Twilio for delivery status callbacks (enable_status_callback: true)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l disabled -d 'Create the gate disabled (enabled = 0)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l allow-duplicate -d 'Add a gate even when one for the same Account SID exists'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l skip-validation -d 'Write without checking the credentials and the number with Twilio first'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -l set-incoming-url -d 'After writing, point the number\'s incoming SMS webhook at the new gate (needs --public-host)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand add-twilio" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l gate-id -d 'The existing gate to link' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l dealer-id -d 'The dealer to link and give the sender number' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l phone -d 'The sender number for the dealer, in E.164' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -l skip-validation -d 'For a Twilio gate: write without checking with Twilio that the number belongs to its account'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand link-dealer" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand list" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l gate-id -d 'The gate to show (sms_gates.id)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l public-host -d 'Host name or address Twilio can reach Navixy\'s sms-server at, for the incoming SMS URL' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l incoming-port -d 'Port of Navixy\'s sms-server listener' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand show" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and not __fish_seen_subcommand_from add-twilio link-dealer help" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and not __fish_seen_subcommand_from add-twilio link-dealer help" -s h -l help -d 'Print help'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and not __fish_seen_subcommand_from add-twilio link-dealer help" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and not __fish_seen_subcommand_from add-twilio link-dealer help" -f -a "add-twilio" -d 'The script add-twilio would run'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and not __fish_seen_subcommand_from add-twilio link-dealer help" -f -a "link-dealer" -d 'The script link-dealer would run'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and not __fish_seen_subcommand_from add-twilio link-dealer help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l phone -d 'The Twilio number to send from, in E.164 (e.g. +15551234567)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l dealer-id -d 'The dealer (PaaS account) that gets the gate and the sender number' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l label -d 'A name for the gate (needs the sms_gates.label column)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l owner-id -d 'The account that owns the gate (needs sms_gates.owner_id; default: the column\'s default)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l type -d 'Which directions the gate carries' -r -f -a "transceiver\t'Sends and receives'
transmitter\t'Sends only'
receiver\t'Receives only'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l class-filter -d 'Which messages the gate handles: *, notifications, commands, -notifications, -commands' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l account-sid -d 'Twilio Account SID (AC followed by 32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l auth-token -d 'Twilio Auth Token (32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l api-key -d 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l api-secret -d 'Secret of the API key; stored as api_secret' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l public-host -d 'Host name or address Twilio can reach Navixy\'s sms-server at, for the incoming SMS URL' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l incoming-port -d 'Port of Navixy\'s sms-server listener' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l status-callback -d 'Ask Twilio for delivery status callbacks (enable_status_callback: true)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l disabled -d 'Create the gate disabled (enabled = 0)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l allow-duplicate -d 'Add a gate even when one for the same Account SID exists'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l skip-validation -d 'Write without checking the credentials and the number with Twilio first'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l set-incoming-url -d 'After writing, point the number\'s incoming SMS webhook at the new gate (needs --public-host)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -l reveal-secrets -d 'Write real credentials into the script so it can be run as-is (default: masked, and the script refuses to run)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from add-twilio" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l gate-id -d 'The existing gate to link' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l dealer-id -d 'The dealer to link and give the sender number' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l phone -d 'The sender number for the dealer, in E.164' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -l skip-validation -d 'For a Twilio gate: write without checking with Twilio that the number belongs to its account'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from link-dealer" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from help" -f -a "add-twilio" -d 'The script add-twilio would run'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from help" -f -a "link-dealer" -d 'The script link-dealer would run'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand print-sql; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l phone -d 'Sender number(s) to check, in E.164 (default with --gate-id: the linked dealers\' senders)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l gate-id -d 'Check the gate stored in the database: its credentials, senders and webhook' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l account-sid -d 'Twilio Account SID (AC followed by 32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l auth-token -d 'Twilio Auth Token (32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l api-key -d 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l api-secret -d 'Secret of the API key; stored as api_secret' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l public-host -d 'Host name or address Twilio can reach Navixy\'s sms-server at, for the incoming SMS URL' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l incoming-port -d 'Port of Navixy\'s sms-server listener' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -l set-incoming-url -d 'Point each sender\'s incoming SMS webhook at the gate\'s URL (needs --gate-id and --public-host); asks first'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand validate" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l to -d 'Recipient in E.164; repeat for several' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l body -d 'The message text, exactly (quote it so the shell keeps leading spaces)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l body-file -d 'Read the message from a file, byte for byte (no trimming, a final newline is kept)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l from -d 'Sender number in E.164 (default with --gate-id: the linked dealer\'s from_sms)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l gate-id -d 'Use this gate\'s credentials and its dealer\'s sender, read from the database' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l dealer-id -d 'With --gate-id: which linked dealer\'s sender to use, when several are linked' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l wait-timeout -d 'With --wait: give up after this many seconds' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l account-sid -d 'Twilio Account SID (AC followed by 32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l auth-token -d 'Twilio Auth Token (32 hex characters)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l api-key -d 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l api-secret -d 'Secret of the API key; stored as api_secret' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -l wait -d 'Wait for each message to be delivered (or fail), polling Twilio'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand send-test" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l gate-id -d 'The gate' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand enable" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l gate-id -d 'The gate' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand disable" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l gate-id -d 'The gate' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand remove" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l gate-id -d 'Check this gate only (default: every Twilio gate)' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l public-host -d 'Host name or address Twilio can reach Navixy\'s sms-server at, for the incoming SMS URL' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l incoming-port -d 'Port of Navixy\'s sms-server listener' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l twilio-api-url -d 'Twilio\'s API base URL, for private endpoints and tests' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l twilio-region -d 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l twilio-edge -d 'Twilio edge location (dublin, sydney, ...); alone it means region us1' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l twilio-timeout -d 'Seconds to wait for each answer from Twilio' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -s v -l verbose -d 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand history" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand history" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand history" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand history" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l output -d 'Output format' -r -f -a "text\t'Tables and sentences for people'
json\t'One JSON document on stdout, with stable field names'"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l database-url -d 'Navixy\'s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l defaults-file -d 'Read user, password, host, port and socket from this MySQL option file\'s [client] group instead of ~/.my.cnf (not with --database-url)' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l schema -d 'The Navixy database (schema) name' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l connect-timeout -d 'Seconds to wait for the database server to accept a connection' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l query-timeout -d 'Seconds to wait for each answer from the database server once connected' -r
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l journal-dir -d 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]' -r -F
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -s y -l yes -d 'Do not ask for confirmation (needed when there is no terminal)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand undo" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand completions" -l color -d 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "add-twilio" -d 'Add a Twilio gate, set the dealer\'s sender number and link them, in one transaction'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "link-dealer" -d 'Link a dealer to an existing gate and set its sender number, in one transaction'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "list" -d 'List every SMS gate with its dealers, masked settings and inconsistencies (read-only)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "show" -d 'Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "print-sql" -d 'Print the SQL script a command would run, without connecting to any database'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "validate" -d 'Check Twilio credentials, the sender number and its incoming webhook against Twilio\'s API'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "send-test" -d 'Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "enable" -d 'Enable a gate (enabled = 1)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "disable" -d 'Disable a gate (enabled = 0); its links stay'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "remove" -d 'Remove a gate and every link to it, in one transaction'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "doctor" -d 'Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "history" -d 'List the changes gatewayctl recorded, newest last'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "undo" -d 'Put back the rows a recorded change touched, if nobody changed them since'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and not __fish_seen_subcommand_from add-twilio link-dealer list show print-sql validate send-test enable disable remove doctor history undo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and __fish_seen_subcommand_from print-sql" -f -a "add-twilio" -d 'The script add-twilio would run'
complete -c gatewayctl -n "__fish_gatewayctl_using_subcommand help; and __fish_seen_subcommand_from print-sql" -f -a "link-dealer" -d 'The script link-dealer would run'
