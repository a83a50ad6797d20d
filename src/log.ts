import pino, { type LevelWithSilent, type Logger } from 'pino';

export type { Logger };

/** What replaces a secret in logs and error messages. */
export const REDACTED = '[REDACTED]';

/**
 * Anything shaped like a bot token (`<digits>:<30+ url-safe chars>`), masked even when nobody
 * passed it as a secret: a token can reach a log inside a URL or an error from a library.
 */
const TOKEN_SHAPE = /\d{5,}(?::|%3A)[A-Za-z0-9_-]{30,}/g;

/** `text` with every secret (raw or URL-encoded) and every token-shaped string replaced by `[REDACTED]`. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out.replace(TOKEN_SHAPE, REDACTED);
}

export interface LoggerOptions {
  /** Default `info`. */
  level?: LevelWithSilent;
  /** Strings that must never be written (the bot token, the webhook secret). */
  secrets?: readonly (string | undefined)[];
  /** Where JSON lines go. Default: standard error, so standard output stays free for the terminal chat. */
  destination?: { write(line: string): unknown };
}

/**
 * A pino logger whose every output line passes through `redact`, so a secret cannot leak
 * whichever field or error message carries it.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const destination = options.destination ?? process.stderr;
  return pino(
    { level: options.level ?? 'info', base: undefined },
    { write: (line: string) => destination.write(redact(line, secrets)) },
  );
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warning',
  50: 'error',
  60: 'fatal',
};

/**
 * A pino JSON line as one plain line for a person at a terminal (the terminal chat): `warning:
 * message`, then the other fields as `key=value`. Lines that are not JSON pass unchanged.
 */
export function logLineAsText(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { level, time: _time, msg, ...rest } = entry;
  const fields = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  const name = LEVEL_NAMES[Number(level)] ?? String(level);
  return `${name}: ${String(msg ?? '')}${fields ? ` (${fields})` : ''}\n`;
}
