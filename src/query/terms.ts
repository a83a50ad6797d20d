/**
 * Search terms and phrases for the keyword index. Vietnamese questions give their own content
 * syllables; English questions give the Vietnamese renderings of the glossary phrases they contain,
 * because the corpus is Vietnamese. Every term is a run of letters and digits, so no user text can
 * form search-engine syntax.
 */
import { fold, syllables } from '../text/normalize.ts';
import { findGlossaryTerms } from './glossary.ts';
import { type Collocations, compoundAt, FILLERS, index, isStopToken, VI_STOP } from './lexicon.ts';
import { type Span, type Token, tokenIs } from './match.ts';
import { romanOf } from './numbers.ts';
import { PARTY_BODY_EN } from './units.ts';

/** At most this many terms and phrases are returned, so that a pasted essay cannot make a huge query. */
export const MAX_TERMS = 64;
export const MAX_PHRASES = 32;

/** What `buildSearchTerms` needs from the rest of the parse. */
export interface TermInput {
  tokens: readonly Token[];
  low: string;
  lang: 'vi' | 'en';
  folded: boolean;
  entities: readonly string[];
  /** The places the question names, as written: their syllables are no English words either. */
  placeNames?: readonly string[];
  periods: readonly string[];
  years: readonly number[];
  numbers: readonly string[];
  unitPhrases: readonly string[];
  /** Meeting ordinal: searched as a number, whatever words the question spelt it with. */
  ordinal: number | null;
  /** Spans whose tokens are not terms (the ordinal's number words). */
  skip: readonly Span[];
  /** Years inside dates, months and terms; English questions search on them. */
  otherYears: readonly number[];
  /** Collocations learned from the indexed text: runs of them become phrases. */
  collocations?: Collocations;
}

/** The English noun of a body's members, alone. */
const MEMBERS_EN = /^members?$/u;

// Period words too common to search on their own; they still match inside the period phrase.
const PERIOD_FILLER = new Set(['thang', 'nam', 'dau', 'cuoi']);

const FILLER_INDEX = index(FILLERS);

function fillerMask(tokens: readonly Token[]): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  tokens.forEach((first, i) => {
    for (const words of FILLER_INDEX.get(first.fold) ?? []) {
      if (words.every((w, k) => tokens[i + k] !== undefined && tokenIs(tokens[i + k]!, w))) {
        for (let k = 0; k < words.length; k++) mask[i + k] = true;
      }
    }
  });
  return mask;
}

/** Where the question's entities (names) stand in its lower-cased text. */
function nameSpans(low: string, entities: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const e of entities) {
    const needle = e.toLowerCase();
    if (needle === '') continue;
    for (let at = low.indexOf(needle); at >= 0; at = low.indexOf(needle, at + needle.length))
      out.push({ start: at, end: at + needle.length });
  }
  return out;
}

/** Vietnamese syllables for a normalised period (`2020-Q3` → `quý III 2020`), to match however articles spell it. */
export function periodWords(period: string): string[][] {
  const m = /^(?:(\d{4})-)?(Q[1-4]|H[12]|9M)$|^(\d{4})$/.exec(period);
  if (!m) return [];
  if (m[3]) return [['tổng', 'kết'], [m[3]]];
  const year = m[1] ? [[m[1]]] : [];
  const kind = m[2]!;
  if (kind.startsWith('Q')) return [['quý', romanOf(Number(kind[1])).toLowerCase()], ...year];
  if (kind === 'H1') return [['6', 'tháng', 'đầu', 'năm'], ...year];
  if (kind === 'H2') return [['6', 'tháng', 'cuối', 'năm'], ...year];
  return [['9', 'tháng'], ...year];
}

/** Lower-case search terms and multi-syllable phrases for a parsed question. */
export function buildSearchTerms(input: TermInput): { terms: string[]; phrases: string[][] } {
  const terms: string[] = [];
  const phrases: string[][] = [];
  const addPhrase = (words: readonly string[]): void => {
    if (words.length >= 2 && words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))) phrases.push([...words]);
  };
  const render = (w: string): string => (input.folded ? fold(w) : w);

  if (input.lang === 'vi') {
    const { tokens } = input;
    const filler = fillerMask(tokens);
    const skipped = (t: Token): boolean => input.skip.some((s) => t.start < s.end && t.end > s.start);
    tokens.forEach((t, i) => {
      if (!filler[i] && !isStopToken(t) && !skipped(t)) terms.push(t.low);
    });
    for (let i = 0; i < tokens.length; ) {
      const n = compoundAt(tokens, i, input.collocations);
      if (n >= 2) {
        addPhrase(tokens.slice(i, i + n).map((t) => t.low));
        i += n;
      } else i++;
    }
  } else {
    // A name's syllables are never English words to render ("Tri Ton" is no "ton", tấn).
    const names = nameSpans(input.low, [...input.entities, ...(input.placeNames ?? [])]);
    const partyMembers = PARTY_BODY_EN.test(input.low);
    for (const g of findGlossaryTerms(input.low)) {
      // A question matched folded searches the name's own syllables instead ("ha" of "Ha Nam");
      // one matched as marked has its places checked as units, not as words.
      if (names.some((n) => g.start >= n.start && g.end <= n.end)) {
        if (input.folded) terms.push(...syllables(input.low.slice(g.start, g.end)));
        continue;
      }
      // "Does the Party organisation of X have 1,689 members?": a Party body's members are Party members.
      const renderings =
        partyMembers && MEMBERS_EN.test(input.low.slice(g.start, g.end)) ? ['đảng viên'] : g.vi;
      for (const vi of renderings) {
        const words = syllables(vi);
        terms.push(...words.filter((w) => !VI_STOP.has(w)));
        addPhrase(words);
      }
    }
    for (const n of input.numbers) terms.push(...syllables(n));
    for (const y of input.otherYears) terms.push(String(y));
  }
  if (input.ordinal !== null) terms.push(String(input.ordinal));
  for (const e of input.entities) {
    const words = syllables(e);
    terms.push(...words);
    addPhrase(words);
  }
  for (const p of input.periods) {
    for (const words of periodWords(p)) {
      const r = words.map(render);
      if (r.length === 1) terms.push(r[0]!);
      else {
        addPhrase(r);
        terms.push(...r.filter((w) => !PERIOD_FILLER.has(fold(w))));
      }
    }
  }
  for (const y of input.years) terms.push(String(y));
  for (const u of input.unitPhrases) addPhrase(syllables(u));

  const seenPhrase = new Set<string>();
  return {
    terms: [...new Set(terms.filter((t) => /^[\p{L}\p{N}]+$/u.test(t)))].slice(0, MAX_TERMS),
    phrases: phrases
      .filter((p) => {
        const k = p.join(' ');
        if (seenPhrase.has(k)) return false;
        seenPhrase.add(k);
        return true;
      })
      .slice(0, MAX_PHRASES),
  };
}
