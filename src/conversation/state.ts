import type Database from 'better-sqlite3';
import type { StorageAdapter } from 'grammy';
import type { Config } from '../config.ts';
import { openStateDb } from './db.ts';
import { FeedbackStore } from './feedback.ts';
import { type ConversationSession, MS_PER_MINUTE } from './session.ts';
import { expiringSessionStorage } from './session-storage.ts';
import { ThreadMap } from './threads.ts';

/** Everything the bot and the CLIs keep between messages, in one SQLite file under STATE_DIR. */
export interface ConversationState {
  /** Conversation contexts and pending clarifications, forgotten after `ttlMs` idle. */
  sessions: StorageAdapter<ConversationSession>;
  /** Group message → conversation key. */
  threads: ThreadMap;
  feedback: FeedbackStore;
  /** CONTEXT_TTL_MINUTES in milliseconds. */
  ttlMs: number;
  close(): void;
}

/** The settings the state reads. */
export type StateConfig = Pick<Config, 'STATE_DIR' | 'CONTEXT_TTL_MINUTES' | 'FEEDBACK_SALT'>;

/** Open the state in `config.STATE_DIR` (created when missing). */
export function openConversationState(config: StateConfig): ConversationState {
  const db: Database.Database = openStateDb(config.STATE_DIR);
  const ttlMs = config.CONTEXT_TTL_MINUTES * MS_PER_MINUTE;
  return {
    sessions: expiringSessionStorage<ConversationSession>(db, ttlMs),
    threads: new ThreadMap(db, ttlMs),
    feedback: new FeedbackStore(db, { salt: config.FEEDBACK_SALT }),
    ttlMs,
    close: () => db.close(),
  };
}
