import { randomBytes } from 'node:crypto';

/** How long a preview or a confirmation question waits for its button. */
export const PENDING_TTL_MS = 30 * 60_000;
/** At most this many waiting actions are kept; the oldest are forgotten first. */
export const PENDING_CAPACITY = 100;
/** 6 random bytes: a forged button cannot name someone else's pending action by luck. */
const ID_BYTES = 6;

interface Entry<T> {
  userId: number;
  chatId: number;
  expires: number;
  value: T;
}

/**
 * Actions waiting for the admin's [Lưu] / [Hủy] (or [Xóa] / [Hủy]) button, in memory: nothing is
 * written to disk before the button is pressed, and after a restart the admin simply sends the
 * command again. Each entry belongs to the user and chat that asked for it.
 */
export class PendingStore<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = PENDING_TTL_MS,
    private readonly capacity = PENDING_CAPACITY,
  ) {}

  /** Keep `value` for `userId` in `chatId`; returns the id its buttons carry (8 URL-safe characters). */
  put(userId: number, chatId: number, value: T): string {
    let id = randomBytes(ID_BYTES).toString('base64url');
    while (this.entries.has(id)) id = randomBytes(ID_BYTES).toString('base64url');
    this.entries.set(id, { userId, chatId, expires: this.now() + this.ttlMs, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  /**
   * Take the entry out (it can be used once): `missing` when unknown or expired, `foreign` when
   * another user or chat presses the button (the entry stays for its owner).
   */
  take(id: string, userId: number, chatId: number | undefined): { value: T } | 'missing' | 'foreign' {
    const entry = this.entries.get(id);
    if (!entry || entry.expires < this.now()) {
      this.entries.delete(id);
      return 'missing';
    }
    if (entry.userId !== userId || entry.chatId !== chatId) return 'foreign';
    this.entries.delete(id);
    return { value: entry.value };
  }

  get size(): number {
    return this.entries.size;
  }
}
