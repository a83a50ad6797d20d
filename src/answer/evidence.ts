import { findCuedDates, findFullDates } from '../ingest/dates.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { periodWords } from '../query/terms.ts';
import { untranslatedWords } from '../query/untranslated.ts';
import {
  KIND_CUES,
  MEETING_KINDS,
  MEETING_NOUNS,
  PERCENT_WORDS,
  REPORT_FRAME_WORDS,
} from '../records/vocab.ts';
import { doubledBodySyllables, withBodyAliases } from '../text/acronyms.ts';
import { fold, syllables } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';
import { splitSentences } from '../text/sentences.ts';
import { listedAfterCopula } from './place-list.ts';

/** A sentence of a body that supports an answer. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  score: number;
  /** The sentence holds the shape of answer the question asks for (a quantity, a date, a place). */
  shaped: boolean;
}

/** What kind of value the evidence must hold. */
export type Shape = 'quantity' | 'date' | 'place' | 'venue' | null;

/** Scoring inputs shared by every document of one question. */
export interface EvidenceQuery {
  /** Term weights (idf), in the form of `folded` (folded or lower-case syllables). */
  idf: Map<string, number>;
  folded: boolean;
  /** Syllables that say nothing about which sentence answers (entities, question words). */
  ignore: Set<string>;
  phrases: string[][];
  units: string[];
  shape: Shape;
  /** Question terms no indexed passage contains (unexpanded shorthand, typos): nothing can carry them. */
  unseen?: ReadonlySet<string>;
}

const FRAME_SYLLABLES = new Set(
  [...REPORT_FRAME_WORDS, ...MEETING_NOUNS, ...MEETING_KINDS].flatMap((w) => syllables(w.toLowerCase())),
);
const FRAME_SYLLABLES_FOLDED = new Set([...FRAME_SYLLABLES].map((w) => fold(w)));
const PERIOD_KIND = /(?:Q[1-4]|H[12]|9M)$/u;
const TIME_WORD = /^(?:\d+|tháng|thang|năm|nam|đầu|dau|cuối|cuoi)$/u;
/** A quarter's word and numeral: "quý II", "quy 3". */
const QUARTER_WORD = /^(?:quý|quy)$/u;
const QUARTER_NUMBER = /^(?:[1-4]|i{1,3}|iv)$/u;

/**
 * Whether the syllable at `i` writes the question's time: a number, a month or year word, or a
 * quarter's word and numeral together ("quý II"). Alone, "quy" is also "quỹ" and "vi" also "vì"
 * ("quy vi nguoi ngheo": the fund, typed bare).
 */
function timeWordAt(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  if (TIME_WORD.test(w)) return true;
  if (QUARTER_WORD.test(w)) return QUARTER_NUMBER.test(words[i + 1] ?? '');
  return QUARTER_NUMBER.test(w) && QUARTER_WORD.test(words[i - 1] ?? '');
}
const QUANTITY_SOURCE = '(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*(?:\\/\\d+)?\\s*%?';
/** The question writes `n` as a percentage ("35%", "35 %"). */
const percentWritten = (text: string, n: string): boolean =>
  new RegExp(`(?<![\\d.,])${escapeRegExp(n)}\\s*%`, 'u').test(text);
/** Has a quantity: no `g` flag, so a test never depends on the previous call. */
const HAS_QUANTITY = new RegExp(QUANTITY_SOURCE, 'u');
// "tại hội trường …", "ở xã …", "tại UBND …": a place, not "tại hội nghị" (an occasion).
const VENUE =
  /(?<![\p{L}])(?:tại|ở)\s+(?:(?:hội trường|trụ sở|nhà văn hóa|phòng họp|khu|cụm|thôn|bản|ấp|khóm|làng|xóm|buôn|tổ dân phố|xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh)(?![\p{L}])|\p{Lu})/u;
const MONTH = /(?<![\p{L}])tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?/iu;

export function prepareEvidenceQuery(
  q: ParsedQuestion,
  idf: Map<string, number>,
  shape: Shape,
): EvidenceQuery {
  const form = (s: string) => (q.folded ? fold(s) : s.toLowerCase());
  // A commune the question names beside a larger place ("BTV Huyện ủy X kỷ luật BTV Đảng ủy xã Y")
  // is what the district's meeting dealt with: the sentence naming it is the one that answers.
  const communes = new Set(
    q.places.length > 1
      ? q.places.filter((p) => p.candidates.every((c) => c.level === 'commune')).map((p) => fold(p.surface))
      : [],
  );
  const ignore = new Set(q.entities.filter((e) => !communes.has(fold(e))).flatMap((e) => syllables(form(e))));
  // The article was already chosen for its period and dates; their words would only pull the
  // evidence towards the opening sentence that restates them.
  const t = q.time;
  if (t.periods.length + t.years.length + t.months.length + t.dates.length > 0) {
    // A percentage the question asks of the text ("dưới 35%") is no time word: it says which
    // sentence answers. (Other numbers stay aside: "7 tháng", a body's "Ban Chỉ đạo 35".)
    const asked = new Set(
      q.numbers.filter((n) => percentWritten(q.text, n)).flatMap((n) => syllables(form(n))),
    );
    const words = syllables(form(q.text));
    words.forEach((w, i) => {
      if (timeWordAt(words, i) && !asked.has(w)) ignore.add(w);
    });
    // An English question's quarter is searched in Vietnamese words ("third quarter" → "quý III"),
    // which would pull a figure's evidence towards any sentence naming that quarter (a section
    // asked, "tasks for Q4", is found by them).
    if (q.lang === 'en' && shape === 'quantity')
      for (const p of t.periods.filter((x) => PERIOD_KIND.test(x)))
        for (const w of periodWords(p)[0] ?? []) ignore.add(form(w));
  }
  // A session number ("kỳ họp thứ năm", "lần thứ 5") was checked on the article as its ordinal: its
  // number term would ask every sentence for a "5" (an unseen term weighs most).
  if (q.ordinal !== null) ignore.add(String(q.ordinal));
  // An English "rate" is rendered "tỷ lệ", which a Vietnamese sentence writes for some rates only
  // ("tỷ lệ hộ nghèo giảm còn 4,87%", not "kinh tế tăng trưởng 9,2%"): the percentage is the
  // answer's shape, not a word that says which sentence answers.
  if (q.lang === 'en' && shape === 'quantity')
    for (const u of q.unitPhrases.filter((x) => PERCENT_WORDS.includes(x)))
      for (const w of syllables(form(u))) ignore.add(w);
  return {
    idf,
    folded: q.folded,
    ignore,
    phrases: q.phrases.map((p) => p.map(form)).filter((p) => p.length > 1),
    units: q.unitPhrases.map(form),
    shape,
  };
}

/** The length divisor of a score of `words` words: past {@link NORM_WORDS}, the square root of its share. */
function lengthNorm(words: number): number {
  return Math.sqrt(Math.max(1, words / NORM_WORDS));
}
/** Words a sentence may have before its score is divided for length. */
const NORM_WORDS = 30;

/**
 * Score every sentence of a body by the weight of question terms it contains (idf, phrases count
 * extra), favouring sentences that hold the asked-for shape of value; best first.
 */
export function rankSentences(body: string, eq: EvidenceQuery): Evidence[] {
  const out: Evidence[] = [];
  for (const span of splitSentences(body)) {
    const text = body.slice(span.start, span.end);
    const form = eq.folded ? fold(text) : text.toLowerCase();
    const words = syllables(form);
    const set = withBodyAliases(words, eq.folded);
    let score = 0;
    for (const [t, w] of eq.idf) if (!eq.ignore.has(t) && set.has(t)) score += w;
    for (const p of eq.phrases) {
      if (p.every((s) => eq.ignore.has(s))) continue;
      if (containsSequence(words, p)) score += 0.5 * p.reduce((a, s) => a + (eq.idf.get(s) ?? 0.5), 0);
    }
    const shaped = hasShape(text, form, eq);
    if (shaped) score *= eq.shape === 'venue' ? 3 : 1.5;
    // A very short sentence is mostly a caption or an announcement of what follows.
    if (words.length < 12) score *= 0.6;
    // Long sentences gather matches by length alone.
    score /= lengthNorm(words.length);
    out.push({ start: span.start, end: span.end, text, score, shaped });
  }
  return out.sort((a, b) => b.score - a.score);
}

function hasShape(text: string, form: string, eq: EvidenceQuery): boolean {
  switch (eq.shape) {
    case 'quantity':
      return eq.units.length > 0 ? eq.units.some((u) => quantityOf(form, u)) : HAS_QUANTITY.test(text);
    case 'date':
      return findFullDates(text).length > 0 || findCuedDates(text).length > 0 || MONTH.test(text);
    case 'place':
      return VENUE.test(text) || namesPlace(text, eq);
    case 'venue':
      return VENUE.test(text);
    case null:
      return true;
  }
}

// A capitalised name right after a place noun: "xã Ngũ Phụng", "thị trấn Chư Sê", "đường Trọng Hóa".
const PLACE_NAME =
  /(?<![\p{L}])(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh|thôn|bản|làng|xóm|ấp|khóm|buôn|tổ dân phố|khu|đường|sông|hồ|cầu)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/gu;

// "3 xã đạt chuẩn … là Nhân Thịnh, Chân Lý và Đạo Lý": names listed after a copula (place-list.ts).
const PLACE_LIST = listedAfterCopula([
  'xã',
  'phường',
  'thị trấn',
  'huyện',
  'thị xã',
  'thành phố',
  'thôn',
  'bản',
]);

/** The sentence names a place that the question does not. */
function namesPlace(text: string, eq: EvidenceQuery): boolean {
  for (const m of [...text.matchAll(PLACE_NAME), ...text.matchAll(PLACE_LIST)]) {
    const words = syllables(eq.folded ? fold(m[1] ?? '') : (m[1] ?? '').toLowerCase());
    if (words.some((w) => !eq.ignore.has(w))) return true;
  }
  return false;
}

/** A number followed (within two words) by the unit: "96 đảng viên mới", "97,5%" for "phần trăm". */
export function quantityOf(form: string, unit: string): boolean {
  const percent = /^(?:phan tram|phần trăm|%|ty le|tỷ lệ)$/u.test(unit);
  // "bao nhiêu tiền" is answered in tỷ / triệu / nghìn đồng.
  if (/^(?:tiền|tien)$/u.test(unit))
    unit = form === fold(form) ? 'ty|trieu|nghin|dong' : 'tỷ|triệu|nghìn|đồng';
  // A fresh global regex per call: matchAll state is never shared between calls.
  for (const m of form.matchAll(new RegExp(QUANTITY_SOURCE, 'gu'))) {
    if (/^(?:19|20)\d\d$/.test(m[0].trim())) continue; // a year, not a quantity
    if (percent && m[0].includes('%')) return true;
    const after = form.slice(m.index + m[0].length, m.index + m[0].length + unit.length + 40);
    // The head noun alone also counts: "1.126 hộ" answers "bao nhiêu hộ nghèo".
    const units = unit.includes('|') ? unit : headsOf(unit).map(escapeRegExp).join('|');
    const re = new RegExp(`^\\s*(?:[\\p{L}]+\\s+){0,2}?(?:${units})(?![\\p{L}])`, 'u');
    if (re.test(after)) return true;
  }
  return false;
}

/** A unit and its shorter heads: `đảng viên mới` → `đảng viên mới`, `đảng viên`, `đảng`. */
function headsOf(unit: string): string[] {
  const words = unit.split(/\s+/);
  return words.map((_, i) => words.slice(0, words.length - i).join(' '));
}

function containsSequence(words: string[], seq: string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The part of a long sentence worth quoting: the clause (between semicolons) with the most
 * question weight, so a 90-word list sentence becomes the one item asked about.
 */
export function focusQuote(
  ev: Evidence,
  eq: EvidenceQuery,
  maxWords = 60,
  prefer?: ClausePreference,
): { start: number; end: number } {
  if (ev.text.split(/\s+/).length <= maxWords) return { start: ev.start, end: ev.end };
  const scored = clauseSpans(ev).map((c) => {
    const sub = rankSentences(c.text, eq)[0];
    // The clauses are parts of one sentence that already won on its length: the one saying more of
    // the question answers, however long ("tỉnh tặng Bằng khen cho 3 tập thể … gồm: …" over the
    // shorter "huyện tặng Giấy khen cho 12 tập thể").
    return { ...c, score: (sub?.score ?? 0) * lengthNorm(syllables(c.text).length) + (sub?.shaped ? 1 : 0) };
  });
  const top = Math.max(-1, ...scored.map((c) => c.score));
  // A clause saying what must be said ("3 xã Cao Thượng, … có tỷ lệ giải ngân dưới 25%" for "những
  // xã nào …") when one is about as close as the best.
  const saying = prefer ? scored.filter((c) => prefer.says(c.text) && c.score >= top * prefer.share) : [];
  let best = { start: ev.start, end: ev.end, score: -1 };
  for (const c of saying.length > 0 ? saying : scored) if (c.score > best.score) best = c;
  return { start: best.start, end: best.end };
}

/** A clause {@link focusQuote} prefers: one that `says`, scoring at least `share` of the best clause. */
export interface ClausePreference {
  says: (clause: string) => boolean;
  share: number;
}

/** The non-empty clauses of a sentence ({@link clauses}), trimmed, with their offsets in the body. */
export function clauseSpans(ev: Evidence): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const part of clauses(ev.text)) {
    const text = part.trim();
    if (text) {
      const start = ev.start + offset + (part.length - part.trimStart().length);
      out.push({ text, start, end: start + text.length });
    }
    offset += part.length + 1;
  }
  return out;
}

/** Split at semicolons outside parentheses: "(29 đảng bộ; 47 chi bộ)" stays whole. */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * `skip` less the syllables of a two-syllable question phrase that joins a one-syllable figure cue
 * to a content syllable: such a phrase is one word, and the cue inside it is the word's ("tăng" is
 * a change cue, "tăng trưởng" is growth), so the word is asked of the sentence whole. The phrases
 * are the question's own (learned collocations, glossary renderings), not a list.
 */
export function keepCompounds(skip: ReadonlySet<string>, eq: EvidenceQuery): Set<string> {
  return withoutCompounds(skip, compounds(skip, eq));
}

function withoutCompounds(skip: ReadonlySet<string>, joined: readonly string[][]): Set<string> {
  const out = new Set(skip);
  for (const p of joined) for (const s of p) out.delete(s);
  return out;
}

/** Words that refer to the report or the meeting (as `contentCoverage` sets them aside). */
const MEETING_FRAME = [...REPORT_FRAME_WORDS, ...MEETING_NOUNS, ...MEETING_KINDS].join(' ');

/**
 * The syllables a content rule sets aside: those of `skip` (the headline, the frame words of the
 * question's kind, names) and of the meeting frame, in the evidence's form, compounds kept whole.
 */
export function framedSyllables(eq: EvidenceQuery, skip: string): Set<string> {
  const form = eq.folded ? fold(`${skip} ${MEETING_FRAME}`) : `${skip} ${MEETING_FRAME}`.toLowerCase();
  return keepCompounds(withBodyAliases(syllables(form), eq.folded), eq);
}

/** The question phrases that join a word of `skip` to a content word ({@link keepCompounds}). */
function compounds(skip: ReadonlySet<string>, eq: EvidenceQuery): string[][] {
  // Two syllables: one Vietnamese word. A longer phrase joins words ("đánh giá kết quả"), each of
  // which keeps its own reading. Only a one-syllable cue is a word's syllable: "thành", set aside as
  // a syllable of the cue "thành lập mới", is not read back into "hoàn thành".
  return eq.phrases.filter(
    (p) =>
      p.length === 2 &&
      p.some((s) => skip.has(s) && CUE_SYLLABLES.has(s)) &&
      p.some((s) => !skip.has(s) && !eq.ignore.has(s) && eq.idf.has(s)),
  );
}

/** The one-syllable figure cues ("tăng", "giảm"), written and folded: the frame words that are also syllables of words. */
const CUE_SYLLABLES = new Set(
  KIND_CUES.flatMap((c) => [...c.before, ...(c.after ?? [])])
    .filter((w) => syllables(w).length === 1)
    .flatMap((w) => [w.toLowerCase(), fold(w)]),
);

/**
 * Share (by idf weight) of the question's content words that a text contains: the words left once
 * names, time words and question words are set aside. An answer whose quote covers little of it
 * speaks about something else ("hộ nghèo" in a sentence about houses for the poor does not give
 * "tỷ lệ hộ nghèo").
 */
export function contentCoverage(text: string, eq: EvidenceQuery, context = ''): number {
  const form = (s: string) => (eq.folded ? fold(s) : s.toLowerCase());
  const words = withBodyAliases(syllables(form(text)), eq.folded);
  // Words of the context (the headline: they name the meeting) and the words that refer to the
  // report or the meeting are not asked of the sentence.
  const framing = new Set([
    ...syllables(form(context)),
    ...(eq.folded ? FRAME_SYLLABLES_FOLDED : FRAME_SYLLABLES),
  ]);
  const joined = compounds(framing, eq);
  const skip = withoutCompounds(framing, joined);
  // A body named both as its acronym and in full weighs once: its acronym stands for both.
  for (const w of doubledBodySyllables(eq.idf, eq.folded)) skip.add(w);
  // A compound is carried only whole: "tăng 12%" is no "tăng trưởng". Its two syllables may stand
  // apart ("hộ nghèo giảm còn …" carries "giảm nghèo").
  const split = new Set(joined.filter((p) => !p.every((s) => words.has(s))).flat());
  let total = 0;
  let found = 0;
  for (const [t, w] of eq.idf) {
    if (eq.ignore.has(t) || skip.has(t)) continue;
    total += w;
    if (words.has(t) && !split.has(t)) found += w;
  }
  return total === 0 ? 1 : found / total;
}

/**
 * The question asks something in English words the glossary cannot render, and `quote` does not
 * cover (by idf, `minCoverage`) what the rest of the question asks beyond the meeting's own
 * (headline) words: the quote can only match names, so it is not stated as the answer.
 */
export function uncheckable(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  headline: string,
  quote: string,
  minCoverage: number,
): boolean {
  if (untranslatedWords(q).length === 0) return false;
  // Nothing translated is left to check: the quote could only match the question's names.
  if (contentCoverage('', eq, headline) === 1) return true;
  return contentCoverage(quote, eq, headline) < minCoverage;
}
