/** Public types of the synthetic corpus generator. */
import type { MeetingKind } from './body.ts';
import type { Fact } from './ctx.ts';

export type { Fact };

/** What an article states, for checking answers against. */
export interface SynthTruth {
  /** Title as written. */
  title: string;
  /** Posting date `YYYY-MM-DD` (usually the day after the meeting; never the page-header date). */
  published: string;
  /** Meeting date `YYYY-MM-DD`. */
  meetingDate: string;
  /** The meeting date as the body writes it (`28/9/2022`, `28/09/2022`, `28-9-2022` or `28/9`). */
  meetingDateWritten: string;
  /** `2021-Q1`, `2022-H1`, `2023-9M` or `2020`. */
  period: string;
  /** The period as the lead writes it, e.g. `quý I năm 2021`, `quý III/2020`. */
  periodText: string;
  /** `huyện Bảo Yên`, `thị xã Ba Đồn`, `thành phố Pleiku` or `tỉnh Gia Lai`. */
  place: string;
  /** Province name without `tỉnh`, e.g. `Lào Cai`. */
  province: string;
  /** The body holding the meeting, as the lead names it, e.g. `Huyện ủy Bảo Yên`. */
  organisation: string;
  chair: Person;
  /** Pen name of the reporter (as a proper name even when the page prints it in capitals). */
  author: string;
  /** Numbers stated in the body, each with its subject, kind and unit. */
  facts: Fact[];
  /** What kind of meeting: Party committee briefing or review, working session, steering body, UBND. */
  kind: MeetingKind;
  /** The organisation in English with unaccented names (`the Bao Yen district Party Committee`). */
  orgEn: string;
  /** The place in English (`Bao Yen district`). */
  placeEn: string;
  /** The main subject reviewed (`giảm nghèo bền vững`) and in English. */
  field: string;
  fieldEn: string;
  coChair: Person | null;
  /** Who presented the report. */
  presenter: Person;
  /** Who gave the concluding speech (often the chair). */
  concluder: Person;
  /** Officials the body names among the attendees (may be empty). */
  attendees: Person[];
  /** The venue as written, or null when the article does not say. */
  venue: string | null;
  /** Limitation clauses, tasks for the next period and decisions adopted, as written. */
  limitations: string[];
  tasks: string[];
  decisions: string[];
  /** A deadline set at the meeting: ISO date, as written, and the task it is for. */
  deadline: { date: string; written: string; task: string };
}

/** A person as an article names them. */
export interface Person {
  name: string;
  title: string;
}

export interface SynthArticle {
  /** `NNNNNN_<16 hex>.txt`; the hex part is derived from the seed and the index. */
  fileName: string;
  /** Raw scraped-style text (NFC). */
  text: string;
  truth: SynthTruth;
}

/** The pieces an article's text was assembled from (for tests and debugging). */
export interface SynthParts {
  /** Lines before the title: greeting/banner, breadcrumbs, category, maybe a page-header date. */
  header: string[];
  /** The page-header date line (crawl day, not the article date), when present. */
  headerDate: string | null;
  title: string;
  /** The posting-date line after the title. */
  dateLine: string;
  /** Body paragraphs as they appear in the text (images and captions glued in), without bullets. */
  paragraphs: string[];
  /** Words in the body paragraphs. */
  bodyWords: number;
  /** Author line, comment box, tools, search box. */
  footer: string[];
  /** Sidebar heading and its 2–5 headline lines. */
  sidebar: string[];
}

export interface GeneratedArticle extends SynthArticle {
  parts: SynthParts;
}

export interface CorpusOptions {
  /** Number of articles (≥ 0). */
  articles: number;
  /** Any number or string; `42` and `'42'` give the same corpus. */
  seed: number | string;
  /** Earliest meeting date, `YYYY-MM-DD`; default `2019-01-01`. */
  startDate?: string;
  /** Latest meeting date, `YYYY-MM-DD`; default `2024-12-31`. */
  endDate?: string;
}
