/**
 * A list of the things a report names right after their noun: "những chương trình nào …" is
 * answered by "3 chương trình mục tiêu quốc gia (xây dựng nông thôn mới, giảm nghèo bền vững,
 * phát triển …)" as one cited item per member, not by the sentence that merely shares the noun.
 *
 * The asked noun is the phrase between "những"/"các" and "nào" ("which … programmes" through the
 * glossary); the article's enumeration is that phrase followed by a parenthesis or a colon holding
 * at least two members parted by commas, semicolons or "và". Nothing here names a topic: the noun
 * is the question's own, so a question about another province's programmes is read the same way.
 */

import { translatePhrase } from '../query/glossary.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { fold } from '../text/normalize.ts';
import { containsRun } from '../text/phrase.ts';
import { splitSentences } from '../text/sentences.ts';
import { statesOtherYear } from './figure-time.ts';
import { listsPlaces } from './list-ask.ts';
import type { DocAnswer, Line } from './render.ts';

/** "những/các <noun phrase of 1–6 words> nào". */
// "những vấn đề gì" asks as "những vấn đề nào".
const VI_HEAD =
  /(?:^|[\s,])(?:những|các|nhung|cac)\s+((?:[\p{L}]+\s+){0,5}[\p{L}]+)\s+(?:nào|nao|gì|gi)(?![\p{L}])/iu;
/** "which <noun phrase ending in a plural> did/were/…". */
const EN_HEAD =
  /(?<![\p{L}])(?:which|what)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+s)\s+(?:did|do|does|were|was|are|is|have|has|had)(?![\p{L}])/iu;
/** The letters-only words right before the first "nào" of a question typed without "những/các". */
const BARE_HEAD = /((?:[\p{L}]+\s+){1,6})(?:nào|nao)(?![\p{L}])/iu;
/** Most words of a noun phrase read before a bare "nào". */
const MAX_BARE_HEAD = 4;
/** Fewest syllables of an asked noun phrase: one word ("những gì") names no kind of thing. */
const MIN_HEAD_SYLLABLES = 2;
/** Most characters between the noun and the opening parenthesis or colon (a count, "sau", "gồm"). */
const MAX_GAP = 24;
/** Most characters between the noun and its list when the words between are the question's. */
const MAX_QUALIFIED_GAP = 80;
/** Least share of those words the question writes. */
const MIN_QUALIFIER_SHARE = 0.5;
/** Most members stated. */
const MAX_MEMBERS = 12;

/**
 * The folded syllables of the noun phrases a list question may ask about, longest first: the
 * phrase between "những/các" and "nào"; typed in chat without them ("chu dau tu nao giai ngan thap
 * nhat"), each run of up to `MAX_BARE_HEAD` words ending before "nào" (the article's enumeration
 * decides which is the noun). Empty when none.
 */
function askedNouns(q: ParsedQuestion): string[][] {
  const words = (phrase: string) => fold(phrase).match(/[\p{L}\p{N}]+/gu) ?? [];
  const fit = (w: string[]) => w.length >= MIN_HEAD_SYLLABLES;
  if (q.lang === 'vi') {
    const headed = VI_HEAD.exec(q.text)?.[1];
    if (headed) return [words(headed)].filter(fit);
    const before = BARE_HEAD.exec(q.text)?.[1];
    if (!before) return [];
    const run = words(before).slice(-MAX_BARE_HEAD);
    return run.map((_, i) => run.slice(i)).filter(fit);
  }
  const en = EN_HEAD.exec(q.text)?.[1];
  const singular = en?.replace(/s$/u, '');
  // Every rendering: "disciplinary measures" is "hình thức kỷ luật" or "kỷ luật" as the reports write it.
  const renderings = en ? (translatePhrase(en) ?? (singular ? translatePhrase(singular) : null) ?? []) : [];
  return renderings.map(words).filter(fit);
}

/** Syllables of a text with their offsets (fold keeps one character per character of NFC text). */
function syllableSpans(text: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    out.push({ w: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Most words of a paragraph read as one item of a list a colon opens. */
const MAX_ITEM_WORDS = 60;

/**
 * The items of a list a colon ends its line with ("… nghe báo cáo của một số cơ quan chuyên môn:"
 * then one bulleted line per member, each its own paragraph): the paragraphs that follow while they
 * end with ";" (an item and more to come), through the first that ends with "." (the last item).
 */
function paragraphItems(body: string, from: number): { start: number; end: number }[] | null {
  const out: { start: number; end: number }[] = [];
  for (const m of body.slice(from).matchAll(/[^\n]+/gu)) {
    const text = m[0].trim();
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    if (text.split(/\s+/u).length > MAX_ITEM_WORDS || !/[;.]$/u.test(text)) break;
    out.push({ start, end: start + text.length });
    if (text.endsWith('.') || out.length === MAX_MEMBERS) break;
  }
  return out.length >= 2 ? out : null;
}

/** The member spans of an enumeration opening at `open` ("(" or ":") in `body`, or null. */
function members(body: string, open: number): { start: number; end: number }[] | null {
  if (body[open] === ':' && /^[ \t]*\n/u.test(body.slice(open + 1))) return paragraphItems(body, open + 1);
  // A point or a comma between digits is a number's ("24,3%", "1.046 tỷ đồng"), not the list's end.
  const close =
    body[open] === '(' ? body.indexOf(')', open) : body.slice(open).search(/[.!?](?!\d)|\n/u) + open;
  if (close <= open) return null;
  const inner = body.slice(open + 1, close);
  const out: { start: number; end: number }[] = [];
  let at = open + 1;
  // Members that are clauses ("A đạt 24,3%; B đạt 26,9%") are parted by semicolons only.
  const parts = inner.includes(';') ? /(;)/u : /((?<!\d),|,(?!\d)|\s(?:và|hoặc)\s)/u;
  for (const piece of inner.split(parts)) {
    if (/^(?:,|;|\s(?:và|hoặc)\s)$/u.test(piece)) {
      at += piece.length;
      continue;
    }
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (/\p{L}/u.test(trimmed)) out.push({ start: at + lead, end: at + lead + trimmed.length });
    at += piece.length;
  }
  return out.length >= 2 ? out.slice(0, MAX_MEMBERS) : null;
}

/**
 * Where the enumeration opens after the noun at `after`: within `MAX_GAP` characters, or within
 * `MAX_QUALIFIED_GAP` when the words between are the question's qualifier ("7 chủ đầu tư có tỷ lệ
 * giải ngân dưới 35%, trong đó thấp nhất là: …" for "những chủ đầu tư nào có tỷ lệ giải ngân thấp
 * nhất", or chat's "chu dau tu nao giai ngan thap nhat"): most of them are the question's words, or
 * most of the words the question writes right after "nào" are among them. -1 when none opens
 * before the clause ends.
 */
function openingAfter(body: string, after: number, asked: AskedWords): number {
  const gap = body.slice(after, after + MAX_QUALIFIED_GAP);
  const open = gap.search(/[(:]/u);
  if (open < 0 || /[.;!?\n]/u.test(gap.slice(0, open))) return -1;
  if (open <= MAX_GAP) return open;
  const words = new Set(
    fold(gap.slice(0, open))
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
  const share = (of: readonly string[], within: ReadonlySet<string>) =>
    of.length === 0 ? 0 : of.filter((w) => within.has(w)).length / of.length;
  const qualified =
    share([...words], asked.all) >= MIN_QUALIFIER_SHARE ||
    share(asked.qualifier, words) >= MIN_QUALIFIER_SHARE;
  return qualified ? open : -1;
}

/** The question's folded words, and the few it writes right after "nào" (what it qualifies the noun by). */
interface AskedWords {
  all: ReadonlySet<string>;
  qualifier: readonly string[];
}

/** Words after "nào" read as the question's qualifier. */
const QUALIFIER_WORDS = 4;

function askedWords(q: ParsedQuestion): AskedWords {
  const words: string[] =
    fold(q.text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const nao = words.indexOf('nao');
  return { all: new Set(words), qualifier: nao < 0 ? [] : words.slice(nao + 1, nao + 1 + QUALIFIER_WORDS) };
}

/** The article's enumeration of the asked noun, as item lines, or null when it has none. */
function enumerationLines(
  body: string,
  noun: readonly string[],
  asked: AskedWords,
  years: readonly number[],
): Line[] | null {
  const spans = syllableSpans(body);
  const sentences = splitSentences(body);
  for (let i = 0; i + noun.length <= spans.length; i++) {
    if (!noun.every((w, k) => spans[i + k]!.w === w)) continue;
    const after = spans[i + noun.length - 1]!.end;
    const open = openingAfter(body, after, asked);
    if (open < 0) continue;
    // "Năm 2023, … có thêm 2 xã … là A và B" answers no question of 2024's plan.
    const at = spans[i]!.start;
    const sentence = sentences.find((x) => x.start <= at && at < x.end);
    if (sentence && statesOtherYear(body.slice(sentence.start, sentence.end), years)) continue;
    const found = members(body, after + open);
    if (found) return found.map((quote) => ({ label: null, value: '', quote, item: true }));
  }
  return null;
}

/**
 * Each answer's lines replaced by the members of its article's enumeration of the asked noun,
 * when the question asks "which <noun>" and the article enumerates that noun; else unchanged.
 */
export function enumeratedAnswers(q: ParsedQuestion, answers: DocAnswer[]): DocAnswer[] {
  // A section asked ("what results", "những hạn chế nào") is answered by its sentences, not by a list after the word.
  if (q.target.yesNo || q.target.compare || q.target.target.kind !== 'open') return answers;
  const nouns = askedNouns(q);
  const asked = askedWords(q);
  const enumerated = (body: string): Line[] | null => {
    for (const noun of nouns) {
      const lines = enumerationLines(body, noun, asked, q.time.years);
      if (lines) return lines;
    }
    return null;
  };
  // "Which project owners …": a sentence that never writes the noun's rendering (the meeting's
  // lead) does not say which. Not in Vietnamese, whose category nouns are answered by their
  // members' own ("những đơn vị hành chính nào": "các phường A, B và xã C").
  // A list of places ("which localities …") is answered by the places' meetings, not by the noun.
  // (An English question has a noun only when `EN_HEAD` read one.)
  const headed = nouns.length > 0 && q.lang === 'en' && !listsPlaces(q);
  return answers.flatMap((a) => {
    const lines = enumerated(a.cand.body) ?? itemsAfterColon(a);
    if (lines) return [{ ...a, lines }];
    const writesNoun = (l: Line) => nouns.some((n) => containsRun(quotedSyllables(a.cand.body, l.quote), n));
    if (headed && !a.lines.some(writesNoun)) return [];
    return [a];
  });
}

/** The folded, lower-case syllables of a quoted span of `body`. */
function quotedSyllables(body: string, quote: { start: number; end: number }): string[] {
  return syllableSpans(body.slice(quote.start, quote.end)).map((s) => s.w.toLowerCase());
}

/**
 * A quoted sentence that only opens a list ("… nghe báo cáo của một số cơ quan chuyên môn:") says
 * nothing alone: its items, one per following paragraph, answer in its place. Null when no line
 * ends so.
 */
function itemsAfterColon(a: DocAnswer): Line[] | null {
  const body = a.cand.body;
  for (const l of a.lines) {
    const quote = body.slice(l.quote.start, l.quote.end).trimEnd();
    if (!quote.endsWith(':')) continue;
    const items = paragraphItems(body, l.quote.start + quote.length);
    if (items) return items.map((item) => ({ label: null, value: '', quote: item, item: true }));
  }
  return null;
}
