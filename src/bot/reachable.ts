import { redact } from '../log.ts';
import { DEFAULT_API_ROOT } from './download.ts';

/** One probe may take this long before it counts as a failure. */
const PROBE_TIMEOUT_MS = 10_000;
/** Waits between probes: doubling from 2 s, at most 60 s. */
const FIRST_WAIT_S = 2;
const MAX_WAIT_S = 60;

export interface ReachOptions {
  /** Default Telegram's own. */
  apiRoot?: string;
  token: string;
  /** Told once per failed attempt, with the reason and the wait before the next one. */
  onRetry(info: { attempt: number; waitSeconds: number; reason: string; apiRoot: string }): void;
  /** Give up after this many attempts (default: never; the operator stops the bot). */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Wait until the Bot API answers at all (any HTTP status: a wrong token is reported later by
 * getMe, with its own message). Without this, an unreachable Telegram meant minutes of silence
 * while the client's own retries and 45 s timeouts ran out. Returns the number of attempts made;
 * throws after `maxAttempts` failures.
 */
export async function waitForBotApi(options: ReachOptions): Promise<number> {
  const apiRoot = (options.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${apiRoot}/bot${options.token}/getMe`, {
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      await res.body?.cancel();
      return attempt;
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const raw =
        (err as Error).name === 'TimeoutError'
          ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s`
          : (cause?.code ?? cause?.message ?? (err as Error).message);
      const reason = redact(raw, [options.token]);
      if (options.maxAttempts !== undefined && attempt >= options.maxAttempts) {
        throw new Error(`cannot reach the Bot API at ${apiRoot} (${reason}) after ${attempt} attempts`);
      }
      const waitSeconds = Math.min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (attempt - 1));
      options.onRetry({ attempt, waitSeconds, reason, apiRoot });
      await sleep(waitSeconds * 1000);
    }
  }
}
