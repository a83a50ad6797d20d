import type { IndexReader } from '../index/open.ts';

/**
 * Holds the live index reader and swaps in a new one atomically. A reader in use by a question
 * is closed only when its last user is done, so a swap never breaks a question in flight.
 */
export class ReaderSlot {
  private current: { reader: IndexReader; users: number; retired: boolean };

  constructor(reader: IndexReader) {
    this.current = { reader, users: 0, retired: false };
  }

  get reader(): IndexReader {
    return this.current.reader;
  }

  /** Run `fn` with the live reader, pinning it until `fn` settles. */
  async use<T>(fn: (reader: IndexReader) => Promise<T> | T): Promise<T> {
    const entry = this.current;
    entry.users++;
    try {
      return await fn(entry.reader);
    } finally {
      entry.users--;
      if (entry.retired && entry.users === 0) entry.reader.close();
    }
  }

  /** Make `next` live; the old reader closes once its questions finish. */
  swap(next: IndexReader): void {
    const old = this.current;
    this.current = { reader: next, users: 0, retired: false };
    old.retired = true;
    if (old.users === 0) old.reader.close();
  }

  close(): void {
    this.current.retired = true;
    if (this.current.users === 0) this.current.reader.close();
  }
}
