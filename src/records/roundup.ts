/**
 * Weekly roundups ("Điểm tin hoạt động nổi bật trong tuần", "Điểm tin tuần từ ngày 18 đến 24/8"):
 * one article, several meetings, each under a headline line of its own. Their headlines name the
 * meetings as an article's headline does, so place linking (bundle.ts) and the answer's checks of
 * what names the meeting (answer/headline.ts) read them beside the article's own.
 */

/** Words of a roundup's headline. Closed class: the roundup words of portals. */
const ROUNDUP_TITLE =
  /(?<![\p{L}])(?:điểm tin|tin tuần|tin tổng hợp|trong tuần|tuần từ ngày|tuần qua)(?![\p{L}])/iu;
/** Fewest and most words of an item's headline line. */
const MIN_ITEM_WORDS = 3;
const MAX_ITEM_WORDS = 25;
/** A line ending as a sentence (or a lead-in) is prose, not a headline. */
const SENTENCE_END = /[.!?…:;]\s*$/u;

/** Whether an article's headline is a roundup's. */
export const isRoundup = (title: string): boolean => ROUNDUP_TITLE.test(title);

/**
 * Spans of the lines of `text` from offset `from` on that are written as headlines (a few words, no
 * final stop): the items of a roundup. Empty unless `title` is a roundup's.
 */
export function itemHeadlines(title: string, text: string, from = 0): { start: number; end: number }[] {
  if (!isRoundup(title)) return [];
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (start < from) continue;
    const words = line.trim().split(/\s+/u).filter(Boolean).length;
    if (words < MIN_ITEM_WORDS || words > MAX_ITEM_WORDS || SENTENCE_END.test(line)) continue;
    out.push({ start, end: start + line.length });
  }
  return out;
}
