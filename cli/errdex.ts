import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { decodeCommand, lookupCommand, searchCommand, type Context } from './commands';
import { loadData, UsageError } from './data';
import { MAX_LINE } from './lines';
import { scanCommand } from './scan';
import { style, wantsColour } from './format';
import { createEngine } from './queries';
import { USAGE } from './usage';

const COMMANDS = ['decode', 'lookup', 'search', 'scan', 'mcp'] as const;
type Command = (typeof COMMANDS)[number];

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        ndjson: { type: 'boolean' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        limit: { type: 'string' },
        vendor: { type: 'string' },
        status: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs explains the problem over several lines (`--limit -3`: use `--limit=-3`): keep one.
    throw new UsageError(String((error as Error).message).replace(/\s*\n\s*/g, ' '));
  }
}

function checkBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(value))
    throw new UsageError(`--base-url must be an http(s) URL (got "${value}")`);
  return value;
}

export async function main(argv: string[], write: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(argv);
  const [name, ...args] = positionals;
  if (name === undefined) {
    if (values.help) {
      write(USAGE.main + '\n');
      return 0;
    }
    throw new UsageError(
      'missing command: decode, lookup, search, scan or mcp (see errdex --help)',
    );
  }
  if (!COMMANDS.includes(name as Command))
    throw new UsageError(`unknown command "${name}" (see errdex --help)`);
  const command = name as Command;
  if (values.help) {
    write(USAGE[command] + '\n');
    return 0;
  }
  if (
    command !== 'search' &&
    (values.limit !== undefined || values.vendor !== undefined || values.status !== undefined)
  )
    throw new UsageError(`--limit, --vendor and --status only apply to search`);
  if (values.ndjson && command !== 'scan') throw new UsageError('--ndjson only applies to scan');
  if (values.ndjson && values.json)
    throw new UsageError('use --json (one object) or --ndjson (one finding per line), not both');
  const format = values.ndjson ? 'ndjson' : values.json ? 'json' : 'text';
  const baseUrl = checkBaseUrl(values['base-url']);
  if (command === 'mcp') {
    if (args.length > 0 || values.json)
      throw new UsageError(
        'mcp takes no arguments and no --json: it talks MCP over stdin and stdout',
      );
    // Loaded on first use: the other commands never pay for the MCP SDK.
    const { serveMcp } = await import('./mcp');
    await serveMcp(baseUrl);
    return 0;
  }
  const ctx: Context = {
    ...createEngine(loadData()),
    format,
    baseUrl,
    style: style(format === 'text' && wantsColour(process.stdout)),
    write,
    drained: () =>
      process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => {}) : undefined,
    warn: (text) => process.stderr.write(`errdex: ${text}\n`),
    lineCap: MAX_LINE,
  };
  switch (command) {
    case 'decode':
      return decodeCommand(ctx, args);
    case 'lookup':
      return lookupCommand(ctx, args);
    case 'search':
      return searchCommand(ctx, args, values);
    case 'scan':
      return scanCommand(ctx, args);
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // Piped into `head`: stop quietly.
  if (error.code === 'EPIPE') process.exit(0);
});

/** Any failure is one line on stderr and exit status 2 (1 means "nothing matched"). */
function fail(error: unknown): void {
  const message =
    error instanceof UsageError
      ? error.message
      : `internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  process.stderr.write(`errdex: ${message}\n`);
  process.exitCode = 2;
}

// What a stream throws from its own event handlers never reaches main's promise: catch it too,
// or Node prints a stack trace and exits 1.
process.on('uncaughtException', (error) => {
  fail(error);
  process.exit(2);
});

main(process.argv.slice(2), (text) => process.stdout.write(text)).then((code) => {
  process.exitCode = code;
}, fail);
