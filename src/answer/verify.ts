/**
 * Yes/no questions ("Có phải ông Hùng chủ trì không?", "Was it held on 31/3/2021?"): the claim is
 * taken out of the question, the question is answered without it, and the answer is compared with
 * the claim. The verdict comes first ("Đúng" / "Không"), then the fact and its quote; when nothing
 * answers the question the verdict is "Không rõ" and nothing is asserted.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import { titleNamed } from '../query/target.ts';
import { personOpensClaim } from '../query/yesno-cues.ts';
import { fold, syllables } from '../text/normalize.ts';
import { viDate } from './format.ts';
import { stripNumber } from './haystack.ts';
import { entityIsPlace, type QuestionPlace, unknownPlace } from './places.ts';
import type { DocAnswer } from './render.ts';
import { unitsOf } from './units.ts';

/** What a yes/no question claims. */
export type Claim =
  | { kind: 'person'; person: string }
  | { kind: 'date'; date: string }
  | { kind: 'number'; number: string };

/** The verdict of a claim against an answer. */
export type Verdict = 'yes' | 'no' | 'unknown';

/** The claim of a yes/no question, or null when it makes none the records can check. */
export function claimOf(q: ParsedQuestion, places: readonly QuestionPlace[]): Claim | null {
  const date = q.time.dates[0];
  // A name where a place stands ("Huyện ủy Khuổi Pết") is a place the gazetteer lacks, no person.
  const person = q.entities.find(
    (e) => !entityIsPlace(e, places) && !/\d/.test(e) && !unknownPlace(e, q.text),
  );
  const personClaim = person && (q.target.role || titleNamed(q.text)) ? person : null;
  // "X có dự buổi làm việc ngày D không?", "Có phải X chủ trì hội nghị ngày D không?": the person is
  // claimed and the date names the meeting.
  if (personClaim && (q.target.role === 'attendee' || personOpensClaim(q.text, personClaim)))
    return { kind: 'person', person: personClaim };
  if (date) return { kind: 'date', date };
  if (personClaim) return { kind: 'person', person: personClaim };
  // The claimed figure, not the span of months it is claimed for ("Trong 7 tháng đầu năm …, kết nạp
  // 68 đảng viên, có đúng không?" claims 68).
  const number = q.numbers.find((n) => !countsPeriod(q.text, n)) ?? q.numbers[0];
  if (number) return { kind: 'number', number };
  return null;
}

/** Period nouns a count of months or quarters is written with ("7 tháng", "6t", "3 quý"). Closed. */
const PERIOD_AFTER = /^\s*(?:tháng|thang|t|quý|quy|months?|quarters?)(?![\p{L}])/iu;

/** Every occurrence of the number `n` in `text` counts a period ("7 tháng đầu năm"). */
function countsPeriod(text: string, n: string): boolean {
  let seen = false;
  for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + n.length] ?? '';
    if (/[\p{N}.,]/u.test(before) || /\p{N}/u.test(after)) continue;
    seen = true;
    if (!PERIOD_AFTER.test(text.slice(at + n.length))) return false;
  }
  return seen;
}

/** `text` with the claimed person's name (matched folded) replaced by "ai"; as it was when not found. */
function asWho(text: string, person: string): string {
  const folded = fold(text).toLowerCase();
  const at = folded.indexOf(fold(person).toLowerCase());
  if (at < 0 || folded.length !== text.length) return text;
  return `${text.slice(0, at)}ai${text.slice(at + person.length)}`;
}

/** The question without its claim, asking what the claim states (who held the role, when, how many). */
export function withoutClaim(q: ParsedQuestion, claim: Claim): ParsedQuestion {
  const base = { ...q, target: { ...q.target, yesNo: false } };
  switch (claim.kind) {
    case 'person':
      return {
        ...base,
        // "… là ct ubnd X trả lời, đúng không?": no role word, so the act after the name is asked,
        // as "ai trả lời" (asked-act.ts), of whoever the article writes doing it.
        text: q.target.role === null ? asWho(q.text, claim.person) : q.text,
        asks: new Set(['who']),
        entities: q.entities.filter((e) => e !== claim.person),
        target: { ...base.target, target: { kind: 'role', role: q.target.role ?? 'chair' } },
      };
    case 'date':
      return {
        ...base,
        asks: new Set(['when']),
        time: { ...q.time, dates: q.time.dates.filter((d) => d !== claim.date) },
        target: { ...base.target, target: { kind: 'date', deadline: false } },
      };
    case 'number': {
      const after = new RegExp(
        `${claim.number.replace(/[.,]/g, '[.,]?')}\\s+([\\p{L}]+(?:\\s+[\\p{L}]+)?)`,
        'u',
      ).exec(q.text);
      return {
        ...base,
        asks: new Set(['howmany']),
        numbers: q.numbers.filter((n) => n !== claim.number),
        unitPhrases: after?.[1] ? unitsOf(after[1], q.lang, q.text) : q.unitPhrases,
        target: { ...base.target, target: { kind: 'figure', figure: q.target.figure } },
      };
    }
  }
}

/** Compare the claim with the answer text (which states the facts found, with their quotes). */
export function verdictOf(claim: Claim, answered: boolean, text: string): Verdict {
  if (!answered) return 'unknown';
  const facts = text.split('\n\n')[0] ?? text;
  switch (claim.kind) {
    case 'person': {
      const name = fold(claim.person);
      return fold(facts).includes(name) ? 'yes' : 'no';
    }
    case 'date':
      return facts.includes(viDate(claim.date)) ? 'yes' : 'no';
    case 'number': {
      const digits = stripNumber(claim.number);
      const found = (facts.match(/\d+(?:[.,]\d+)*/g) ?? []).map(stripNumber);
      return found.includes(digits) ? 'yes' : 'no';
    }
  }
}

/**
 * Whether the titles an article gives a person bear out the claimed title ("là Bí thư Huyện ủy"):
 * "yes" when one of them names it (one is the other's start: "Bí thư" for "Bí thư Huyện ủy Y",
 * never "Phó Bí thư" for "Bí thư"), "no" when the article gives the person other titles only,
 * "unknown" when it gives none. The places of the question are not part of a title.
 */
export function titleVerdict(
  titles: readonly string[],
  claimed: string,
  placeWords: readonly string[],
): Verdict {
  const drop = new Set(placeWords.flatMap((w) => syllables(fold(w))));
  const want = syllables(fold(claimed)).filter((w) => !drop.has(w));
  const parts = titles
    .flatMap((t) => t.split(/[,;]/u))
    .map((p) => syllables(fold(p)).filter((w) => !drop.has(w)));
  if (want.length === 0 || parts.length === 0) return 'unknown';
  const prefix = (a: string[], b: string[]) => a.length <= b.length && a.every((w, i) => b[i] === w);
  return parts.some((p) => p.length > 0 && (prefix(want, p) || prefix(p, want))) ? 'yes' : 'no';
}

// "có đạt kế hoạch không", "did it meet the target": whether a rate against the plan reached it.
// Closed class: the verbs of reaching and the references of a plan.
const REACHED =
  /(?<![\p{L}])(?:đạt|dat|hoàn thành|hoan thanh|vượt|vuot|reach(?:ed)?|meet|met|achiev(?:e|ed)|fulfill?(?:ed)?|hit)\s+(?:[\p{L}\p{N}]+\s+){0,4}?(?:kế hoạch|ke hoach|chỉ tiêu|chi tieu|mục tiêu|muc tieu|dự toán|du toan|(?:its |the |their )?(?:target|plan|goal)s?)(?![\p{L}])/iu;
const OF_PLAN =
  /^\s*(?:so với\s+|so voi\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|ke hoach|chi tieu|muc tieu|du toan)/iu;

/** The yes/no question asks whether a plan or target was reached. */
export function asksPlanReached(text: string): boolean {
  return REACHED.test(text);
}

/**
 * Whether the article's rate against the plan ("đạt 80% kế hoạch năm", "đạt 108% kế hoạch")
 * reached it: "yes" at 100% or more, "no" below; null when the answer states no such rate.
 */
export function planVerdict(a: DocAnswer): Verdict | null {
  for (const l of a.lines) {
    const f = a.cand.records?.figures.find(
      (x) => x.unit === '%' && x.span.start === l.quote.start && x.value === l.amount,
    );
    if (!f || !OF_PLAN.test(a.cand.body.slice(f.at.end, f.at.end + 40))) continue;
    return f.value >= 100 ? 'yes' : 'no';
  }
  return null;
}
