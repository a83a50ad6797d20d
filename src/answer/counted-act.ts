/**
 * The act a how-many question counts: the verb it puts right before "bao nhiêu" ("giải quyết bao
 * nhiêu hồ sơ", "kết nạp được mấy đảng viên"). Reports write one sentence of several acts on the
 * same noun ("tiếp nhận 3.214 hồ sơ, đã giải quyết 3.158 hồ sơ"), and the figure answering is the
 * one whose number follows that verb, however many other words of the question the sentence's
 * first clause shares with another figure. Open vocabulary: any verb works.
 */
import { VI_STOP_FOLDED } from '../query/lexicon.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { fold, syllables } from '../text/normalize.ts';
import { containsRun } from '../text/phrase.ts';

/** Syllables of the act read before "bao nhiêu" / "mấy". */
const ACT_SYLLABLES = 2;

/** How-many words, folded syllables. Closed class (chat "bn" is expanded by the parser). */
const HOW_MANY: readonly (readonly string[])[] = [['bao', 'nhieu'], ['may']];

const isStop = (w: string) => VI_STOP_FOLDED.has(w) || /\p{N}/u.test(w);

/**
 * The act's syllables, folded ("giai quyet"), or null when the question puts no two content
 * syllables right before its how-many word (Vietnamese only).
 */
export function countedAct(q: ParsedQuestion): string[] | null {
  if (q.lang !== 'vi') return null;
  const words = syllables(fold(q.text).toLowerCase());
  const at = words.findIndex((_, i) => HOW_MANY.some((h) => h.every((w, j) => words[i + j] === w)));
  if (at <= 0) return null;
  // At most one aspect word between ("giải quyết được bao nhiêu", "kết nạp xong mấy"): a verb, not
  // the noun phrase before "là bao nhiêu" nor a place ("của huyện Thuận Châu là bao nhiêu").
  let end = at;
  if (ASPECT.has(words[end - 1] ?? '')) end--;
  const act = words.slice(Math.max(0, end - ACT_SYLLABLES), end);
  const places = new Set(q.places.flatMap((p) => syllables(fold(p.surface).toLowerCase())));
  return act.length === ACT_SYLLABLES && !act.some((w) => isStop(w) || places.has(w)) ? act : null;
}

/** Aspect words that may stand between a verb and "bao nhiêu", folded. Closed class. */
const ASPECT: ReadonlySet<string> = new Set(['duoc', 'da', 'xong', 'roi', 'het']);

/**
 * The clause before a number writes `act` ("đã giải quyết 3.158", "Giải ngân vốn đầu tư công đạt
 * 186,5 tỷ"), stop words skipped. `before` is the text from the clause's start.
 */
export function writesActBefore(before: string, act: readonly string[]): boolean {
  return containsRun(
    syllables(fold(before).toLowerCase()).filter((w) => !isStop(w)),
    act,
  );
}

/** The text of `body` from the start of the clause holding offset `at` up to it. */
export function clauseBefore(body: string, at: number): string {
  let from = at;
  while (from > 0 && !endsClause(body, from - 1)) from--;
  return body.slice(from, at);
}

/** The text of `body` from offset `at` to the end of its clause. */
export function clauseAfter(body: string, at: number): string {
  let to = at;
  while (to < body.length && !endsClause(body, to)) to++;
  return body.slice(at, to);
}

/** Marks that end a clause; "." and "," between digits are a number's ("1.234,5"). */
const CLAUSE_MARK = /[,;:.!?\n]/u;
const DIGIT = /\d/u;

function endsClause(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (!CLAUSE_MARK.test(c)) return false;
  return !((c === '.' || c === ',') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
}

/** The first syllable after a number (offset `end`), folded: what a count without a unit counts ("hồ sơ"). */
export function countedNoun(body: string, end: number): string {
  return syllables(fold(body.slice(end, end + 24)).toLowerCase())[0] ?? '';
}

/**
 * Whether the syllables right after a number (offset `end`) open with `noun` (folded syllables, at
 * most its first two): "98.214 tài khoản" counts "tai khoan", "215.367 hồ sơ … tài khoản" does not.
 */
export function countsNoun(body: string, end: number, noun: readonly string[]): boolean {
  const head = noun.slice(0, 2);
  const after = syllables(fold(body.slice(end, end + 40)).toLowerCase());
  return head.length > 0 && head.every((w, i) => after[i] === w);
}
