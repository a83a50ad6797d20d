/**
 * The product's one facade: what the CLIs and the bot call. Everything behind it (parsing,
 * embedding, indexing, retrieval, answering) is reachable only through these operations.
 */
import type { DocPlaces } from '../records/bundle.ts';
import type { ArticleRef, Citation } from './citation.ts';
import type { DocFacet } from './facets.ts';
import type { IdleWarmUpOptions, IdleWarmUpReport } from './idle-warm-up.ts';

export type { ArticleRef, Citation, DocFacet, DocPlaces };

/** A retrieved passage (chunk). */
export interface Passage {
  docId: string;
  chunk: number;
  score: number;
  text: string;
}

/**
 * What the engine remembers of a conversation: opaque to callers, JSON-serialisable, returned with every
 * answer and passed back with the next question of the same conversation.
 */
export interface ConversationContext {
  /** Format version of this object; the engine ignores contexts of another version. */
  v: 1;
  /** The resolved question frame of the last answered question (engine-defined JSON). */
  frame: unknown;
  /** Articles the last answer cited, most relevant first. */
  docIds: string[];
}

/** A question the engine asks back instead of guessing (several meetings match, or a follow-up is unclear). */
export interface Clarification {
  /** Shown above the buttons, in the question's language. */
  prompt: string;
  /** At most 6; `label` ≤ 40 characters ("Mường Lay · 31/3/2021"); `choice` ≤ 24 ASCII bytes, opaque. */
  options: { label: string; choice: string }[];
}

/** Options of {@link Engine.ask}. */
export interface AskOptions {
  /** Passages retrieved (default 8). */
  k?: number;
  /** The conversation so far (the previous answer's `context`); null or absent: a fresh question. */
  context?: ConversationContext | null;
  /** A clarification option the user picked: answer the same question for that choice. */
  choice?: string;
  /** Answer from these articles only (a question asked about one article, e.g. from an alert). */
  onlyDocs?: string[];
}

/** The answer to one question; the JSON shape of `npm run ask -- --json`. */
export interface Answer {
  question: string;
  /** False when nothing retrieved supports an answer (then `answer` says so and suggests what to try). */
  answered: boolean;
  /**
   * Plain text: the facts, each followed by its `[n]` marker, then a blank line and the sources
   * (`[n] title — published — source`). Every marker has a citation with that `n`.
   */
  answer: string;
  citations: Citation[];
  passages: Passage[];
  /** Language of the answer (that of the question); labels such as the sources heading follow it. */
  lang?: 'vi' | 'en';
  timings: { retrieveMs: number; answerMs: number; totalMs: number };
  /** Notes for the user about the question itself, e.g. that it was truncated. */
  notes?: string[];
  /** Keep this and pass it with the next question of the conversation. */
  context?: ConversationContext;
  /**
   * Which meeting was meant, as buttons. With `answered` false the bot shows `clarify.prompt` instead
   * of an answer; with `answered` true (a question about one meeting matched several, all stated)
   * the buttons come under the answer and narrow it to one meeting.
   */
  clarify?: Clarification;
  /** For yes/no questions: the verdict, also written first in `answer` ("Đúng" / "Không" / "Không rõ"). */
  verdict?: 'yes' | 'no' | 'unknown';
  /** What was inherited from the context, as shown to the user, e.g. "Thành ủy Kon Tum, quý II/2024". Already in `answer`. */
  understood?: string;
}

/** One line of `/latest`. */
export interface LatestItem {
  docId: string;
  title: string;
  published: string | null;
  source: string;
  /** Chair(s) as "Name (title)", or null. */
  chair: string | null;
  /** One-line summary: the first sentence of the body, shortened. */
  summary: string;
}

/** `/stats`. */
export interface IndexStats {
  articles: number;
  chunks: number;
  vectors: boolean;
  model: string | null;
  /** Why vectors are off, when they are. */
  vectorsMissingReason: string | null;
  generation: number;
  builtAt: string;
}

/** Outcome of an admin update. */
export interface UpdateReport {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  skipped: { file: string; reason: string }[];
  seconds: number;
}

/** An article as stored, with its body (what `Toàn bài` and stable `Nguồn` buttons show). */
export interface StoredDocument extends ArticleRef {
  body: string;
}

/** An article found by its title (`/search`). */
export interface TitleMatch {
  docId: string;
  title: string;
  published: string | null;
}

/** What `/add` shows before anything is saved. */
export interface ArticlePreview {
  /** False when the content holds no article text (then nothing can be saved). */
  ok: boolean;
  title: string;
  published: string | null;
  author: string | null;
  /** Chairs as "Name (title)". */
  chairs: string[];
  periods: string[];
  organisation: string | null;
  /** The body's first characters. */
  opening: string;
  bodyChars: number;
  url: string | null;
  site: string | null;
  /** An article already stored with the same URL or the same text. */
  duplicateOf: { docId: string; title: string } | null;
}

/** One article for {@link Engine.addArticles}. */
export interface NewArticle {
  content: string;
  format: 'txt' | 'html';
}

/** Outcome of {@link Engine.addArticles}: per item its docId, or why it was not saved. */
export interface AddedBatch {
  /** Same order as the items given. */
  items: ({ ok: true; docId: string } | { ok: false; reason: string })[];
  /** The one update run after writing the files; null when nothing was written. */
  report: UpdateReport | null;
}

export interface Engine {
  ask(question: string, opts?: AskOptions): Promise<Answer>;
  /** The n newest articles; with `only`, the n newest of those whose docId it holds. */
  latest(n: number, opts?: { only?: ReadonlySet<string> }): LatestItem[];
  /** Meeting dates, periods and places of every article (`/stats` chart, place filters). */
  facets(): readonly DocFacet[];
  /** Top passages for a keyword query, without an answer. */
  search(query: string, k: number): Promise<Passage[]>;
  stats(): IndexStats;
  /** Re-scan the source folder incrementally; updates run one at a time, questions keep being served. */
  reindex(): Promise<UpdateReport>;
  /** Save an article (raw text or HTML) under a fresh docId and index it. */
  addArticle(
    content: string,
    opts: { format: 'txt' | 'html' },
  ): Promise<{ docId: string; report: UpdateReport }>;
  /**
   * Save several articles (each as `addArticle` would) and index them in ONE update (a feed poll's
   * batch). Items that cannot be saved (no article text, already stored) are reported, not thrown.
   */
  addArticles(items: readonly NewArticle[]): Promise<AddedBatch>;
  /** One stored article with its body, by docId; undefined when there is none. */
  document(docId: string): StoredDocument | undefined;
  /** Every docId in the index (no bodies read), for noticing articles another process added. */
  articleIds(): string[];
  /** The gazetteer places an article is about and names (keys of `placeKey`); undefined when unknown. */
  articlePlaces(docId: string): DocPlaces | undefined;
  /** Articles whose title contains `phrase` (whole syllables; exact when it has marks), newest first. */
  searchTitles(phrase: string, limit: number): TitleMatch[];
  /** Parse an article the way `addArticle` would store it, writing nothing (the admin's preview). */
  previewArticle(content: string, opts: { format: 'txt' | 'html' }): ArticlePreview;
  /** Delete one article's file and re-index. Throws when the docId is unknown. */
  removeArticle(docId: string): Promise<UpdateReport>;
  /** True while an update runs. */
  readonly updating: boolean;
  /**
   * Keep warming up (questions about the index's own headlines) while no question or update is in
   * progress, within the options' count and time; resolves when done. Optional: test doubles omit it.
   */
  warmUpWhenIdle?(options?: Partial<IdleWarmUpOptions>): Promise<IdleWarmUpReport>;
  close(): Promise<void>;
}
