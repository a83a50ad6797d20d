/**
 * Records extracted from one article at index time: who did what at the meeting, the figures it
 * reports, how its sentences divide into results, limitations, tasks, directives and decisions,
 * and the meeting itself. Every record keeps the offsets of the body sentence it came from, so an
 * answer built on it can quote that sentence exactly (`body.slice(span.start, span.end)`).
 */
import type { MeetingFacts } from '../ingest/types.ts';
import type { Span } from '../text/sentences.ts';

export type { Span };

/** What the extractor reads: the parsed article's headline, body, date and meeting facts. */
export interface RecordsInput {
  title: string;
  body: string;
  /** Publication date, `YYYY-MM-DD`, or null. */
  published: string | null;
  facts: MeetingFacts;
}

/** Roles a person can play in a meeting report; see `ROLE_VERBS` in `vocab.ts`. */
export type Role =
  | 'chair'
  | 'cochair'
  | 'presenter'
  | 'concluder'
  | 'director'
  | 'attendee'
  | 'speaker'
  | 'leader';

/** A person named with a role at the meeting. */
export interface RoleRecord {
  role: Role;
  /** Personal name as written ("Lò Minh Hùng"). */
  person: string;
  /** Title as the article writes it at this mention, else at the person's first titled mention; null when none. */
  title: string | null;
  /**
   * True when no verb in the article states the role and it is taken from the parser's facts
   * (a chair inferred from the person who concluded or directed the meeting).
   */
  inferred: boolean;
  /** The sentence stating the role. */
  span: Span;
}

/** What a figure counts; see `KIND_CUES` in `vocab.ts`. */
export type FigureKind = 'total' | 'new' | 'target' | 'rate' | 'change' | 'result';

/** A quantity the article reports. */
export interface FigureRecord {
  /** The full value in base units (scale applied): "1,2 triệu" → 1 200 000. Low end of a range. */
  value: number;
  /** High end of a range ("15 - 20 ha" → 20), else null. */
  valueMax: number | null;
  /** The whole a part is written against ("13/15 chỉ tiêu" → value 13, outOf 15), else null. */
  outOf: number | null;
  /** Number, scale word and unit as written ("1.250 tỷ đồng", "97,5%"). */
  text: string;
  /** Canonical unit noun from `UNITS` ("đồng", "%", "đảng viên", "ha"…); null for other count nouns. */
  unit: string | null;
  /** Scale word factor applied to the written number (1, 1e3, 1e6, 1e9, 1e12). */
  scale: number;
  /** "hơn 1.300" → over, "gần 200" → under, "khoảng 410.000" → about; null when exact. */
  qualifier: 'over' | 'under' | 'about' | null;
  /** The noun phrase the figure measures ("Tổng thu ngân sách nhà nước trên địa bàn", "kết nạp đảng viên mới"). */
  subject: string;
  kind: FigureKind;
  /** Reporting period id in the parser's notation (`2022-9M`, `2021-Q1`, `2023`), null when none applies. */
  period: string | null;
  /** Offsets of `text` in the body. */
  at: Span;
  /** The sentence the figure is in (for a table's cell, its row). */
  span: Span;
  /**
   * What a table's caption and column header say of a cell, which its row does not write ("Kết
   * quả … năm 2023 Kế hoạch năm 2023"); absent for a figure of a sentence.
   */
  header?: string;
}

/** How a sentence contributes to the report; see `SECTION_CUES` in `vocab.ts`. */
export type SectionKind = 'result' | 'limitation' | 'task' | 'directive' | 'decision' | 'proposal';

/** One classified sentence. */
export interface SectionRecord {
  kind: SectionKind;
  span: Span;
}

/** A deadline the article sets ("hoàn thành trước ngày 15/8/2023"). Never a meeting date. */
export interface DeadlineRecord {
  /** `YYYY-MM-DD`, `YYYY-MM` (a month), `YYYY-Qn` (a quarter) or `YYYY` (a year). */
  date: string;
  /** The deadline phrase as written ("trước ngày 15/8/2023"). */
  text: string;
  at: Span;
  span: Span;
}

/** The meeting an article reports. */
export interface MeetingRecord {
  /** Kind of body holding the meeting, from `ORG_KINDS` ("Huyện ủy", "Ban Chỉ đạo"…); null when unclear. */
  orgKind: string | null;
  /** The body as written ("Huyện ủy Bảo Yên", "Ban Chỉ đạo 35 tỉnh Gia Lai"); null when unclear. */
  orgName: string | null;
  /** The body the meeting was held with ("làm việc với Ban Thường vụ Thị ủy Vĩnh Châu"), else null. */
  counterpart: string | null;
  /** The place the meeting belongs to, as written ("Bảo Yên", "Gia Lai"); null when the article names none. */
  placeText: string | null;
  /** What kind of meeting, from `MEETING_KINDS` plus the period word that follows ("giao ban quý", "sơ kết 6 tháng"). */
  kindWords: string | null;
  /** Session number ("hội nghị lần thứ 21" → 21), else null. */
  session: number | null;
  /** Where it was held ("tại Hội trường Thị ủy Vĩnh Châu"), else null. */
  venue: { text: string; span: Span } | null;
  /** Meeting date(s), from the parser's facts. */
  dates: string[];
  /** Reporting periods, from the parser's facts. */
  periods: string[];
  deadlines: DeadlineRecord[];
}

/** Everything extracted from one article. */
export interface ArticleRecords {
  roles: RoleRecord[];
  figures: FigureRecord[];
  sections: SectionRecord[];
  meeting: MeetingRecord;
}
