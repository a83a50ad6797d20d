/**
 * A list read from a report's sentences: a sentence that enumerates ("một số hạn chế như: A; B;
 * C", "Sở A …; các sở, ngành …") is split into its items, each stated on its own line and cited
 * with the item's own passage. The items are those of the sentences the answer already quotes (the
 * section's run, or the best evidence), so the list is exactly what the article says, in its order.
 */
import { splitSentences } from '../text/sentences.ts';
import { ANSWER_OPTIONS } from './options.ts';
import type { Line } from './render.ts';

/** Least number of letters an item holds: shorter pieces ("v.v.") belong to their neighbour. */
const MIN_ITEM_LETTERS = 6;

// An introducing colon ("như:", "trong đó:"), not a time ("10:15").
const COLON = /(?<!\d):(?!\d)/u;

/** The item spans of one sentence (`start`…`end` in `body`); the sentence itself when it lists nothing. */
export function itemSpans(body: string, start: number, end: number): { start: number; end: number }[] {
  const text = body.slice(start, end);
  const colon = COLON.exec(text);
  // Before an introducing colon is the lead ("hội nghị chỉ ra một số hạn chế như"), not an item.
  const from = colon && text.slice(colon.index + 1).includes(';') ? colon.index + 1 : 0;
  const out: { start: number; end: number }[] = [];
  let at = from;
  for (const piece of text.slice(from).split(';')) {
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim().replace(/[.;,…]+$/u, '');
    const letters = trimmed.replace(/[^\p{L}]/gu, '').length;
    const s = start + at + lead;
    if (letters >= MIN_ITEM_LETTERS) out.push({ start: s, end: s + trimmed.length });
    else if (out.length > 0 && trimmed.length > 0) out[out.length - 1]!.end = s + trimmed.length;
    at += piece.length + 1;
  }
  // One piece and no introducing colon: the sentence lists nothing, and is quoted whole.
  return out.length > 1 || (from > 0 && out.length > 0) ? out : [{ start, end }];
}

// An item naming a body, place or person: it opens with a capital ("Ủy ban MTTQ xã Ngọc Thanh về …",
// "Hội Nông dân huyện tham luận …"), after any dash or bullet.
const NAMED_ITEM = /^[\s\-–•*]*\p{Lu}/u;

/**
 * `quote` widened to its whole sentence when it is the sentence's first clause and every later
 * clause is a named item ("nghe tham luận của Ủy ban MTTQ phường A về …; Ủy ban MTTQ xã B về …;
 * Hội Nông dân thành phố về …"): the evidence step quoted the clause that writes the question's
 * words, but the list it asks goes on in the clauses after it. Otherwise `quote` as it is.
 */
export function enumerationOf(
  body: string,
  quote: { start: number; end: number },
  sentences: readonly { start: number; end: number }[],
): { start: number; end: number } {
  const sentence = sentences.find((s) => s.start <= quote.start && quote.end <= s.end);
  if (!sentence || quote.end >= sentence.end || body.slice(sentence.start, quote.start).trim() !== '')
    return quote;
  const items = itemSpans(body, sentence.start, sentence.end);
  const later = items.filter((i) => i.start >= quote.end);
  if (later.length === 0 || !later.every((i) => NAMED_ITEM.test(body.slice(i.start, i.end)))) return quote;
  return { start: sentence.start, end: sentence.end };
}

/**
 * The answer's quoted sentences as list items: each quote line becomes one line per item of its
 * sentence; labelled lines (a role, a date) are kept as they are. At most
 * `ANSWER_OPTIONS.maxListItems` items; the last one counts the rest.
 */
export function itemize(body: string, lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let items = 0;
  let more = 0;
  let sentences: readonly { start: number; end: number }[] | undefined;
  for (const line of lines) {
    if (line.label !== null || line.value !== '') {
      out.push(line);
      continue;
    }
    more += line.more ?? 0;
    sentences ??= splitSentences(body);
    const quote = enumerationOf(body, line.quote, sentences);
    for (const span of itemSpans(body, quote.start, quote.end)) {
      if (items >= ANSWER_OPTIONS.maxListItems) {
        more++;
        continue;
      }
      out.push({ label: null, value: '', quote: span, item: true });
      items++;
    }
  }
  const last = out.findLast((l) => l.item);
  if (last && more > 0) last.more = more;
  return out;
}
