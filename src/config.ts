import { z } from 'zod';

/**
 * The whole configuration, parsed once from the environment (after dotenv) into a typed object.
 * Every default lives here and nowhere else; `.env.example` documents each variable.
 */
const schema = z.object({
  /** Bot token from @BotFather. Optional here: CLIs run without it; `npm start` explains how to get one. */
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[\w-]{30,}$/, 'looks malformed: expected <digits>:<35 characters> as @BotFather gives it')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Bot API server root, e.g. a self-hosted Bot API or a local emulator. Default: Telegram's own. */
  TELEGRAM_API_ROOT: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Comma-separated Telegram user ids allowed to change the corpus. */
  ADMIN_IDS: z
    .string()
    .default('')
    .transform((s, ctx) => {
      const ids = s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const bad = ids.filter((p) => !/^\d{1,20}$/.test(p));
      if (bad.length > 0)
        ctx.addIssue({ code: 'custom', message: `not numeric user ids: ${bad.join(', ')}` });
      return ids.map(Number);
    }),
  /** Folder of raw article files (the corpus). */
  SEEDS_DIR: z.string().default('seeds'),
  /** Folder of the persisted index. */
  INDEX_DIR: z.string().default('embeddings'),
  /** Hub id (downloaded into MODELS_DIR) or a local model directory. */
  EMBEDDING_MODEL: z.string().default('Xenova/multilingual-e5-small'),
  /** Download cache for hub models. */
  MODELS_DIR: z.string().default('models'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Files larger than this are skipped with a warning when scanning SEEDS_DIR. */
  MAX_FILE_MB: z.coerce.number().positive().default(10),
  /** Questions longer than this are truncated (with a note in the answer). */
  MAX_QUESTION_CHARS: z.coerce.number().int().min(50).default(2000),
  /** Questions one user may ask per minute before a friendly "slow down". */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Public HTTPS URL for webhook mode; long polling when unset. */
  WEBHOOK_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token (webhook mode). */
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'may hold only A-Z, a-z, 0-9, _ and -, at most 256 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Port the webhook server listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  /** Folder of the bot's own state (conversations, feedback): one SQLite file, kept across restarts. */
  STATE_DIR: z.string().default('state'),
  /** A conversation's context is forgotten after this many idle minutes (fractions allowed). */
  CONTEXT_TTL_MINUTES: z.coerce.number().positive().default(30),
  /** Salt for hashing user ids in stored feedback; generated once and kept in STATE_DIR when empty. */
  FEEDBACK_SALT: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * Let `/add <url>` fetch private, loopback and link-local addresses (an intranet portal, tests on
   * 127.0.0.1). Off by default: a URL from a chat must not reach the server's own services.
   */
  FETCH_ALLOW_PRIVATE: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Deadline for fetching one page or document (redirects included), seconds. */
  FETCH_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(20),
  /** RSS/Atom feeds polled for new articles (comma or space separated http/https URLs). */
  FEEDS: z
    .string()
    .default('')
    .transform((s, ctx) => {
      const urls = [...new Set(s.split(/[\s,]+/).filter(Boolean))];
      const bad = urls.filter((u) => !URL.canParse(u) || !/^https?:$/.test(new URL(u).protocol));
      if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `not http(s) URLs: ${bad.join(', ')}` });
      return urls;
    }),
  /** Minutes between two feed polls of the bot (fractions allowed; 0.05 = 3 s is the floor). */
  FEED_INTERVAL_MINUTES: z.coerce.number().min(0.05).max(10_080).default(30),
});

export type Config = z.infer<typeof schema>;

const REMEDY: Partial<Record<keyof Config, string>> = {
  TELEGRAM_BOT_TOKEN: 'talk to @BotFather on Telegram, then put TELEGRAM_BOT_TOKEN=… in .env',
  ADMIN_IDS: 'write numeric Telegram user ids separated by commas, e.g. ADMIN_IDS=12345,67890',
  WEBHOOK_SECRET: 'pick a random string of letters, digits, _ and -',
  CONTEXT_TTL_MINUTES: 'write a positive number of minutes, e.g. CONTEXT_TTL_MINUTES=30',
  FEEDBACK_SALT: 'leave it empty to have one generated, or write a random string of 16 or more characters',
  TELEGRAM_API_ROOT: 'write a full URL such as http://127.0.0.1:8081, or leave it empty for Telegram',
  WEBHOOK_URL: 'write the public https:// URL Telegram should call, or leave it empty for long polling',
  LOG_LEVEL: 'use one of fatal, error, warn, info, debug, trace, silent',
  MAX_FILE_MB: 'write a positive number of megabytes, e.g. MAX_FILE_MB=10, or remove the line for 10',
  MAX_QUESTION_CHARS: 'write a whole number of at least 50, e.g. MAX_QUESTION_CHARS=2000, or remove the line',
  RATE_LIMIT_PER_MINUTE:
    'write a whole number of messages above 0, e.g. RATE_LIMIT_PER_MINUTE=20, or remove the line for 20',
  PORT: 'write a port number from 1 to 65535, e.g. PORT=8080',
  FETCH_ALLOW_PRIVATE: 'write 1 to allow private addresses or 0 (the default) to refuse them',
  FETCH_TIMEOUT_SECONDS: 'write a number of seconds above 0, e.g. FETCH_TIMEOUT_SECONDS=20',
  FEEDS:
    'write RSS/Atom feed addresses separated by commas or spaces, e.g. FEEDS=https://example.vn/rss/tin-tuc.rss, or leave it empty',
  FEED_INTERVAL_MINUTES:
    'write a number of minutes from 0.05 to 10080 (a week), e.g. FEED_INTERVAL_MINUTES=30, or remove the line for 30',
};

/** Values never echoed in an error. */
const SECRET_KEYS: ReadonlySet<string> = new Set(['TELEGRAM_BOT_TOKEN', 'WEBHOOK_SECRET']);

/** Thrown when the environment is invalid; the message lists every problem with its remedy. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parse the environment into a Config. Every problem is reported in one error, one line per
 * variable, naming the variable and the fix. Values of secrets are never echoed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) {
    if (parsed.data.WEBHOOK_URL && !parsed.data.WEBHOOK_SECRET) {
      throw new ConfigError(
        'config: WEBHOOK_SECRET is required when WEBHOOK_URL is set (pick a random string of letters, digits, _ and -)',
      );
    }
    return parsed.data;
  }
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?') as keyof Config;
    const remedy = REMEDY[key];
    const value = env[key];
    // zod's own words for a failed number ("expected number, received NaN") say nothing to an operator.
    const message = /received NaN/.test(issue.message) ? 'is not a number' : issue.message;
    const shown = value === undefined || SECRET_KEYS.has(key) ? '' : `=${JSON.stringify(value)}`;
    return `- ${key}${shown}: ${message}${remedy ? `; fix: ${remedy}` : ''}`;
  });
  return throwConfig(lines);
}

function throwConfig(lines: string[]): never {
  throw new ConfigError(`config: invalid environment:\n${lines.join('\n')}`);
}
