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
});

export type Config = z.infer<typeof schema>;

const REMEDY: Partial<Record<keyof Config, string>> = {
  TELEGRAM_BOT_TOKEN: 'talk to @BotFather on Telegram, then put TELEGRAM_BOT_TOKEN=… in .env',
  ADMIN_IDS: 'write numeric Telegram user ids separated by commas, e.g. ADMIN_IDS=12345,67890',
  WEBHOOK_SECRET: 'pick a random string of letters, digits, _ and -',
  CONTEXT_TTL_MINUTES: 'write a positive number of minutes, e.g. CONTEXT_TTL_MINUTES=30',
  FEEDBACK_SALT: 'leave it empty to have one generated, or write a random string of 16 or more characters',
};

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
    return `- ${key}: ${issue.message}${remedy ? ` (${remedy})` : ''}`;
  });
  return throwConfig(lines);
}

function throwConfig(lines: string[]): never {
  throw new ConfigError(`config: invalid environment:\n${lines.join('\n')}`);
}
