import { randomBytes } from 'node:crypto';
import type { Citation } from '../engine/types.ts';

/** Answers whose buttons still work; older ones get a polite "ask again". */
export const DEFAULT_CITATION_CAPACITY = 500;

/** What a `Nguồn n` button needs to show its passage, and where that button legitimately lives. */
export interface StoredAnswer {
  chatId: number;
  /** Message carrying the buttons; null until it is sent. */
  messageId: number | null;
  citations: Citation[];
}

const PREFIX = 'src';
/** 6 random bytes: ids are not guessable, so a forged button cannot name another chat's answer by luck. */
const ID_BYTES = 6;
const DATA = /^src:([A-Za-z0-9_-]{8}):([1-9]\d{0,2})$/;

/** callback_data for citation `n` of answer `id`: `src:<8 chars>:<n>`, far below Telegram's 64 bytes. */
export function encodeSourceData(id: string, n: number): string {
  return `${PREFIX}:${id}:${n}`;
}

/** Parse callback_data strictly; anything not produced by `encodeSourceData` gives null. */
export function decodeSourceData(data: string | undefined): { id: string; n: number } | null {
  const m = data ? DATA.exec(data) : null;
  return m ? { id: m[1]!, n: Number(m[2]) } : null;
}

/** In-memory LRU of recent answers' citations, keyed by a short random answer id. */
export class CitationStore {
  private readonly entries = new Map<string, StoredAnswer>();

  constructor(private readonly capacity = DEFAULT_CITATION_CAPACITY) {}

  /** Store an answer's citations; returns its id. Evicts the least recently used beyond capacity. */
  put(entry: StoredAnswer): string {
    let id = randomBytes(ID_BYTES).toString('base64url');
    while (this.entries.has(id)) id = randomBytes(ID_BYTES).toString('base64url');
    this.entries.set(id, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  /** The stored answer, refreshed as most recently used; undefined when unknown or evicted. */
  get(id: string): StoredAnswer | undefined {
    const entry = this.entries.get(id);
    if (entry) {
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
