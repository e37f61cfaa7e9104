import { STANDARDS } from '@/lib/namespaces/standards';
import { vendorFormats } from '@/lib/namespaces/vendors';

// The vendors as the format modules name them (each built-in format is its vendor's id).
const NAMES = vendorFormats()
  .map((f) => f.name)
  .join(', ');
const IDS = vendorFormats()
  .map((f) => f.id)
  .join(', ');
const STANDARD_IDS = STANDARDS.map((s) => s.id).join(', ');

export const USAGE: Record<string, string> = {
  main: `Usage: errdex <command> [options]

Identify communications API errors (${NAMES})
and telecom standard codes (SIP responses, Q.850 causes, SMPP command status).

Commands:
  decode              decode whatever is on stdin (a body, a response, log lines)
  lookup <token>      look up a code, name or number across vendors and standards
                      (CMN-101, AuthenticationFailed, 1300, 486, ESME_RTHROTTLED)
  search <query>      search codes and messages
  scan <file...|->    report every recognized error in log files or stdin, line by line
  mcp                 serve decode, lookup and search to AI agents (MCP over stdio)

Options (every command but mcp, which takes only --base-url):
  --json              print one JSON object instead of text
  --ndjson            scan only: print each finding as a JSON line as soon as it is found
  --base-url URL      make every url absolute (https://errdex.example)
  -h, --help          show help for a command

Exit status: 0 something matched, 1 nothing matched, 2 usage error.`,
  decode: `Usage: errdex decode [--json] [--base-url URL] < input

Reads stdin to the end and identifies every catalogued error in it: raw JSON bodies,
whole HTTP responses (curl -i), log lines with JSON inside, escaped JSON, Python dict
reprs, key=value fields, a lone code or a lone message. Prints matches (confident, in
input order, with the values that filled the template) and suggestions (fuzzy).
Decodes the first 64 MB of a longer input, and notes it on every match.`,
  lookup: `Usage: errdex lookup <token> [--json] [--base-url URL]

Looks up a code, name or number, ignoring case and dashes (cmn101 finds CMN-101), across
every vendor and standard: a token several of them share lists each one.

Examples:
  errdex lookup CMN-101            a RingCentral error
  errdex lookup 486                SIP 486 Busy Here, and any vendor code 486
  errdex lookup ESME_RTHROTTLED    an SMPP command status (also 0x00000058, 0x58, 88)
  errdex lookup USER_BUSY          Q.850 cause 17, by its FreeSWITCH name (also q850-17)`,
  search: `Usage: errdex search <query> [--json] [--limit N] [--vendor ID] [--status NNN] [--base-url URL]

Searches codes and messages, including messages whose placeholders were filled in, of
vendor errors and of telecom standards (SIP, Q.850, SMPP).
--limit N      at most N results (default 10)
--vendor ID    only this vendor's errors or standard's codes (${IDS},
               ${STANDARD_IDS})
--status NNN   only errors documented with this HTTP status`,
  scan: `Usage: errdex scan <file...|-> [--json | --ndjson] [--base-url URL]

Streams each file (or stdin for -) line by line and reports every recognized error with
its file, line, entry and URL. A line longer than 1 MB is decoded up to 1 MB, and noted.
--json     one object with every finding, printed at the end
--ndjson   one finding per line ({"file","line","matches"}), printed as soon as it is
           found: for pipelines, and inputs of any size in constant memory`,
  mcp: `Usage: errdex mcp [--base-url URL]

Serves the Model Context Protocol over stdin and stdout for AI agents and editors, until
stdin closes. Tools: decode (text), lookup (token) and search (query, limit, vendor, status),
each returning the same items as --json, as structured content and as text.`,
};
