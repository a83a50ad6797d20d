/**
 * Near-misses made from answerable questions: the question's district (or province) swapped for a
 * neighbour the corpus never names, or its year moved to one no article about its place mentions.
 * Whatever the phrasing, the right reply to such a question is "not found" (or a question back),
 * never an answer; so every answerable question of a set yields unanswerable ones with a known
 * oracle, and refusal is measured on many more than a hand-written set holds (issue 10: 0
 * unanswerable questions answered).
 */

import { parseArticle } from '../ingest/parse.ts';
import { gazetteer } from '../place/data.ts';
import { findPlaces } from '../place/find.ts';
import { placesNamed } from '../place/names.ts';
import { districtsOf, provinceOf } from '../place/relations.ts';
import type { Place, PlaceMention } from '../place/types.ts';
import { parseEnOrdinal, romanOf } from '../query/numbers.ts';
import { scanOrdinals } from '../query/ordinal.ts';
import { extractOrdinals } from '../query/time.ts';
import { TITLE_HEADS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { namedPersons } from './strangers.ts';

/** What was changed. */
export type MutationKind =
  | 'place'
  | 'year'
  | 'period'
  | 'person'
  | 'body'
  | 'known-place'
  | 'known-person'
  | 'session'
  | 'level'
  /** The year moved to one the place's articles mention only in passing ("so với năm 2021"). */
  | 'year-aside'
  /** The quarter moved to one the place's articles mention only in passing ("nhiệm vụ quý III"). */
  | 'period-aside'
  /** A district some article names only in passing, in place of the asked one (a meeting asked). */
  | 'place-aside'
  /** The day (or, without one, the month) of a dated question moved to one no article about its place writes. */
  | 'date'
  /** The People's Council for the People's Committee of the place or back, or another steering committee's number. */
  | 'council'
  /** A figure asked of a year or quarter its place's articles mention only in passing, in no sentence stating a figure. */
  | 'figure-aside'
  /** Made from an article, not a question: a detail its report does not state (details.ts). */
  | 'detail'
  /** Made from an article: a section asked about a topic its report never mentions (topics.ts). */
  | 'topic'
  /** Made from an article: a count of a subject its report never writes (topics.ts). */
  | 'subject'
  /** Made from an article's sidebar: a teaser of an article the corpus does not hold (sidebars.ts). */
  | 'sidebar'
  /** Made from an article: a person who never appears at its meeting, asked about there (strangers.ts). */
  | 'stranger';

/** Every kind, in the order the summary lists them. */
export const MUTATION_KINDS: readonly MutationKind[] = [
  'place',
  'year',
  'period',
  'person',
  'body',
  'known-place',
  'known-person',
  'session',
  'level',
  'year-aside',
  'period-aside',
  'place-aside',
  'date',
  'council',
  'figure-aside',
  'detail',
  'topic',
  'subject',
  'sidebar',
  'stranger',
];

/** One near-miss made from a question. */
export interface Mutation {
  kind: MutationKind;
  /** The question it was made from. */
  sourceId: string;
  /** The changed question. */
  q: string;
  /** What was replaced, and by what. */
  from: string;
  to: string;
}

/** The corpus the oracle checks against: every article's title and body. */
export interface MutationCorpus {
  /** Each article folded, words separated by single spaces, with a space at each end. */
  texts: readonly string[];
  /** Districts some article names (unique names only), by name. */
  districts: readonly Place[];
  /** People the articles name after "đồng chí", "ông", "bà" (three or four syllables). */
  persons: readonly string[];
  /** Each article's headline (its first non-empty line), folded as `texts`. */
  titles: readonly string[];
  /** The meeting ordinals each article writes ("lần thứ ba", "kỳ họp thứ 14"), by article. */
  ordinals: readonly ReadonlySet<number>[];
  /**
   * Each article's own words about its meeting: the headline and the first paragraph as the parser
   * reads them, folded as `texts`. A year or quarter written only after them is one the article
   * mentions in passing, not the period it reports.
   */
  own: readonly string[];
  /** Each article's sentences that state a figure (a number other than a year or a date), folded as `texts`. */
  figureSentences: readonly (readonly string[])[];
}

/** Years tried, in order, for a question's year Y: the nearest first (the likeliest near-miss). */
const YEAR_STEPS: readonly number[] = [-1, 1, -2, 2];
const YEAR = /(?<!\d)(20\d\d)(?!\d)/gu;

/** The corpus folded once (lower case, no diacritics), for whole-word look-ups. */
export function foldCorpus(texts: readonly string[]): MutationCorpus {
  const folded = { texts: texts.map(foldedWords) };
  const titles = texts.map((t) => foldedWords(t.split('\n').find((l) => l.trim()) ?? ''));
  const ordinals = texts.map((t) => new Set(extractOrdinals(t)));
  const districts = [...gazetteer().districts.values()]
    .flat()
    .filter((d) => uniqueName(d) && written(folded, d.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    ...folded,
    districts,
    persons: namedPersons(texts),
    titles,
    ordinals,
    own: texts.map(ownWords),
    figureSentences: texts.map(figureSentencesOf),
  };
}

/** A sentence's end: a stop not inside a number ("1.250"), a semicolon, a line break. */
const SENTENCE_END = /(?<!\d)[.!?;]|[.!?;](?!\d)|\n/u;
/** What is no figure: dates ("28/9/2022", "28/9"), years, and a quarter's number ("quý 3"). */
const NOT_FIGURES = /\d{1,2}\/\d{1,2}(?:\/\d{4})?|(?<!\d)(?:19|20)\d\d(?!\d)|(?<=quý\s)\d/giu;

/** The sentences of an article that state a figure, folded (see `MutationCorpus.figureSentences`). */
function figureSentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .filter((s) => /\d/u.test(s.replace(NOT_FIGURES, ' ')))
    .map(foldedWords);
}

/** The headline and first paragraph of an article, folded (see `MutationCorpus.own`). */
function ownWords(text: string): string {
  const a = parseArticle(text, { docId: 'own', source: 'own' });
  const lead = a.body.split('\n').find((l) => l.trim()) ?? '';
  return foldedWords(`${a.title}\n${lead}`);
}

/** `text` folded, words separated by single spaces, with a space at each end (whole-word look-ups). */
const foldedWords = (text: string): string => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

/** Whether some article writes `phrase` as whole words (folded). */
function written(corpus: Pick<MutationCorpus, 'texts'>, phrase: string): boolean {
  const needle = ` ${fold(phrase)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  return corpus.texts.some((t) => t.includes(needle));
}

/** Whether one article writes all the phrases (folded, whole words). */
function writtenTogether(corpus: MutationCorpus, phrases: readonly string[]): boolean {
  const needles = phrases.map(
    (p) =>
      ` ${fold(p)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `,
  );
  return corpus.texts.some((t) => needles.every((n) => t.includes(n)));
}

const hasMarks = (s: string): boolean => fold(s) !== s.toLowerCase();

/**
 * `name` spelled as `surface` (which writes `original`, in question `q`) is: without diacritics when
 * it drops them — or, when `original` has none to drop ("Tuy Phong"), when the whole question does —
 * and lower case when it is.
 */
function writtenLike(name: string, surface: string, original: string, q: string): string {
  const marked = hasMarks(original) ? hasMarks(surface) : hasMarks(q);
  if (marked) return surface === surface.toLowerCase() ? name.toLowerCase() : name;
  const bare = fold(name).replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return surface === surface.toLowerCase() ? bare.toLowerCase() : bare;
}

/** The unit a mention most likely names, when the text settles it and it is a district or province. */
function settled(m: PlaceMention): Place | null {
  const top = m.candidates[0];
  if (!top || m.ambiguous || top.id.startsWith('p2025:')) return null;
  return top.level === 'district' || top.level === 'province' ? top : null;
}

/** A name no other district or province shares, so the swapped question names one place only. */
const uniqueName = (p: Place): boolean =>
  placesNamed(p.name, 'district').length + placesNamed(p.name, 'province').length === 1;

/**
 * The district of the same province and type (or another province) that comes next by name after
 * `place`, whose name is unique and which no article names.
 */
function neighbour(place: Place, corpus: MutationCorpus, provinces: readonly Place[]): Place | null {
  const pool =
    place.level === 'district'
      ? districtsOf(place.provinceId).filter((d) => d.type === place.type)
      : provinces.filter((p) => p.type === place.type);
  const sorted = [...pool].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const at = sorted.findIndex((p) => p.id === place.id);
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[(at + i) % sorted.length] as Place;
    if (p.id !== place.id && uniqueName(p) && !written(corpus, p.name) && !mergedWritten(p, corpus)) return p;
  }
  return null;
}

/**
 * Whether the corpus names a province merged with `p` in 2025 (or one of their districts): "Lâm
 * Đồng" asked now also means the former Bình Thuận, so it is no near-miss of a Bình Thuận article.
 */
function mergedWritten(p: Place, corpus: MutationCorpus): boolean {
  if (p.level !== 'province') return false;
  const g = gazetteer();
  const group = g.former.get(g.to2025.get(p.id)?.id ?? '') ?? [p];
  return group.some(
    (f) =>
      written(corpus, f.name) ||
      (g.districts.get(f.id) ?? []).some((d) => uniqueName(d) && written(corpus, d.name)),
  );
}

/**
 * The names an article about the mentioned places may use instead: a province's own districts
 * (an article about Ba Bể may never write "Bắc Kạn").
 */
function namesOf(mentions: readonly PlaceMention[]): string[] {
  const names = new Set(mentions.map((m) => m.surface));
  for (const m of mentions) {
    const p = settled(m);
    if (p?.level === 'province') for (const d of districtsOf(p.id)) names.add(d.name);
  }
  return [...names];
}

/** Replace the spans (start, end) of `text` right to left. */
function replaceSpans(text: string, spans: readonly { start: number; end: number; by: string }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.by + out.slice(s.end);
  return out;
}

/** A mention whose unit the text settles, with that unit. */
interface SettledUnit {
  m: PlaceMention;
  p: Place;
}

const settledUnits = (mentions: readonly PlaceMention[]): SettledUnit[] =>
  mentions.flatMap((m) => {
    const p = settled(m);
    return p ? [{ m, p }] : [];
  });

/** `q` with every mention of `target`'s unit replaced by `to`, spelled as each mention is. */
function placeSwapped(
  kind: MutationKind,
  id: string,
  q: string,
  units: readonly SettledUnit[],
  target: SettledUnit,
  to: Place,
): Mutation {
  const spans = units
    .filter((u) => u.p.id === target.p.id)
    .map((u) => ({ start: u.m.start, end: u.m.end, by: writtenLike(to.name, u.m.surface, u.p.name, q) }));
  return {
    kind,
    sourceId: id,
    q: replaceSpans(q, spans),
    from: target.m.surface,
    to: spans[0]?.by ?? to.name,
  };
}

function placeMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const units = settledUnits(mentions);
  // The most specific unit is swapped: a district's province stays true to it.
  const target = units.find((u) => u.p.level === 'district') ?? units.find((u) => u.p.level === 'province');
  if (!target) return null;
  const to = neighbour(target.p, corpus, gazetteer().provinces);
  if (!to) return null;
  return placeSwapped('place', id, q, units, target, to);
}

/**
 * Where a moved period may stand among the articles `about` the question's place, given its
 * spellings `needles` (folded words): written by none of them (`year`, `period`), or written by some
 * but in none's headline or first paragraph, so only in passing (`year-aside`, `period-aside`).
 */
type PeriodPlacement = (
  corpus: MutationCorpus,
  about: readonly number[],
  needles: readonly string[],
) => boolean;

const writes = (text: string | undefined, needles: readonly string[]): boolean =>
  text !== undefined && needles.some((n) => text.includes(n));
const nowhere: PeriodPlacement = (corpus, about, needles) =>
  !about.some((i) => writes(corpus.texts[i], needles));
const inPassing: PeriodPlacement = (corpus, about, needles) =>
  !nowhere(corpus, about, needles) && !about.some((i) => writes(corpus.own[i], needles));
/** In passing, and in no sentence stating a figure (which might be the figure of that period). */
const inPassingNoFigure: PeriodPlacement = (corpus, about, needles) =>
  inPassing(corpus, about, needles) &&
  !about.some((i) => (corpus.figureSentences[i] ?? []).some((s) => writes(s, needles)));

function movedYear(
  kind: MutationKind,
  placed: PeriodPlacement,
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const years = [...new Set([...q.matchAll(YEAR)].map((m) => Number(m[1])))];
  // Only a question pinned to one year and to a place: without a place, another year may well be
  // answered by another article.
  if (years.length !== 1 || mentions.length === 0) return null;
  const year = years[0] as number;
  const about = articlesNaming(corpus, namesOf(mentions));
  for (const step of YEAR_STEPS) {
    const other = year + step;
    if (!placed(corpus, about, [foldedWords(String(other))])) continue;
    return {
      kind,
      sourceId: id,
      q: q.replace(YEAR, (y) => (Number(y) === year ? String(other) : y)),
      from: String(year),
      to: String(other),
    };
  }
  return null;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
/** A quarter as questions write it: "quý III", "quy 3", "q2", "Q2". Group 1 the word, 2 the number. */
const QUARTER = /\b(quý|quy|q)(?:\s*)(IV|I{1,3}|[1-4])\b/giu;
/** Quarters tried for quarter n (1–4), nearest first. */
const QUARTER_STEPS: readonly number[] = [1, -1, 2, -2];

const quarterNumber = (written: string): number =>
  /^\d$/u.test(written)
    ? Number(written)
    : ROMAN.indexOf(written.toUpperCase() as (typeof ROMAN)[number]) + 1;

function movedQuarter(
  kind: MutationKind,
  placed: PeriodPlacement,
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const found = [...q.matchAll(QUARTER)];
  const quarters = [...new Set(found.map((m) => quarterNumber(m[2] as string)))];
  if (quarters.length !== 1 || mentions.length === 0) return null;
  const n = quarters[0] as number;
  const about = articlesNaming(corpus, namesOf(mentions));
  for (const step of QUARTER_STEPS) {
    const other = n + step;
    if (other < 1 || other > 4) continue;
    const roman = ROMAN[other - 1] as string;
    if (!placed(corpus, about, [foldedWords(`quý ${roman}`), foldedWords(`quý ${other}`)])) continue;
    const changed = q.replace(
      QUARTER,
      (_all, word: string, num: string) =>
        `${word}${word.length > 1 ? ' ' : ''}${/^\d$/u.test(num) ? other : roman}`,
    );
    return { kind, sourceId: id, q: changed, from: found[0]?.[0] ?? '', to: `${n} → ${other}` };
  }
  return null;
}

/** A full date as questions write it: "26/8/2021", "ngày 23/8", "on 20/6/2022". Groups: day, month, year. */
const DAY_MONTH =
  /(?:(?<=(?:ngày|ngay|hôm|hom|on)\s+)(\d{1,2})\/(\d{1,2})(?:\/(20\d\d))?|(?<![\d/])(\d{1,2})\/(\d{1,2})\/(20\d\d))(?![\d/])/iu;
/** A month as questions write it: "tháng 8/2021", "thang 7 nam 2023", "tháng 8". Groups: word, month. */
const MONTH = /(?<!\p{L})(tháng|thang)\s+(\d{1,2})(?![\d\p{L}])/iu;
/** Days tried for a day d, and months for a month m: near ones first. */
const DAY_STEPS: readonly number[] = [2, -2, 4, -4];
const MONTH_STEPS: readonly number[] = [1, -1, 2, -2];

/** Folded spellings of day `d` of month `m`: "26/8", "26/08", "ngày 26 tháng 8". */
const dayNeedles = (d: number, m: number): string[] => [
  ...new Set([` ${d} ${m} `, ` ${pad(d)} ${pad(m)} `, ` ${d} ${pad(m)} `, ` ngay ${d} thang ${m} `]),
];
/** Folded spellings of month `m`: "tháng 8", "tháng 08", and any date of it ("26/8/2021" → " 8 2021 "). */
const monthNeedles = (m: number, year: string | undefined): string[] => [
  ` thang ${m} `,
  ` thang ${pad(m)} `,
  ...(year ? [` ${m} ${year} `, ` ${pad(m)} ${year} `] : []),
];
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The question's date moved by a few days, or its month (when it names no day) by one or two, to one
 * no article about its place writes in any spelling: a meeting on a day the corpus never reports.
 */
function dateMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  if (mentions.length === 0) return null;
  const about = articlesNaming(corpus, namesOf(mentions));
  const day = DAY_MONTH.exec(q);
  if (day) {
    const d = Number(day[1] ?? day[4]);
    const m = Number(day[2] ?? day[5]);
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    for (const step of DAY_STEPS) {
      const other = d + step;
      if (other < 1 || other > 28 || !nowhere(corpus, about, dayNeedles(other, m))) continue;
      const written = day[0];
      const by = written.replace(/^\d{1,2}/u, (w) =>
        w.length === 2 && other < 10 ? pad(other) : String(other),
      );
      return swapped('date', id, q, { name: written, start: day.index, end: day.index + written.length }, by);
    }
    return null;
  }
  const month = MONTH.exec(q);
  if (!month) return null;
  const m = Number(month[2]);
  if (m < 1 || m > 12) return null;
  const year = q.slice(month.index + month[0].length).match(/^\s*(?:\/|năm|nam)\s*(20\d\d)/iu)?.[1];
  for (const step of MONTH_STEPS) {
    const other = m + step;
    if (other < 1 || other > 12 || !nowhere(corpus, about, monthNeedles(other, year))) continue;
    const at = month.index + month[0].length - (month[2] as string).length;
    return swapped(
      'date',
      id,
      q,
      { name: month[2] as string, start: at, end: month.index + month[0].length },
      String(other),
    );
  }
  return null;
}

/** A People's Council or Committee as questions write it; group 1 the body, group 2 its level word. */
const STATE_BODY =
  /(?<!\p{L})(HĐND|hđnd|HDND|hdnd|UBND|ubnd|Hội đồng nhân dân|Ủy ban nhân dân|hoi dong nhan dan|uy ban nhan dan)\s+(huyện|thị xã|thành phố|tỉnh|huyen|thi xa|thanh pho|tinh)(?!\p{L})/u;
/** In English: "People's Council" / "People's Committee". */
const STATE_BODY_EN = /People['’]s (Council|Committee)/u;
/** The other State body, as written: the council for the committee and back, short or in full. */
const OTHER_STATE_BODY: Readonly<Record<string, string>> = {
  hdnd: 'UBND',
  ubnd: 'HĐND',
  'hoi dong nhan dan': 'Ủy ban nhân dân',
  'uy ban nhan dan': 'Hội đồng nhân dân',
};
/** A steering committee by its number: "Ban Chỉ đạo 35", "BCĐ 389", "Steering Committee 35". */
const BOARD_NUMBER =
  /(?<!\p{L})(?:Ban Chỉ đạo|ban chỉ đạo|Ban chỉ đạo|ban chi dao|BCĐ|bcđ|BCD|bcd|Steering Committee)\s+(\d{2,3})(?!\d)/u;
/** Steering committees known by number, tried in order for another one. */
const BOARD_NUMBERS: readonly string[] = ['35', '389', '138', '32', '22', '33', '47'];

/**
 * The People's Council of the question's place for its People's Committee, or back ("HĐND huyện
 * X" ↔ "UBND huyện X", "People's Council" ↔ "People's Committee"), or another steering committee's
 * number ("Ban Chỉ đạo 35" → "Ban Chỉ đạo 389"), when no article naming the place writes that body:
 * another body of the same place, which the corpus never reports.
 */
function councilMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  if (mentions.length === 0) return null;
  const about = articlesNaming(corpus, namesOf(mentions));
  const board = BOARD_NUMBER.exec(q);
  if (board) {
    const number = board[1] as string;
    const at = board.index + board[0].length - number.length;
    for (const other of BOARD_NUMBERS) {
      if (
        other === number ||
        !nowhere(corpus, about, [foldedWords(`ban chi dao ${other}`), foldedWords(`bcd ${other}`)])
      )
        continue;
      return swapped('council', id, q, { name: number, start: at, end: at + number.length }, other);
    }
    return null;
  }
  const vi = STATE_BODY.exec(q);
  if (vi) {
    const body = vi[1] as string;
    const other = OTHER_STATE_BODY[fold(body)] as string;
    const level = fold(vi[2] as string);
    if (
      !nowhere(
        corpus,
        about,
        stateNames(other).map((n) => foldedWords(`${n} ${level}`)),
      )
    )
      return null;
    const written = hasMarks(q) ? other : fold(other);
    const by =
      body === body.toLowerCase()
        ? written.toLowerCase()
        : body === body.toUpperCase()
          ? written.toUpperCase()
          : written;
    return swapped('council', id, q, { name: body, start: vi.index, end: vi.index + body.length }, by);
  }
  const en = STATE_BODY_EN.exec(q);
  if (!en) return null;
  const word = en[1] as string;
  const other = word === 'Council' ? 'Committee' : 'Council';
  if (!nowhere(corpus, about, stateNames(other === 'Council' ? 'HĐND' : 'UBND').map(foldedWords)))
    return null;
  const at = en.index + en[0].length - word.length;
  return swapped('council', id, q, { name: word, start: at, end: at + word.length }, other);
}

/** A State body's short and full names: "UBND" and "Ủy ban nhân dân", "HĐND" and "Hội đồng nhân dân". */
function stateNames(body: string): string[] {
  const f = fold(body);
  return f === 'ubnd' || f === 'uy ban nhan dan'
    ? ['UBND', 'Ủy ban nhân dân']
    : ['HĐND', 'Hội đồng nhân dân'];
}

/** Given names put in place of a person's: common ones, tried in order until the name is unwritten. */
const GIVEN_NAMES: readonly string[] = ['Khải', 'Thịnh', 'Quyết', 'Ngân', 'Trọng', 'Hiền'];
/** Two to four capitalised syllables: a person's name as questions write it. */
const CAPITALISED = /(?<!\p{L})(?:\p{Lu}(?:\p{Ll}|\p{M})*\s+){1,3}\p{Lu}(?:\p{Ll}|\p{M})*(?!\p{L})/gu;

/** The title heads (records/vocab.ts) and "Ban", folded with a space at each end: never in a person's name. */
const TITLE_WORDS = [...TITLE_HEADS, 'Ban'].map((t) => ` ${fold(t).toLowerCase()} `);

/** Words of the question (a person's name, a body): what is written, and where. */
interface AskedPerson {
  name: string;
  start: number;
  end: number;
}

/**
 * The people the question names whom some article writes: three or four capitalised syllables that
 * are no place (a title or a body is no person the corpus writes as such).
 */
function askedPersons(q: string, mentions: readonly PlaceMention[], corpus: MutationCorpus): AskedPerson[] {
  const out: AskedPerson[] = [];
  for (const m of q.matchAll(CAPITALISED)) {
    const name = m[0];
    const start = m.index ?? 0;
    const end = start + name.length;
    if (mentions.some((p) => p.start < end && p.end > start)) continue;
    // "Trưởng Ban Chỉ (đạo)", "Phó Bí thư": a title's words capitalised, not a person.
    if (TITLE_WORDS.some((t) => ` ${fold(name).toLowerCase()} `.includes(t))) continue;
    if (name.split(/\s+/u).length >= 3 && written(corpus, name)) out.push({ name, start, end });
  }
  return out;
}

/** `q` with the words at `p` (a person, a body) replaced by `by`, as a mutation of `kind`. */
const swapped = (kind: MutationKind, id: string, q: string, p: AskedPerson, by: string): Mutation => ({
  kind,
  sourceId: id,
  q: q.slice(0, p.start) + by + q.slice(p.end),
  from: p.name,
  to: by,
});

function personMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  for (const person of askedPersons(q, mentions, corpus)) {
    const parts = person.name.split(/\s+/u);
    const given = parts.at(-1) as string;
    for (const other of GIVEN_NAMES) {
      const name = [...parts.slice(0, -1), writtenLike(other, given, given, q)].join(' ');
      if (fold(name) === fold(person.name) || written(corpus, name)) continue;
      return swapped('person', id, q, person, name);
    }
  }
  return null;
}

/** A Party committee written right before a place, and the People's Committee of the same place. */
const PARTY_BEFORE_PLACE =
  /(huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|huyen uy|thi uy|thanh uy|tinh uy)\s+$/iu;
const STATE_OF: Readonly<Record<string, string>> = {
  'huyen uy': 'UBND huyện',
  'thi uy': 'UBND thị xã',
  'thanh uy': 'UBND thành phố',
  'tinh uy': 'UBND tỉnh',
};

/** In English, after the place: "Dong Van district Party Committee", "… provincial Party Standing Committee". */
const PARTY_AFTER_PLACE_EN =
  /^(\s+(district|town|city|provincial|province)\s+)(Party\s+(?:Executive\s+|Standing\s+)?Committee)/iu;
const STATE_TYPE_EN: Readonly<Record<string, string>> = {
  district: 'huyện',
  town: 'thị xã',
  city: 'thành phố',
  provincial: 'tỉnh',
  province: 'tỉnh',
};

/** Whether some article names the People's Committee of `type` `place` ("UBND huyện X", in full or short). */
const stateWritten = (corpus: MutationCorpus, type: string, place: string): boolean =>
  written(corpus, `UBND ${type} ${place}`) || written(corpus, `Ủy ban nhân dân ${type} ${place}`);

function bodyMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  for (const m of mentions) {
    const en = PARTY_AFTER_PLACE_EN.exec(q.slice(m.end));
    if (en) {
      const type = STATE_TYPE_EN[(en[2] as string).toLowerCase()] as string;
      if (stateWritten(corpus, type, m.surface)) continue;
      const at = m.end + (en[1] as string).length;
      const party = en[3] as string;
      return swapped('body', id, q, { name: party, start: at, end: at + party.length }, "People's Committee");
    }
    const before = PARTY_BEFORE_PLACE.exec(q.slice(0, m.start));
    if (!before) continue;
    const party = before[1] as string;
    const state = STATE_OF[fold(party).toLowerCase()] as string;
    // Conservative: no article names the People's Committee of that place at all.
    if (stateWritten(corpus, state.replace('UBND ', ''), m.surface)) continue;
    const at = before.index ?? 0;
    const by = hasMarks(party) ? state : fold(state);
    return swapped('body', id, q, { name: party, start: at, end: at + party.length }, by);
  }
  return null;
}

/**
 * A district the corpus does report on, of the same type (and province, when the question names
 * one), in place of the asked one, when no article naming it writes the question's year: "wrong
 * district" where the wrong one is well known to the index.
 */
function knownPlaceMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const years = [...new Set([...q.matchAll(YEAR)].map((m) => m[1] as string))];
  if (years.length !== 1) return null;
  return (
    otherDistrict(
      'known-place',
      mentions,
      corpus,
      (d) => !writtenTogether(corpus, [d.name, years[0] as string]),
    )?.swap(id, q) ?? null
  );
}

/** A meeting named by a question: what a district named only in passing never held in the corpus. */
const NAMES_A_MEETING =
  /(?<!\p{L})(?:hội nghị|hoi nghi|giao ban|kỳ họp|ky hop|sơ kết|so ket|tổng kết|tong ket|meeting|briefing|conference|session|review)(?!\p{L})/iu;

/**
 * A district some article names only in passing (never in a headline or lead: "các huyện Bắc Bình,
 * Hàm Thuận Bắc", a visiting official's district), together with the question's year when it names
 * one, in place of the asked district of a question about a meeting: no article reports that
 * district's meeting, though its name is indexed beside the year.
 */
function placeAsideMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const years = [...new Set([...q.matchAll(YEAR)].map((m) => m[1] as string))];
  if (years.length > 1 || !NAMES_A_MEETING.test(q)) return null;
  const inPassingOnly = (d: Place): boolean =>
    writtenTogether(corpus, [d.name, ...years]) && !corpus.own.some((o) => o.includes(foldedWords(d.name)));
  return otherDistrict('place-aside', mentions, corpus, inPassingOnly)?.swap(id, q) ?? null;
}

/**
 * The first district after the question's by name, among those some article names, of the same
 * type (and province, when the question names one), that `accept`s: with what replaces the
 * question's district by it.
 */
function otherDistrict(
  kind: MutationKind,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
  accept: (d: Place) => boolean,
): { swap: (id: string, q: string) => Mutation } | null {
  const units = settledUnits(mentions);
  const target = units.find((u) => u.p.level === 'district');
  if (!target) return null;
  const province = units.find((u) => u.p.level === 'province')?.p;
  const at = corpus.districts.findIndex((d) => d.name.localeCompare(target.p.name, 'vi') > 0);
  for (let i = 0; i < corpus.districts.length; i++) {
    const d = corpus.districts[(Math.max(0, at) + i) % corpus.districts.length] as Place;
    if (d.id === target.p.id || d.type !== target.p.type || fold(d.name) === fold(target.p.name)) continue;
    if (province && d.provinceId !== province.id) continue;
    if (!accept(d)) continue;
    return { swap: (id, q) => placeSwapped(kind, id, q, units, target, d) };
  }
  return null;
}

/**
 * Another person the articles name, in place of the one asked about, when no article naming them
 * names the question's place: "a person who never appears" at that meeting, though the index knows them.
 */
function knownPersonMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const names = [...new Set(mentions.map((m) => m.surface))];
  if (names.length === 0) return null;
  const person = askedPersons(q, mentions, corpus)[0];
  if (!person) return null;
  const other = corpus.persons.find(
    (p) => fold(p) !== fold(person.name) && !names.some((n) => writtenTogether(corpus, [p, n])),
  );
  return other
    ? swapped('known-person', id, q, person, writtenLike(other, person.name, person.name, q))
    : null;
}

/** Ordinals tried for an asked ordinal n: the next ones first (a session not yet held). */
const ORDINAL_STEPS: readonly number[] = [1, 2, -1, -2];
const VI_UNITS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** 1–99 in Vietnamese words as ordinals write them ("thứ nhất", "thứ tư", "thứ mười lăm", "thứ hai mươi mốt"). */
export function viOrdinalWords(n: number): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  const tens = Math.floor(n / 10);
  const u = n % 10;
  if (tens === 0) return VI_UNITS[u] as string;
  const head = tens === 1 ? 'mười' : `${VI_UNITS[tens]} mươi`;
  if (u === 0) return head;
  const tail = u === 5 ? 'lăm' : u === 1 && tens > 1 ? 'mốt' : u === 4 && tens > 1 ? 'tư' : VI_UNITS[u];
  return `${head} ${tail}`;
}

/**
 * `n` written in the form `written` has in question `q`: digits, a Roman numeral, English "14th"
 * (also for a word such as "third") or Vietnamese words, without diacritics when `q` has none.
 */
function ordinalLike(n: number, written: string, q: string): string {
  if (/^\d+$/u.test(written)) return String(n);
  if (/^\d+(?:st|nd|rd|th)$/iu.test(written) || parseEnOrdinal(written.toLowerCase()) !== null) {
    const last = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${last}`;
  }
  if (/^[ivxlc]+$/iu.test(written))
    return written === written.toLowerCase() ? romanOf(n).toLowerCase() : romanOf(n);
  const words = viOrdinalWords(n);
  return hasMarks(q) ? words : fold(words);
}

/** Indices of the articles writing one of `names` (every article when `names` is empty). */
function articlesNaming(corpus: Pick<MutationCorpus, 'texts'>, names: readonly string[]): number[] {
  const needles = names.map(foldedWords);
  return corpus.texts.flatMap((t, i) =>
    needles.length === 0 || needles.some((n) => t.includes(n)) ? [i] : [],
  );
}

/**
 * The meeting's ordinal ("Hội nghị lần thứ ba", "kỳ họp thứ 14", "the 14th session") moved to one no
 * article about the question's place writes: a session the corpus never reports.
 */
function sessionMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  const hits = scanOrdinals(q.toLowerCase());
  if (hits.length !== 1 || mentions.length === 0) return null;
  const hit = hits[0] as (typeof hits)[number];
  const written = q.slice(hit.span.start, hit.span.end);
  const about = articlesNaming(corpus, namesOf(mentions));
  for (const step of ORDINAL_STEPS) {
    const other = hit.value + step;
    if (other < 1 || other > 99 || about.some((i) => corpus.ordinals[i]?.has(other))) continue;
    return swapped(
      'session',
      id,
      q,
      { name: written, start: hit.span.start, end: hit.span.end },
      // "lần 9" (the whole match is the span): only its number changes.
      /\d/u.test(written)
        ? written.replace(/\d+(?:st|nd|rd|th)?/iu, (n) => ordinalLike(other, n, q))
        : ordinalLike(other, written, q),
    );
  }
  return null;
}

/** A district-level body or type written right before the district's name ("Huyện ủy", "UBND huyện", "tx"). */
const DISTRICT_BODY_BEFORE =
  /(?<!\p{L})((?:(?:UBND|HĐND|ubnd|hdnd|Đảng bộ|đảng bộ|Dang bo|dang bo)\s+)?)(huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ|huyen uy|thi uy|thanh uy|huyện|thị xã|thành phố|huyen|thi xa|thanh pho|tp\.?|tx\.?)\s+$/iu;
/** In English, after the district's name: "Dong Van district", "… town Party Committee". */
const DISTRICT_TYPE_AFTER_EN = /^\s+(?:district|town|city)\b(?=(\s+(?:Party|People's|party|people's))?)/u;

/** Whether `q` names a province-level body or a province already ("Tỉnh ủy", "provincial", "tỉnh X"). */
const PROVINCE_LEVEL = /(?<!\p{L})(?:tỉnh|tinh|provincial|province)(?!\p{L})/iu;

/** The province-level word for a district-level one: "Huyện ủy" → "Tỉnh ủy", "huyen" → "tinh". */
function provinceWord(districtWord: string, bare: boolean): string {
  const folded = fold(districtWord).toLowerCase();
  const word = folded.endsWith(' uy') ? (bare ? 'tinh uy' : 'tỉnh ủy') : bare ? 'tinh' : 'tỉnh';
  if (districtWord === districtWord.toUpperCase() && districtWord.length <= 2) return word.toUpperCase();
  return /^\p{Lu}/u.test(districtWord) ? word.replace(/^\p{L}/u, (c) => c.toUpperCase()) : word;
}

/**
 * The district's province in place of the district, at the same level of body ("Huyện ủy Đồng Văn"
 * → "Tỉnh ủy Hà Giang", "Dong Van district Party Committee" → "Ha Giang provincial Party
 * Committee"), when no article about that province's own meetings writes the question's year: a
 * district's briefing is no answer about the province's. Only where the question writes the
 * district's type or body, so the changed one says "province" in so many words (a bare province name
 * may fairly be answered from one of its districts).
 */
function levelMutation(
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
): Mutation | null {
  if (PROVINCE_LEVEL.test(q)) return null;
  const units = settledUnits(mentions);
  const target = units.find((u) => u.p.level === 'district');
  // Every place the question names is that district (an unsettled name would stay beside the province).
  if (!target || units.length !== mentions.length || units.some((u) => u.p.id !== target.p.id)) return null;
  const province = provinceOf(target.p);
  const years = [...new Set([...q.matchAll(YEAR)].map((m) => m[1] as string))];
  if (!uniqueName(province) || years.length > 1) return null;
  // Conservative: no headline names the province and no article writes its province-level bodies
  // together with the question's year (or at all, when it names none).
  const pn = province.name;
  const about = articlesNaming(corpus, [`Tỉnh ủy ${pn}`, `UBND tỉnh ${pn}`, `HĐND tỉnh ${pn}`, `tỉnh ${pn}`]);
  const titled = corpus.titles.flatMap((t, i) => (t.includes(foldedWords(pn)) ? [i] : []));
  const year = years[0] ? foldedWords(years[0]) : null;
  if ([...about, ...titled].some((i) => year === null || corpus.texts[i]?.includes(year))) return null;
  const name = writtenLike(pn, target.m.surface, target.p.name, q);
  const after = DISTRICT_TYPE_AFTER_EN.exec(q.slice(target.m.end));
  if (after) {
    const end = target.m.end + after[0].length;
    const by = `${name} ${after[1] ? 'provincial' : 'province'}`;
    return swapped('level', id, q, { name: q.slice(target.m.start, end), start: target.m.start, end }, by);
  }
  const before = DISTRICT_BODY_BEFORE.exec(q.slice(0, target.m.start));
  if (!before) return null;
  const start = before.index ?? 0;
  const by = `${before[1] ?? ''}${provinceWord(before[2] as string, !hasMarks(q))} ${name}`;
  return swapped('level', id, q, { name: q.slice(start, target.m.end), start, end: target.m.end }, by);
}

/**
 * The near-misses of one answerable question (at most one per kind): see the file comment. A
 * question whose place the text does not settle, or which names no year and place, yields fewer.
 */
export function mutations(
  question: { id: string; q: string; type?: string },
  corpus: MutationCorpus,
): Mutation[] {
  // "la gi" without its type word is the question's "là gì" as often as the town La Gi.
  const mentions = findPlaces(question.q).filter((m) => m.typeWord !== undefined || !COPULA.test(m.surface));
  const type = question.type ?? '';
  const makers = [
    ...MAKERS,
    ...(MEETING_TYPES.has(type) ? MEETING_MAKERS : []),
    ...(FIGURE_TYPES.has(type) ? FIGURE_MAKERS : []),
  ];
  return makers.flatMap((make) => make(question.id, question.q, mentions, corpus) ?? []);
}

/** A question's copula spelled like a place once diacritics are gone ("là gì" → La Gi). */
const COPULA = /^la (?:gi|ai)$/iu;

/** One maker per kind, in `MUTATION_KINDS` order. */
type Maker = (
  id: string,
  q: string,
  mentions: readonly PlaceMention[],
  corpus: MutationCorpus,
) => Mutation | null;
const MAKERS: readonly Maker[] = [
  placeMutation,
  (id, q, mentions, corpus) => movedYear('year', nowhere, id, q, mentions, corpus),
  (id, q, mentions, corpus) => movedQuarter('period', nowhere, id, q, mentions, corpus),
  personMutation,
  bodyMutation,
  knownPlaceMutation,
  knownPersonMutation,
  sessionMutation,
  levelMutation,
  dateMutation,
  councilMutation,
];

/**
 * Makers for questions about the meeting itself (its chair, presenter, date, venue): a period the
 * place's articles mention only in passing is no meeting of theirs. A figure asked of such a period
 * may be answered from the comparison that mentions it, so figure questions get none.
 */
const MEETING_MAKERS: readonly Maker[] = [
  (id, q, mentions, corpus) => movedYear('year-aside', inPassing, id, q, mentions, corpus),
  (id, q, mentions, corpus) => movedQuarter('period-aside', inPassing, id, q, mentions, corpus),
  placeAsideMutation,
];

/** Makers for figure questions: a period mentioned in passing, in no sentence stating a figure. */
const FIGURE_MAKERS: readonly Maker[] = [
  (id, q, mentions, corpus) => movedYear('figure-aside', inPassingNoFigure, id, q, mentions, corpus),
  (id, q, mentions, corpus) => movedQuarter('figure-aside', inPassingNoFigure, id, q, mentions, corpus),
];

/** Question types asking for a figure. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['howmany', 'total', 'new', 'rate', 'change']);

/** Question types asking about the meeting itself rather than a figure or a section. */
const MEETING_TYPES: ReadonlySet<string> = new Set([
  'who',
  'when',
  'where',
  'presenter',
  'concluder',
  'venue',
]);
