/**
 * A small send queue that keeps notices within Telegram's limits for bots: about one message a
 * second to the same chat and about 30 a second overall. The bot's other messages are not queued
 * (a throttling transformer on the whole API would slow every answer down); 429 answers that still
 * happen are retried by the API's auto-retry. One worker sends in order, skipping past a chat that
 * must wait to a job whose chat may be served, so one busy chat does not hold up the others.
 */

/** Least time between two messages to the same chat, ms. */
export const PER_CHAT_GAP_MS = 1000;
/** Least time between two messages overall, ms (30 a second). */
export const GLOBAL_GAP_MS = Math.ceil(1000 / 30);
/** Notices waiting at most; beyond this new ones are dropped with a log line (a flood of articles). */
export const MAX_QUEUED = 10_000;

/** Past this many chats remembered, those whose gap has passed are forgotten. */
const FORGET_ABOVE_CHATS = 1000;

/** One message for one chat. */
export interface QueuedSend {
  chatId: number;
  send(): Promise<void>;
}

/** Options of {@link SendQueue}. */
export interface SendQueueOptions {
  perChatGapMs?: number;
  globalGapMs?: number;
  maxQueued?: number;
  /** A send failed (after the API's own retries). */
  onError?: (chatId: number, err: unknown) => void;
  /** A job was dropped because the queue was full. */
  onDrop?: (chatId: number) => void;
  now?: () => number;
}

export class SendQueue {
  private readonly jobs: QueuedSend[] = [];
  private readonly lastByChat = new Map<number, number>();
  private lastAny = Number.NEGATIVE_INFINITY;
  private worker: Promise<void> | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private readonly perChat: number;
  private readonly global: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(private readonly options: SendQueueOptions = {}) {
    this.perChat = options.perChatGapMs ?? PER_CHAT_GAP_MS;
    this.global = options.globalGapMs ?? GLOBAL_GAP_MS;
    this.max = options.maxQueued ?? MAX_QUEUED;
    this.now = options.now ?? Date.now;
  }

  /** Jobs not yet sent. */
  get size(): number {
    return this.jobs.length;
  }

  /** Queue a send; it runs when the limits allow. */
  push(job: QueuedSend): void {
    if (this.stopped) return;
    if (this.jobs.length >= this.max) {
      this.options.onDrop?.(job.chatId);
      return;
    }
    this.jobs.push(job);
    this.wake?.();
    this.worker ??= this.run().finally(() => {
      this.worker = null;
    });
  }

  /** Resolves when every queued job has been sent (or failed). */
  async idle(): Promise<void> {
    while (this.worker) await this.worker;
  }

  /** Drop what is queued and wait for a send in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.jobs.length = 0;
    this.wake?.();
    await this.worker;
  }

  private async run(): Promise<void> {
    while (this.jobs.length > 0 && !this.stopped) {
      const t = this.now();
      const readyAt = (chatId: number) =>
        Math.max(
          (this.lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + this.perChat,
          this.lastAny + this.global,
        );
      let best = 0;
      for (let i = 0; i < this.jobs.length; i++) {
        if (readyAt(this.jobs[i]!.chatId) <= t) {
          best = i;
          break;
        }
        if (readyAt(this.jobs[i]!.chatId) < readyAt(this.jobs[best]!.chatId)) best = i;
      }
      const job = this.jobs[best]!;
      const wait = readyAt(job.chatId) - t;
      if (wait > 0) {
        await this.sleep(wait);
        continue;
      }
      this.jobs.splice(best, 1);
      this.forgetIdleChats(t);
      this.lastByChat.set(job.chatId, t);
      this.lastAny = t;
      try {
        await job.send();
      } catch (err) {
        this.options.onError?.(job.chatId, err);
      }
    }
  }

  /** Chats whose gap has passed need no entry: keeps the map as small as the chats served lately. */
  private forgetIdleChats(now: number): void {
    if (this.lastByChat.size < FORGET_ABOVE_CHATS) return;
    for (const [chatId, at] of this.lastByChat) if (at + this.perChat <= now) this.lastByChat.delete(chatId);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
