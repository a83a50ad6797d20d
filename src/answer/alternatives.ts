/**
 * A yes/no claim that picks one of a closed set of alternatives ("… kỷ luật khiển trách đối với
 * BTV Đảng ủy xã Cẩm Sơn đúng không?" — khiển trách, cảnh cáo, cách chức, khai trừ; "… tăng so với
 * cùng kỳ?" — tăng, giảm): the clause of the best article
 * that speaks of the claim's subject decides. It names the claimed alternative: "Đúng"; it names
 * another of the set: "Không", quoting it. A clause naming none says nothing, and a clause naming
 * both decides nothing ("khiển trách 12, cảnh cáo 5").
 */
import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { CLAIM_FRAME_SYLLABLES, isClaimFrame, YES_NO_TAIL_VI } from '../query/yesno-cues.ts';
import { DISCIPLINE_FORMS } from '../records/vocab.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { runStarts } from '../text/phrase.ts';
import { splitSentences } from '../text/sentences.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import { CLAIM_COVERAGE, outOfTime } from './claims.ts';
import { contentCoverage, prepareEvidenceQuery } from './evidence.ts';
import type { DocAnswer } from './render.ts';
import type { Verdict } from './verify.ts';

/**
 * The closed sets, each member with its Vietnamese and English spellings. Closed: the Party's
 * disciplinary forms, the direction of a change, the two kinds of commendation. Whether a plan was
 * met is not here: "đạt 85% kế hoạch" writes "đạt" and meets nothing (claims.ts reads the rate).
 */
/** The direction of a change: its question asks the change's figure. */
const DIRECTION: readonly { key: string; forms: readonly string[] }[] = [
  { key: 'giảm', forms: ['giảm', 'fell', 'fall', 'decreased', 'decrease', 'declined', 'dropped', 'lower'] },
  { key: 'tăng', forms: ['tăng', 'rose', 'rise', 'increased', 'increase', 'grew', 'higher'] },
];

const SETS: readonly (readonly { key: string; forms: readonly string[] }[])[] = [
  DISCIPLINE_FORMS,
  DIRECTION,
  [
    { key: 'bằng khen', forms: ['bằng khen', 'certificate of merit', 'certificates of merit'] },
    { key: 'giấy khen', forms: ['giấy khen', 'certificate of commendation', 'certificates of commendation'] },
  ],
];

/** Syllables after "tăng" that make it another word ("tăng cường", "tăng trưởng"), folded. */
const TANG_COMPOUNDS = new Set(['cuong', 'truong']);

const spaced = (text: string): string[] => syllables(fold(text));

/** Where the folded syllables of `form` start in `words` (whole syllables), skipping "tăng" compounds. */
function findForm(words: readonly string[], form: string): number[] {
  const f = spaced(form);
  const compound = (i: number): boolean =>
    f.length === 1 && f[0] === 'tang' && TANG_COMPOUNDS.has(words[i + 1] ?? '');
  return runStarts(words, f).filter((i) => !compound(i));
}

/** The members of `set` a text names, each once; a shorter form inside a longer one found is not counted. */
function membersNamed(set: (typeof SETS)[number], text: string): string[] {
  const words = spaced(text);
  const taken = new Set<number>();
  const named: string[] = [];
  for (const m of set)
    for (const form of m.forms)
      for (const at of findForm(words, form)) {
        const span = spaced(form).map((_, k) => at + k);
        if (span.some((i) => taken.has(i))) continue;
        for (const i of span) taken.add(i);
        if (!named.includes(m.key)) named.push(m.key);
      }
  return named;
}

/** The set and member a yes/no question claims, with the member's syllables (to set aside), or null. */
function claimed(text: string): { set: (typeof SETS)[number]; key: string; words: string[] } | null {
  for (const set of SETS) {
    const named = membersNamed(set, text);
    if (named.length !== 1) continue;
    const key = named[0] as string;
    const words = set.find((m) => m.key === key)?.forms.flatMap(spaced) ?? [];
    return { set, key, words };
  }
  return null;
}

/**
 * "… kỷ luật bằng hình thức gì?", "what form of discipline": the question asks which member of a
 * closed set, so a sentence naming one answers it before one that names none.
 */
const MEMBER_ASKED =
  /(?<![\p{L}])(?:hình thức (?:kỷ luật )?(?:gì|nào)|hinh thuc (?:ky luat )?(?:gi|nao)|(?:what|which) (?:form|kind) of (?:discipline|disciplinary)|what disciplinary|(?:what|which) (?:(?:was|were|is) the )?(?:penalty|penalties|sanction|sanctions))(?![\p{L}])/iu;

/** The question asks which member of a closed set (a form of discipline). */
export function asksMember(question: string): boolean {
  return MEMBER_ASKED.test(question);
}

/** `sentence` names a member of the closed sets. */
export function namesMember(sentence: string): boolean {
  return SETS.some((set) => membersNamed(set, sentence).length > 0);
}

/**
 * The verdict a sentence gives the closed-set claim of a yes/no question: "no" when it names
 * another member only ("giảm 8 trường hợp" against a claimed "tăng"), "yes" when it names the
 * claimed one only, null when the question claims no member or the sentence decides nothing.
 */
export function sentenceVerdict(question: string, sentence: string): Verdict | null {
  const claim = claimed(question);
  return claim ? verdictIn(claim, sentence) : null;
}

/** "yes" when `text` names the claimed member only, "no" when another only, null otherwise. */
function verdictIn(claim: { set: (typeof SETS)[number]; key: string }, text: string): Verdict | null {
  const named = membersNamed(claim.set, text);
  if (named.length !== 1) return null;
  return named[0] === claim.key ? 'yes' : 'no';
}

/** "Đúng"/"Không" from the clause of the best article that speaks of what the claim is about; null when none decides. */
export function verifyAlternative(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): { answer: DocAnswer; verdict: Verdict } | null {
  const claim = claimed(q.text);
  if (!claim) return null;
  // "… tăng so với cùng kỳ không?" asks the change the article states: a yes/no frame alone asks
  // nothing the figures answer, so the direction's question is the change's "how much".
  const plain: ParsedQuestion =
    claim.set === DIRECTION
      ? {
          ...q,
          // Without its yes/no tail ("… dung khong"), which no sentence of a change writes.
          text: q.text.replace(YES_NO_TAIL_VI, ''),
          asks: new Set(['howmany']),
          // "so với cùng kỳ" is the change's own reference, not a second figure to compare.
          target: {
            ...q.target,
            yesNo: false,
            compare: false,
            figure: 'change',
            target: { kind: 'figure', figure: 'change' },
          },
        }
      : { ...q, target: { ...q.target, yesNo: false } };
  // The claimed alternative is what is checked, not a word the article must hold: a false one
  // would otherwise weigh against the very article that states the true one.
  const claimWords = new Set(claim.words);
  const idf = new Map([...retrieval.keyword.idf].filter(([t]) => !claimWords.has(fold(t))));
  const without = { ...retrieval, keyword: { ...retrieval.keyword, idf } };
  // A change's question needs its direction word to find the change at all (either direction's
  // sentence answers it, so the claimed one does not weigh against the other); the yes/no frame's
  // words ("có đúng là … không") are asked of no sentence.
  const frameless = new Map([...retrieval.keyword.idf].filter(([t]) => !isClaimFrame(t)));
  const changeAsked = { ...retrieval, keyword: { ...retrieval.keyword, idf: frameless } };
  const a = selectAnswers(reader, claim.set === DIRECTION ? changeAsked : without, plain, opts)[0];
  if (!a) return null;
  const eq = prepareEvidenceQuery(q, idf, null);
  const ignore = new Set([...eq.ignore, ...CLAIM_FRAME_SYLLABLES, ...claim.words]);
  const own = { ...eq, ignore };
  let best: { start: number; end: number; cover: number } | null = null;
  for (const s of splitSentences(a.cand.body)) {
    // Clauses of a sentence: "cảnh cáo đối với BTV Đảng ủy xã Cẩm Sơn …; khiển trách đồng chí …".
    let from = s.start;
    for (const part of a.cand.body.slice(s.start, s.end).split(';')) {
      // A clause that names no member of the set cannot decide the claim, however well it covers it.
      if (membersNamed(claim.set, part).length === 0) {
        from += part.length + 1;
        continue;
      }
      const cover = contentCoverage(part, own, a.cand.doc.title);
      // The quote starts at the clause's first word, past the space after the ';'.
      const lead = part.length - part.trimStart().length;
      if (!best || cover > best.cover) best = { start: from + lead, end: from + part.length, cover };
      from += part.length + 1;
    }
  }
  // The clause must bear out the rest of the claim as a stated claim's sentence does (`CLAIM_COVERAGE`).
  if (!best || best.cover < CLAIM_COVERAGE) return null;
  const verdict = verdictIn(claim, a.cand.body.slice(best.start, best.end));
  if (verdict === null) return null;
  // A "no" said about a meeting of another year than the asked one would be about another meeting.
  if (verdict === 'no' && outOfTime(a, q)) return null;
  return {
    answer: { ...a, lines: [{ label: null, value: '', quote: { start: best.start, end: best.end } }] },
    verdict,
  };
}
