
use builtin;
use str;

set edit:completion:arg-completer[gatewayctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'gatewayctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'gatewayctl'= {
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add-twilio 'Add a Twilio gate, set the dealer''s sender number and link them, in one transaction'
            cand link-dealer 'Link a dealer to an existing gate and set its sender number, in one transaction'
            cand list 'List every SMS gate with its dealers, masked settings and inconsistencies (read-only)'
            cand show 'Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL'
            cand print-sql 'Print the SQL script a command would run, without connecting to any database'
            cand validate 'Check Twilio credentials, the sender number and its incoming webhook against Twilio''s API'
            cand send-test 'Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)'
            cand enable 'Enable a gate (enabled = 1)'
            cand disable 'Disable a gate (enabled = 0); its links stay'
            cand remove 'Remove a gate and every link to it, in one transaction'
            cand doctor 'Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port'
            cand history 'List the changes gatewayctl recorded, newest last'
            cand undo 'Put back the rows a recorded change touched, if nobody changed them since'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gatewayctl;add-twilio'= {
            cand --output 'Output format'
            cand --phone 'The Twilio number to send from, in E.164 (e.g. +15551234567)'
            cand --dealer-id 'The dealer (PaaS account) that gets the gate and the sender number'
            cand --label 'A name for the gate (needs the sms_gates.label column)'
            cand --owner-id 'The account that owns the gate (needs sms_gates.owner_id; default: the column''s default)'
            cand --type 'Which directions the gate carries'
            cand --class-filter 'Which messages the gate handles: *, notifications, commands, -notifications, -commands'
            cand --account-sid 'Twilio Account SID (AC followed by 32 hex characters)'
            cand --auth-token 'Twilio Auth Token (32 hex characters)'
            cand --api-key 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid'
            cand --api-secret 'Secret of the API key; stored as api_secret'
            cand --public-host 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL'
            cand --incoming-port 'Port of Navixy''s sms-server listener'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand --status-callback 'Ask Twilio for delivery status callbacks (enable_status_callback: true)'
            cand --disabled 'Create the gate disabled (enabled = 0)'
            cand --allow-duplicate 'Add a gate even when one for the same Account SID exists'
            cand --skip-validation 'Write without checking the credentials and the number with Twilio first'
            cand --set-incoming-url 'After writing, point the number''s incoming SMS webhook at the new gate (needs --public-host)'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;link-dealer'= {
            cand --output 'Output format'
            cand --gate-id 'The existing gate to link'
            cand --dealer-id 'The dealer to link and give the sender number'
            cand --phone 'The sender number for the dealer, in E.164'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand --skip-validation 'For a Twilio gate: write without checking with Twilio that the number belongs to its account'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;list'= {
            cand --output 'Output format'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;show'= {
            cand --output 'Output format'
            cand --gate-id 'The gate to show (sms_gates.id)'
            cand --public-host 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL'
            cand --incoming-port 'Port of Navixy''s sms-server listener'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;print-sql'= {
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add-twilio 'The script add-twilio would run'
            cand link-dealer 'The script link-dealer would run'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gatewayctl;print-sql;add-twilio'= {
            cand --output 'Output format'
            cand --phone 'The Twilio number to send from, in E.164 (e.g. +15551234567)'
            cand --dealer-id 'The dealer (PaaS account) that gets the gate and the sender number'
            cand --label 'A name for the gate (needs the sms_gates.label column)'
            cand --owner-id 'The account that owns the gate (needs sms_gates.owner_id; default: the column''s default)'
            cand --type 'Which directions the gate carries'
            cand --class-filter 'Which messages the gate handles: *, notifications, commands, -notifications, -commands'
            cand --account-sid 'Twilio Account SID (AC followed by 32 hex characters)'
            cand --auth-token 'Twilio Auth Token (32 hex characters)'
            cand --api-key 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid'
            cand --api-secret 'Secret of the API key; stored as api_secret'
            cand --public-host 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL'
            cand --incoming-port 'Port of Navixy''s sms-server listener'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand --status-callback 'Ask Twilio for delivery status callbacks (enable_status_callback: true)'
            cand --disabled 'Create the gate disabled (enabled = 0)'
            cand --allow-duplicate 'Add a gate even when one for the same Account SID exists'
            cand --skip-validation 'Write without checking the credentials and the number with Twilio first'
            cand --set-incoming-url 'After writing, point the number''s incoming SMS webhook at the new gate (needs --public-host)'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --reveal-secrets 'Write real credentials into the script so it can be run as-is (default: masked, and the script refuses to run)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;print-sql;link-dealer'= {
            cand --output 'Output format'
            cand --gate-id 'The existing gate to link'
            cand --dealer-id 'The dealer to link and give the sender number'
            cand --phone 'The sender number for the dealer, in E.164'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand --skip-validation 'For a Twilio gate: write without checking with Twilio that the number belongs to its account'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;print-sql;help'= {
            cand add-twilio 'The script add-twilio would run'
            cand link-dealer 'The script link-dealer would run'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gatewayctl;print-sql;help;add-twilio'= {
        }
        &'gatewayctl;print-sql;help;link-dealer'= {
        }
        &'gatewayctl;print-sql;help;help'= {
        }
        &'gatewayctl;validate'= {
            cand --output 'Output format'
            cand --phone 'Sender number(s) to check, in E.164 (default with --gate-id: the linked dealers'' senders)'
            cand --gate-id 'Check the gate stored in the database: its credentials, senders and webhook'
            cand --account-sid 'Twilio Account SID (AC followed by 32 hex characters)'
            cand --auth-token 'Twilio Auth Token (32 hex characters)'
            cand --api-key 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid'
            cand --api-secret 'Secret of the API key; stored as api_secret'
            cand --public-host 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL'
            cand --incoming-port 'Port of Navixy''s sms-server listener'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand --set-incoming-url 'Point each sender''s incoming SMS webhook at the gate''s URL (needs --gate-id and --public-host); asks first'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;send-test'= {
            cand --output 'Output format'
            cand --to 'Recipient in E.164; repeat for several'
            cand --body 'The message text, exactly (quote it so the shell keeps leading spaces)'
            cand --body-file 'Read the message from a file, byte for byte (no trimming, a final newline is kept)'
            cand --from 'Sender number in E.164 (default with --gate-id: the linked dealer''s from_sms)'
            cand --gate-id 'Use this gate''s credentials and its dealer''s sender, read from the database'
            cand --dealer-id 'With --gate-id: which linked dealer''s sender to use, when several are linked'
            cand --wait-timeout 'With --wait: give up after this many seconds'
            cand --account-sid 'Twilio Account SID (AC followed by 32 hex characters)'
            cand --auth-token 'Twilio Auth Token (32 hex characters)'
            cand --api-key 'Twilio API Key SID (SK...), instead of the auth token; stored as api_sid'
            cand --api-secret 'Secret of the API key; stored as api_secret'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand --wait 'Wait for each message to be delivered (or fail), polling Twilio'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;enable'= {
            cand --output 'Output format'
            cand --gate-id 'The gate'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;disable'= {
            cand --output 'Output format'
            cand --gate-id 'The gate'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;remove'= {
            cand --output 'Output format'
            cand --gate-id 'The gate'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;doctor'= {
            cand --output 'Output format'
            cand --gate-id 'Check this gate only (default: every Twilio gate)'
            cand --public-host 'Host name or address Twilio can reach Navixy''s sms-server at, for the incoming SMS URL'
            cand --incoming-port 'Port of Navixy''s sms-server listener'
            cand --twilio-api-url 'Twilio''s API base URL, for private endpoints and tests'
            cand --twilio-region 'Twilio processing region (ie1, au1, ...); the host becomes api.EDGE.REGION.twilio.com'
            cand --twilio-edge 'Twilio edge location (dublin, sydney, ...); alone it means region us1'
            cand --twilio-timeout 'Seconds to wait for each answer from Twilio'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -v 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand --verbose 'Show each call to Twilio (method, path, status, time) on stderr; never credentials'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;history'= {
            cand --output 'Output format'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;undo'= {
            cand --output 'Output format'
            cand --database-url 'Navixy''s MySQL server: mysql://USER:PASSWORD@HOST:PORT, or mysql://USER:PASSWORD@localhost/?socket=PATH (percent-encode special characters); default: ~/.my.cnf, as the mysql client reads it'
            cand --defaults-file 'Read user, password, host, port and socket from this MySQL option file''s [client] group instead of ~/.my.cnf (not with --database-url)'
            cand --schema 'The Navixy database (schema) name'
            cand --connect-timeout 'Seconds to wait for the database server to accept a connection'
            cand --query-timeout 'Seconds to wait for each answer from the database server once connected'
            cand --journal-dir 'Where changes are recorded for undo [default: $XDG_STATE_HOME/gatewayctl/journal, else ~/.local/state/gatewayctl/journal]'
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -y 'Do not ask for confirmation (needed when there is no terminal)'
            cand --yes 'Do not ask for confirmation (needed when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;completions'= {
            cand --color 'When to colour output: auto (terminals only, and not with NO_COLOR), always, never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'gatewayctl;help'= {
            cand add-twilio 'Add a Twilio gate, set the dealer''s sender number and link them, in one transaction'
            cand link-dealer 'Link a dealer to an existing gate and set its sender number, in one transaction'
            cand list 'List every SMS gate with its dealers, masked settings and inconsistencies (read-only)'
            cand show 'Show one gate in full: columns, masked settings, dealers, inconsistencies, incoming URL'
            cand print-sql 'Print the SQL script a command would run, without connecting to any database'
            cand validate 'Check Twilio credentials, the sender number and its incoming webhook against Twilio''s API'
            cand send-test 'Send a test SMS and report what Twilio did to it (encoding, segments, stripped spaces)'
            cand enable 'Enable a gate (enabled = 1)'
            cand disable 'Disable a gate (enabled = 0); its links stay'
            cand remove 'Remove a gate and every link to it, in one transaction'
            cand doctor 'Check the whole chain: schema, gates, links, senders, Twilio, webhooks, incoming port'
            cand history 'List the changes gatewayctl recorded, newest last'
            cand undo 'Put back the rows a recorded change touched, if nobody changed them since'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gatewayctl;help;add-twilio'= {
        }
        &'gatewayctl;help;link-dealer'= {
        }
        &'gatewayctl;help;list'= {
        }
        &'gatewayctl;help;show'= {
        }
        &'gatewayctl;help;print-sql'= {
            cand add-twilio 'The script add-twilio would run'
            cand link-dealer 'The script link-dealer would run'
        }
        &'gatewayctl;help;print-sql;add-twilio'= {
        }
        &'gatewayctl;help;print-sql;link-dealer'= {
        }
        &'gatewayctl;help;validate'= {
        }
        &'gatewayctl;help;send-test'= {
        }
        &'gatewayctl;help;enable'= {
        }
        &'gatewayctl;help;disable'= {
        }
        &'gatewayctl;help;remove'= {
        }
        &'gatewayctl;help;doctor'= {
        }
        &'gatewayctl;help;history'= {
        }
        &'gatewayctl;help;undo'= {
        }
        &'gatewayctl;help;completions'= {
        }
        &'gatewayctl;help;help'= {
        }
    ]
    $completions[$command]
}
