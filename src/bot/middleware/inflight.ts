import type { Context, MiddlewareFn } from 'grammy';

/**
 * Counts updates being handled, so shutdown can wait for them. Install first, before any handler.
 * Long polling's runner waits by itself; a webhook answers Telegram before long work ends, so it
 * needs this.
 */
export class Inflight {
  private count = 0;
  private waiters: (() => void)[] = [];

  readonly middleware: MiddlewareFn<Context> = async (_ctx, next) => {
    this.count++;
    try {
      await next();
    } finally {
      this.count--;
      if (this.count === 0) for (const resolve of this.waiters.splice(0)) resolve();
    }
  };

  get size(): number {
    return this.count;
  }

  /** Resolves when no update is being handled (at once if none is). */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
