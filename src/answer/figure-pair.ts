/**
 * Two figures asked in one question: "kết nạp bao nhiêu đảng viên mới và tổng số đảng viên là bao
 * nhiêu?", "thu ngân sách đạt bao nhiêu, bằng bao nhiêu phần trăm dự toán?". A figure target states
 * one figure; the other was left in the quote. The question is split at the clause break between
 * its two "bao nhiêu": the first part as asked, the second led by the first part's words up to its
 * last place (its subject, place and period), and each part is answered on its own. Both stated by the article that answers the whole question: its two figures, each with
 * its quote.
 */
import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { parseQuestion } from '../query/parse.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import { lineFigure } from './figure-time.ts';
import type { DocAnswer, Line } from './render.ts';
import { convertFigure } from './units.ts';

/** "bao nhiêu" as a question may write it (folded: the question may be typed bare). */
const HOW_MANY = /(?<![\p{L}])bao nhieu(?![\p{L}])/gu;
/** Words of a reporting period, folded: the second part keeps them. Closed class. */
const PERIOD_WORDS = new Set(['thang', 'nam', 'quy', 'dau', 'cuoi', 'ky']);
/** Clause breaks between two asks: a comma or semicolon, or "và" / "and" joining them. */
const ASK_BREAK = /\s*[,;]\s*(?:và\s+|va\s+)?|\s+(?:và|va)\s+/gu;

/**
 * The two figure questions of `q`, or null when it asks fewer or more than two "bao nhiêu" in one
 * Vietnamese figure question, or no clause break stands between them.
 */
export function figureParts(q: ParsedQuestion): [ParsedQuestion, ParsedQuestion] | null {
  if (q.lang !== 'vi' || q.target.target.kind !== 'figure' || q.target.compare || q.list) return null;
  const text = q.text.replace(/[?.!\s]+$/u, '');
  const folded = fold(text).toLowerCase();
  const asks = [...folded.matchAll(HOW_MANY)];
  if (asks.length !== 2) return null;
  const [first, second] = asks as [RegExpMatchArray, RegExpMatchArray];
  const from = (first.index ?? 0) + first[0].length;
  const to = second.index ?? 0;
  let cut: { at: number; end: number } | null = null;
  for (const m of folded.slice(from, to).matchAll(ASK_BREAK)) {
    const at = from + (m.index ?? 0);
    cut = { at, end: at + m[0].length };
  }
  if (!cut) return null;
  const a = text.slice(0, cut.at);
  // The first part up to its last place or period word leads the second: "Thu ngân sách … của
  // huyện Chiêm Hóa" + "bằng bao nhiêu phần trăm dự toán"; the first part's verb ("kết nạp") is not
  // the second's.
  const words = text.slice(0, first.index).trim().split(/\s+/u);
  const places = new Set(q.places.flatMap((p) => fold(p.surface).toLowerCase().split(/\s+/u)));
  const keeps = (w: string) => {
    const f = fold(w)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    return places.has(f) || /\p{N}/u.test(f) || PERIOD_WORDS.has(f);
  };
  let last = words.length - 1;
  while (last >= 0 && !keeps(words[last] ?? '')) last--;
  const lead = (last >= 0 ? words.slice(0, last + 1) : words).join(' ');
  const b = `${lead} ${text.slice(cut.end)}`;
  return [parseQuestion(`${a}?`), parseQuestion(`${b}?`)];
}

/**
 * Words of a share of a figure and of what it is a share of (folded): "đạt bao nhiêu phần trăm kế
 * hoạch năm", "bằng bao nhiêu % dự toán". Closed class.
 */
const SHARE_WORDS = new Set(
  'dat bang bao nhieu phan tram % ke hoach kh du toan chi tieu nam ty le so voi duoc la thi'.split(' '),
);

/** The second ask is a share made only of {@link SHARE_WORDS}: a share of the first figure. */
function asksShareOfFirst(text: string): boolean {
  const folded = fold(text)
    .toLowerCase()
    .replace(/[?.!\s]+$/u, '');
  const asks = [...folded.matchAll(HOW_MANY)];
  const second = asks[1];
  if (asks.length !== 2 || second?.index === undefined) return false;
  // The words of the second ask's clause: from the break before it to the end.
  const clauseStart = Math.max(
    folded.lastIndexOf(',', second.index),
    folded.lastIndexOf(' va ', second.index),
  );
  const words = folded
    .slice(Math.max(clauseStart, 0) + 1)
    .split(/[\s,]+/u)
    .filter(Boolean);
  return words.includes('%') || words.includes('phan')
    ? words.every((w) => w === 'va' || SHARE_WORDS.has(w))
    : false;
}

/**
 * A percentage stated after the first figure in its own sentence ("nâng tổng số 9 tháng lên 196
 * đảng viên, đạt 81,7% kế hoạch năm"), as a line of that sentence, or null.
 */
function shareBeside(answer: DocAnswer, first: Line, q: ParsedQuestion): Line | null {
  const figures = answer.cand.records?.figures ?? [];
  const own = lineFigure(answer.cand.records, first);
  const share = figures.find(
    (f) =>
      f.span.start === first.quote.start && f.unit === '%' && own !== undefined && f.at.start > own.at.start,
  );
  if (!share) return null;
  return { label: null, value: convertFigure(share, null, q.lang), quote: first.quote, amount: share.value };
}

/** The question's term weights for one part: only the terms that part writes. */
function partRetrieval(retrieval: Retrieval, part: ParsedQuestion): Retrieval {
  const own = new Set([...syllables(part.text.toLowerCase()), ...syllables(fold(part.text))]);
  const idf = new Map([...retrieval.keyword.idf].filter(([t]) => own.has(t)));
  return { ...retrieval, keyword: { ...retrieval.keyword, idf } };
}

/**
 * The article's answer to a two-figure question with both figures stated, each from the article's
 * answer to its own part; null when the question asks no two figures, or the article does not state
 * both (two different figures).
 */
export function pairFigures(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  answer: DocAnswer,
  opts: AnswerOptions,
): DocAnswer | null {
  const parts = figureParts(q);
  if (!parts) return null;
  const lines: Line[] = [];
  for (const part of parts) {
    // "… và đạt bao nhiêu phần trăm kế hoạch năm?": the share of the first figure, in its sentence.
    const share = lines[0] && asksShareOfFirst(q.text) ? shareBeside(answer, lines[0], q) : null;
    if (share) {
      lines.push(share);
      continue;
    }
    const own = selectAnswers(reader, partRetrieval(retrieval, part), part, opts).find(
      (a) => a.cand.doc.bodyHash === answer.cand.doc.bodyHash,
    );
    const line = own?.lines.find((l) => l.amount !== undefined);
    if (!line) return null;
    lines.push(line);
  }
  const [a, b] = lines as [Line, Line];
  const sameQuote = a.quote.start === b.quote.start && a.quote.end === b.quote.end;
  if (sameQuote && a.amount === b.amount) return null;
  // Both from one sentence ("đạt 71,6 tỷ đồng, bằng 84,3% dự toán"): one line, quoted once.
  return { ...answer, lines: sameQuote ? [{ ...a, value: `${a.value}; ${b.value}` }] : lines };
}
