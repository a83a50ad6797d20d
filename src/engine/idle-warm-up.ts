import { fold } from '../text/normalize.ts';

/**
 * Warm-up that goes on after the engine has started, while no question is being answered.
 *
 * Why: `createEngine` asks a handful of questions before it returns (bounded so that a large index
 * still loads within 2 s), but V8 keeps compiling and the index's caches keep filling for many more
 * questions: measured on the kept 10k benchmark index, the `ask` p95 of 100 questions was 54–59 ms
 * when they came first after the start and 34–37 ms after 60–100 other questions. A bot is idle most
 * of the time, so it spends that idle time asking its own questions about its own articles.
 */
export interface IdleWarmUpOptions {
  /** Questions asked at most. Default 60. */
  questions: number;
  /** Time spent answering warm-up questions at most, ms (idle waits not counted). Default 5,000. */
  budgetMs: number;
  /** Wait before retrying while a question or an update is in progress, ms. Default 50. */
  retryMs: number;
}

export const IDLE_WARM_UP_DEFAULTS: Readonly<IdleWarmUpOptions> = {
  questions: 60,
  budgetMs: 5_000,
  retryMs: 50,
};

/** What a finished (or stopped) idle warm-up did. */
export interface IdleWarmUpReport {
  asked: number;
  /** Time spent answering warm-up questions, ms. */
  ms: number;
  /** True when it ended early because the engine closed. */
  stopped: boolean;
}

/**
 * Question shapes asked about an article's headline: one per answer path (a role, a date, a figure,
 * a section, a presenter in chat without diacritics, English, yes/no), so every path is compiled and
 * the headline's place and period fill the caches a user's question about that meeting uses.
 */
const TEMPLATES: readonly ((title: string) => string)[] = [
  (t) => `Ai chủ trì ${t}?`,
  (t) => `${t} diễn ra vào ngày nào?`,
  (t) => `Theo ${t}, có bao nhiêu đảng viên được kết nạp?`,
  (t) => `Những hạn chế nào được nêu tại ${t}?`,
  (t) => `ai trinh bay bao cao tai ${fold(t)}`,
  (t) => `According to the report "${fold(t)}", who chaired the meeting and when was it held?`,
  (t) => `Có phải ${t} đề ra nhiệm vụ trọng tâm cho thời gian tới không?`,
];

/**
 * `n` warm-up questions about the given headlines: the headlines are taken evenly spread over the
 * list (so not only one place or year), each with the next question shape in turn.
 */
export function warmUpQuestions(titles: readonly string[], n: number): string[] {
  const usable = titles.map((t) => t.trim()).filter((t) => t.length > 0);
  if (usable.length === 0 || n <= 0) return [];
  const out: string[] = [];
  const step = Math.max(1, Math.floor(usable.length / n));
  for (let i = 0; i < n; i++) {
    const title = usable[(i * step) % usable.length] as string;
    out.push((TEMPLATES[i % TEMPLATES.length] as (t: string) => string)(title));
  }
  return out;
}

/** What the warm-up needs from the engine: a way to ask, and whether a user keeps it busy now. */
export interface WarmUpTarget {
  ask(question: string): Promise<unknown>;
  busy(): boolean;
}

/**
 * Asks `questions` one at a time, each only when `target.busy()` is false (otherwise it waits
 * `retryMs` and looks again), until the count or the time budget is spent or `stop()` is called.
 * A failed warm-up question is ignored: the warm-up must never disturb serving.
 */
export class IdleWarmUp {
  private stopping = false;
  private wake: (() => void) | null = null;
  readonly done: Promise<IdleWarmUpReport>;

  constructor(target: WarmUpTarget, questions: readonly string[], options: Partial<IdleWarmUpOptions> = {}) {
    const opts = { ...IDLE_WARM_UP_DEFAULTS, ...options };
    this.done = this.run(target, questions.slice(0, opts.questions), opts);
  }

  /** Ends the warm-up after the question in progress; resolves with its report. */
  stop(): Promise<IdleWarmUpReport> {
    this.stopping = true;
    this.wake?.();
    return this.done;
  }

  private async run(
    target: WarmUpTarget,
    questions: readonly string[],
    opts: IdleWarmUpOptions,
  ): Promise<IdleWarmUpReport> {
    let asked = 0;
    let ms = 0;
    for (const q of questions) {
      if (ms >= opts.budgetMs) break;
      // Yield first: the caller's own work (starting the bot, a user's first question) goes ahead.
      await this.pause(0);
      while (!this.stopping && target.busy()) await this.pause(opts.retryMs);
      if (this.stopping) break;
      const t0 = performance.now();
      try {
        await target.ask(q);
      } catch {
        // A warm-up answer is discarded; so is its failure (the user's questions report their own).
      }
      ms += performance.now() - t0;
      asked++;
    }
    return { asked, ms, stopped: this.stopping };
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}
