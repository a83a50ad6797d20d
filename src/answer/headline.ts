/**
 * What names an article's meeting: its headline and lead, and in a weekly roundup the headlines of
 * its items (records/roundup.ts). Checks that set the meeting's names aside from what a quoted
 * sentence must say read it from here, so a roundup's item ("Kỳ họp thứ 18 HĐND huyện Gia Bình")
 * names its meeting as an article's headline does.
 */
import { itemHeadlines } from '../records/roundup.ts';

/** The parts of a candidate it reads. */
interface Headed {
  doc: { title: string };
  body: string;
}

/** The headline, the first `leadChars` of the body and, in a roundup, its items' headlines. */
export function headlineOf(c: Headed, leadChars: number): string {
  return withItems(`${c.doc.title}\n${c.body.slice(0, leadChars)}`, c, leadChars);
}

/**
 * The headline and, in a roundup, its items' headlines: the names of every meeting the article
 * reports (a roundup's meeting record is only one of them).
 */
export function titlesOf(c: Headed): string {
  return withItems(c.doc.title, c, 0);
}

/** `head`, then the headlines of a roundup's items from offset `from` of the body, one per line. */
function withItems(head: string, c: Headed, from: number): string {
  const items = itemHeadlines(c.doc.title, c.body, from);
  return items.length === 0 ? head : `${head}\n${items.map((r) => c.body.slice(r.start, r.end)).join('\n')}`;
}
