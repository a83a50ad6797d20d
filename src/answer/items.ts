/**
 * A list read from a report's sentences: a sentence that enumerates ("một số hạn chế như: A; B;
 * C", "Sở A …; các sở, ngành …") is split into its items, each stated on its own line and cited
 * with the item's own passage. The items are those of the sentences the answer already quotes (the
 * section's run, or the best evidence), so the list is exactly what the article says, in its order.
 */
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

/**
 * The answer's quoted sentences as list items: each quote line becomes one line per item of its
 * sentence; labelled lines (a role, a date) are kept as they are. At most
 * `ANSWER_OPTIONS.maxListItems` items; the last one counts the rest.
 */
export function itemize(body: string, lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let items = 0;
  let more = 0;
  for (const line of lines) {
    if (line.label !== null || line.value !== '') {
      out.push(line);
      continue;
    }
    more += line.more ?? 0;
    for (const span of itemSpans(body, line.quote.start, line.quote.end)) {
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
