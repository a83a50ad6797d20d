import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Answer, AskOptions, Citation } from '../engine/types.ts';

/** 👍 or 👎. */
export type Vote = 'up' | 'down';

/** Answers nobody voted on are forgotten after this long (they hold users' questions). */
export const UNVOTED_RETENTION_MS = 14 * 24 * 3_600_000;
/** 6 random bytes → 8 base64url characters: unguessable, short enough for callback data. */
const ANSWER_ID_BYTES = 6;
/** A running bot forgets old unvoted answers every this many answers (and at start). */
const PURGE_EVERY_PUTS = 500;
/** Bytes of the generated salt when FEEDBACK_SALT is not configured. */
const SALT_BYTES = 32;

/** An answer as stored for feedback. */
export interface StoredFeedbackAnswer {
  id: string;
  chatId: number;
  messageId: number | null;
  question: string;
  lang: 'vi' | 'en';
  /** The context the question was asked in (null: a fresh question). */
  contextIn: unknown;
  /** The resolved frame the engine returned (`answer.context`). */
  contextOut: unknown;
  answer: string;
  citations: Citation[];
  answered: boolean;
  yesNo: Answer['verdict'] | null;
  createdAt: number;
}

/** A 👎 (or 👍) with the answer it judges. */
export interface VotedAnswer extends StoredFeedbackAnswer {
  verdict: Vote;
  votedAt: number;
  /** Users who currently vote 👍 / 👎 on this answer. */
  ups: number;
  downs: number;
}

/** What a vote did. */
export type VoteOutcome = 'new' | 'changed' | 'same' | 'unknown';

interface AnswerRow {
  id: string;
  chat_id: number;
  message_id: number | null;
  question: string;
  lang: string;
  context_in: string | null;
  context_out: string | null;
  answer: string;
  citations: string;
  answered: number;
  yes_no: string | null;
  created_at: number;
}

/**
 * Answers and users' 👍/👎 on them. A user is stored only as a salted SHA-256 of their id (the salt
 * from FEEDBACK_SALT, else generated once and kept in the database), so the table shows that the
 * same person voted twice but not who.
 */
export class FeedbackStore {
  private readonly salt: string;
  private readonly now: () => number;
  private readonly insertAnswer: Database.Statement;
  private readonly purgeUnvoted: Database.Statement<[number]>;
  private puts = 0;

  constructor(
    private readonly db: Database.Database,
    options: { salt?: string; now?: () => number } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.salt = options.salt ?? this.storedSalt();
    this.insertAnswer = db.prepare(
      `INSERT INTO answers (id, chat_id, message_id, question, lang, context_in, context_out, answer, citations, answered, yes_no, created_at)
       VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.purgeUnvoted = db.prepare(
      'DELETE FROM answers WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM votes WHERE answer_id = answers.id)',
    );
    this.purge();
  }

  /** Forget answers older than UNVOTED_RETENTION_MS that nobody voted on; returns how many. */
  purge(): number {
    return this.purgeUnvoted.run(this.now() - UNVOTED_RETENTION_MS).changes;
  }

  /** The salted hash a user id is stored as. */
  userHash(userId: number): string {
    return createHash('sha256').update(`${this.salt}:${userId}`).digest('base64url');
  }

  /** Store an answer that is about to be sent with 👍/👎 buttons; returns its id. */
  putAnswer(entry: {
    chatId: number;
    question: string;
    asked: AskOptions | undefined;
    answer: Answer;
  }): string {
    const id = randomBytes(ANSWER_ID_BYTES).toString('base64url');
    const a = entry.answer;
    this.insertAnswer.run(
      id,
      entry.chatId,
      entry.question,
      a.lang ?? 'vi',
      entry.asked?.context ? JSON.stringify(entry.asked.context) : null,
      a.context ? JSON.stringify(a.context) : null,
      a.answer,
      JSON.stringify(a.citations),
      a.answered ? 1 : 0,
      a.verdict ?? null,
      this.now(),
    );
    if (++this.puts % PURGE_EVERY_PUTS === 0) this.purge();
    return id;
  }

  /** The message that carries the answer's buttons (votes are accepted only there). */
  setMessageId(id: string, messageId: number): void {
    this.db.prepare('UPDATE answers SET message_id = ? WHERE id = ?').run(messageId, id);
  }

  getAnswer(id: string): StoredFeedbackAnswer | undefined {
    const row = this.db.prepare('SELECT * FROM answers WHERE id = ?').get(id) as AnswerRow | undefined;
    return row ? toAnswer(row) : undefined;
  }

  /** Record `userId`'s vote on answer `id`; a second vote replaces the first. */
  vote(id: string, userId: number, verdict: Vote): VoteOutcome {
    const hash = this.userHash(userId);
    return this.db.transaction((): VoteOutcome => {
      if (!this.db.prepare('SELECT 1 FROM answers WHERE id = ?').get(id)) return 'unknown';
      const prev = this.db
        .prepare('SELECT verdict FROM votes WHERE answer_id = ? AND user_hash = ?')
        .get(id, hash) as { verdict: Vote } | undefined;
      if (prev?.verdict === verdict) return 'same';
      this.db
        .prepare('INSERT OR REPLACE INTO votes (answer_id, user_hash, verdict, voted_at) VALUES (?, ?, ?, ?)')
        .run(id, hash, verdict, this.now());
      return prev ? 'changed' : 'new';
    })();
  }

  /** Votes per verdict over all answers. */
  counts(): Record<Vote, number> {
    const rows = this.db.prepare('SELECT verdict, COUNT(*) AS n FROM votes GROUP BY verdict').all() as {
      verdict: Vote;
      n: number;
    }[];
    const out: Record<Vote, number> = { up: 0, down: 0 };
    for (const r of rows) out[r.verdict] = r.n;
    return out;
  }

  /**
   * Answers with at least one current vote of `verdict`, the most recently voted first, at most
   * `limit` (all when omitted). Votes in the same millisecond (taps in quick succession) list the
   * newer answer first; the answer id, random, only breaks what is still tied.
   */
  latest(verdict: Vote, limit?: number): VotedAnswer[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, MAX(v.voted_at) AS voted_at,
           (SELECT COUNT(*) FROM votes u WHERE u.answer_id = a.id AND u.verdict = 'up') AS ups,
           (SELECT COUNT(*) FROM votes d WHERE d.answer_id = a.id AND d.verdict = 'down') AS downs
         FROM answers a JOIN votes v ON v.answer_id = a.id AND v.verdict = ?
         GROUP BY a.id ORDER BY voted_at DESC, a.created_at DESC, a.message_id DESC, a.id LIMIT ?`,
      )
      .all(verdict, limit ?? -1) as (AnswerRow & { voted_at: number; ups: number; downs: number })[];
    return rows.map((r) => ({
      ...toAnswer(r),
      verdict,
      votedAt: r.voted_at,
      ups: r.ups,
      downs: r.downs,
    }));
  }

  private storedSalt(): string {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'feedback_salt'").get() as
      | { value: string }
      | undefined;
    if (row) return row.value;
    const salt = randomBytes(SALT_BYTES).toString('base64url');
    // OR IGNORE + re-read: two processes starting together end up with the same salt.
    this.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('feedback_salt', ?)").run(salt);
    return (this.db.prepare("SELECT value FROM meta WHERE key = 'feedback_salt'").get() as { value: string })
      .value;
  }
}

function toAnswer(row: AnswerRow): StoredFeedbackAnswer {
  return {
    id: row.id,
    chatId: row.chat_id,
    messageId: row.message_id,
    question: row.question,
    lang: row.lang === 'en' ? 'en' : 'vi',
    contextIn: row.context_in ? JSON.parse(row.context_in) : null,
    contextOut: row.context_out ? JSON.parse(row.context_out) : null,
    answer: row.answer,
    citations: JSON.parse(row.citations) as Citation[],
    answered: row.answered === 1,
    yesNo: (row.yes_no as Answer['verdict']) ?? null,
    createdAt: row.created_at,
  };
}
