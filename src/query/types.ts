import type { QuestionPlace } from './places.ts';
import type { TargetScan } from './target.ts';

/** What a question asks for; several may apply to one question ("khi nào, ai chủ trì?"). */
export type AskKind = 'who' | 'when' | 'where' | 'howmany' | 'what' | 'published';

/** A month mentioned in a question; `year` is null when the question gives none ("tháng 6"). */
export interface MonthRef {
  year: number | null;
  month: number;
  /** The day, when the question names one without its year ("họp 8/5", "on May 8"). */
  day?: number;
}

/** Time references in a question, normalised to the same shapes the article parser uses. */
export interface TimeInfo {
  /**
   * Reporting periods: `2021-Q1`, `2022-H1`, `2022-H2`, `2023-9M`, `2020` (a year review).
   * When the question names no year for a period and exactly one plain year appears elsewhere, that
   * year is used; otherwise the period is kept without its year (`Q3`, `H1`, `9M`).
   */
  periods: string[];
  /** Plain years mentioned outside periods, dates, months and terms. */
  years: number[];
  months: MonthRef[];
  /**
   * A span the question names by its first and last month ("từ tháng 9/2023 đến tháng 3/2024",
   * "between September 2023 and March 2024"): a meeting dated anywhere in it matches, and `months`
   * holds its two ends only for naming them.
   */
  monthSpan?: { from: MonthRef; to: MonthRef };
  /** Full dates, ISO `YYYY-MM-DD`. */
  dates: string[];
  /**
   * Deadlines the question names ("gửi về tỉnh trước ngày 30/9/2024", "complete … by September 30,
   * 2024"), ISO (`--MM-DD` when the question gives no year): dates the article must write, not the
   * meeting's date.
   */
  deadlines?: string[];
  /** Terms of office, `2020-2025` (soft: callers should not filter on them). */
  terms: string[];
  /** The question asks for the most recent information (same as `ParsedQuestion.latest`). */
  recent: boolean;
}

/** The result of `parseQuestion`: everything retrieval and answering need to know about a question. */
export interface ParsedQuestion {
  /** The question as received, less characters of no width (joiners, bidi marks). */
  raw: string;
  /** Normalised (NFC, canonical tone marks, whitespace collapsed), truncated to `maxChars`. */
  text: string;
  /**
   * `text` as read: a Vietnamese question typed without diacritics or capitals with those the
   * index's text gives its words (restore.ts), so "ninh hoa tong ket cong tac dan van" reads "Ninh
   * Hòa tổng kết công tác dân vận"; the same length as `text`. Searched as typed all the same.
   */
  read?: string;
  truncated: boolean;
  lang: 'vi' | 'en';
  /**
   * Match without diacritics: a Vietnamese question typed without any, or a question naming a place
   * or person without its diacritics ("Who chaired the Dong Van meeting?").
   */
  folded: boolean;
  /** Places the question names, linked to the gazetteer (a 2025 province also stands for those it joined). */
  places: QuestionPlace[];
  /**
   * District names written bare in lower case that are also everyday phrases ("tam dao", "dai tu"):
   * not places, but an answering article must write them (query/places.ts `looseNames`).
   */
  looseNames?: readonly string[];
  /** What the question wants back (a role, a date, a figure, a section…) and whether it is a yes/no check. */
  target: TargetScan;
  asks: Set<AskKind>;
  /** Asks for several items ("liệt kê", "những … nào", "list", "which … all"). */
  list: boolean;
  /** Asks for the most recent information ("mới nhất", "gần đây nhất", "most recent", "latest"). */
  latest: boolean;
  time: TimeInfo;
  /** Meeting ordinal ("lần thứ ba" → 3, "24th plenum" → 24), or null. */
  ordinal: number | null;
  /** Discriminative proper names (places, people, numbered bodies such as `Ban Chỉ đạo 35`). */
  entities: string[];
  /** Quantities quoted in the question, as written (`11.264`, `58`, `97,5`). */
  numbers: string[];
  /** Units asked for by a how-many question (`đảng viên mới`, `tấn`, `phần trăm`). */
  unitPhrases: string[];
  /** Lower-case content syllables for keyword search; letters and digits only. */
  terms: string[];
  /** Multi-syllable units worth matching as phrases; each syllable letters and digits only. */
  phrases: string[][];
}
