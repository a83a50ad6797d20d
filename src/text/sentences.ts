/**
 * Vietnamese sentence spans. A sentence ends at a line break or at . ! ? … followed by a space
 * and a non-lowercase letter; abbreviations (TP., ThS., GS.TS, v.v.), initials and numbers
 * (1.300, 98,8%, 31-3-2021, 19-NQ/TU) never end one.
 */

/** A half-open span `[start, end)` of the text, trimmed of whitespace. */
export interface Span {
  start: number;
  end: number;
}

// Lower-cased tokens written with a final dot that does not end the sentence.
const ABBREVIATIONS = new Set([
  'tp',
  'tx',
  'tt',
  'ths',
  'th.s',
  'ts',
  'ts.bs',
  'gs',
  'pgs',
  'gs.ts',
  'pgs.ts',
  'gs.tskh',
  'tskh',
  'bs',
  'bsckii',
  'bscki',
  'ks',
  'cn',
  'ls',
  'nxb',
  'nsnd',
  'nsưt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'v.v',
  'vv',
  'tr',
  'đ/c',
]);

const TERMINATOR = /[.!?…]/u;
const CLOSER = /["'”’»)\]]/u;
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** True when the single dot at `dot` belongs to an abbreviation or an initial. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !isSpace(text[s - 1]) && text[s - 1] !== '(' && text[s - 1] !== '“') s--;
  const token = text.slice(s, dot);
  if (ABBREVIATIONS.has(token.toLowerCase())) return true;
  // An initial ("Nguyễn V. An") or dotted initials ("P.V", "T.Ư").
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(token);
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Split text into sentence spans, in order, covering every non-whitespace character once. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let segStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      pushTrimmed(text, out, segStart, i);
      segStart = i + 1;
      continue;
    }
    if (!TERMINATOR.test(c)) continue;
    let k = i;
    while (k < n && TERMINATOR.test(text[k]!)) k++;
    const runIsSingleDot = k === i + 1 && c === '.';
    while (k < n && CLOSER.test(text[k]!)) k++;
    if (k < n && !isSpace(text[k])) {
      i = k - 1;
      continue;
    }
    let next = k;
    while (next < n && (text[next] === ' ' || text[next] === '\t')) next++;
    const nextChar = text[next];
    const lineEnds = next >= n || nextChar === '\n' || nextChar === '\r';
    if (!lineEnds && /\p{Ll}/u.test(nextChar!)) {
      i = k - 1;
      continue;
    }
    if (runIsSingleDot && !lineEnds && isAbbreviationDot(text, i)) {
      i = k - 1;
      continue;
    }
    pushTrimmed(text, out, segStart, k);
    segStart = k;
    i = k - 1;
  }
  pushTrimmed(text, out, segStart, n);
  return out;
}
