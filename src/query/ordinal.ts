/**
 * Meeting ordinals: "Hội nghị lần thứ ba" → 3, "lần thứ hai mươi tư" → 24, "kỳ họp thứ 7" → 7,
 * "the 24th plenum" → 24. Weekday names ("Thứ hai") are not read: an ordinal needs "lần"/a meeting noun.
 */
import { allMatches, alt, type Span, word } from './match.ts';
import {
  EN_ORDINAL_SOURCE,
  parseEnOrdinal,
  parseRoman,
  parseViNumberWords,
  VI_NUMBER_WORDS,
} from './numbers.ts';

const NUM_WORD = `(?:${alt(VI_NUMBER_WORDS)})`;
const VI_ORDINAL = word(
  `(?:lần|(?:hội nghị|kỳ họp|phiên họp|phiên|đại hội|hội nghị ban chấp hành)(?: lần)?) thứ (\\d{1,3}|[ivxlc]{1,7}|${NUM_WORD}(?: ${NUM_WORD}){0,2})`,
);
const VI_BARE = word('(?<!\\d\\s*)lần (\\d{1,3})(?![\\d/.,])');
const EN_NUMERIC = word('(\\d{1,3})(?:st|nd|rd|th)');
const EN_WORD = word(
  `(${EN_ORDINAL_SOURCE}) (?:plenum|plenary|meeting|conference|session|congress|sitting|executive committee|party congress|time|review)`,
);

/** One ordinal found in a text and where it is. */
export interface OrdinalHit {
  value: number;
  span: Span;
}

function viValue(m: RegExpExecArray): OrdinalHit | null {
  const arg = m[1]!;
  const argAt = m.index + m[0].length - arg.length;
  let end = m.index + m[0].length;
  let value: number | null = null;
  if (/^\d+$/.test(arg)) value = Number(arg);
  else if (/^[ivxlc]+$/.test(arg)) value = parseRoman(arg);
  else {
    const words = [...arg.matchAll(/[\p{L}]+/gu)];
    const parsed = parseViNumberWords(words.map((w) => w[0]));
    if (parsed) {
      value = parsed.value;
      const last = words[parsed.used - 1]!;
      end = argAt + last.index + last[0].length;
    }
  }
  // Only the number is masked: the meeting words before it stay searchable.
  return value !== null && value > 0 ? { value, span: { start: argAt, end } } : null;
}

/** Every meeting ordinal in `low` (lower-cased, time expressions already blanked), in text order. */
export function scanOrdinals(low: string): OrdinalHit[] {
  const hits: OrdinalHit[] = [];
  const taken = (s: Span): boolean => hits.some((h) => s.start < h.span.end && s.end > h.span.start);
  for (const m of allMatches(VI_ORDINAL, low)) {
    const h = viValue(m);
    if (h) hits.push(h);
  }
  for (const re of [VI_BARE, EN_NUMERIC]) {
    for (const m of allMatches(re, low)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (Number(m[1]) > 0 && !taken(span)) hits.push({ value: Number(m[1]), span });
    }
  }
  for (const m of allMatches(EN_WORD, low)) {
    const v = parseEnOrdinal(m[1]!);
    const span = { start: m.index, end: m.index + m[1]!.length };
    if (v !== null && !taken(span)) hits.push({ value: v, span });
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

/** The first meeting ordinal in `low` (see `scanOrdinals`) and its span, for masking. */
export function scanOrdinal(low: string): { value: number | null; spans: Span[] } {
  const first = scanOrdinals(low)[0];
  return first ? { value: first.value, spans: [first.span] } : { value: null, spans: [] };
}
