/**
 * Near-misses made from page furniture: a "Tin khác" / "Tin liên quan" teaser of another article
 * ("• Bảo Yên: Trao 250 suất quà cho học sinh nghèo vượt khó (26/09/2022)") asked about as if it
 * were reported ("Bảo Yên trao bao nhiêu suất quà cho học sinh nghèo vượt khó?", "… vào ngày nào?").
 * A teaser is no source: the right reply is "not found" unless another article reports it. The
 * oracle: no article of the corpus writes the teaser's headline outside a teaser line.
 */

import { isEndMarker, isTeaserItem, stripBullet } from '../ingest/clean.ts';
import { fold } from '../text/normalize.ts';
import type { Mutation } from './mutations.ts';
import { foldedVariant } from './variants.ts';

/** Most teasers of one article asked about. */
const TEASERS_PER_ARTICLE = 12;
/** Words of a teaser's headline that must not be written elsewhere for it to count as unreported. */
const OPENING_WORDS = 6;
// The date a teaser ends with: "(26/09/2022)", "(Thứ hai, 04/07/2022)".
const TEASER_DATE = /\s*\((?:[^()]*,\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}\)\s*$/u;
// A count in a teaser ("Trao 250 suất quà"), not a year, a date or a quarter ("quý III/2024").
const FIRST_NUMBER = /(?<![\p{L}\d.,/])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*(?![\d/])/u;

// A teaser that opens with its place: "Bảo Yên: Trao 250 suất quà …" (the place, then the event).
const PLACE_COLON = /^(?:[-•»›\s]*)([^:]{2,30}?)\s*:\s*(\S.+)$/u;

/** `s` asking its first count ("Trao 250 suất quà" → "Trao bao nhiêu suất quà"), or null without one. */
function askingCount(s: string): string | null {
  const n = FIRST_NUMBER.exec(s);
  return n ? `${s.slice(0, n.index)}bao nhiêu${s.slice(n.index + n[0].length)}` : null;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const folded = (s: string): string => fold(s).toLowerCase().replace(/\s+/gu, ' ').trim();

/** The teaser headlines of an article: the items after its sidebar header, their dates dropped. */
export function teasersOf(text: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => isEndMarker(l));
  if (at < 0) return [];
  return lines
    .slice(at + 1)
    .filter((l) => isTeaserItem(l) || /^\s*[•»›-]/u.test(l))
    .map((l) =>
      stripBullet(l.trim())
        .replace(/^[»›]\s*/u, '')
        .replace(TEASER_DATE, '')
        .trim(),
    )
    .filter((t) => t.split(/\s+/u).length >= 5);
}

/** Lines of an article outside its sidebar (where a report, not a teaser, would write a headline). */
function reportedText(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => isEndMarker(l));
  return folded((at < 0 ? lines : lines.slice(0, at)).join(' '));
}

/**
 * The sidebar near-misses of one article: for each of its first {@link TEASERS_PER_ARTICLE} teasers
 * no article reports, when it happened and who chaired it (formal, chat, English), whether it
 * happened (formal, English), where (a teaser opening with its place), and, when it writes a
 * number, how many (formal, chat). A teaser opening with its place is also retold with the place
 * woven in (when, who, how many: `told`).
 */
export function sidebarQuestions(
  article: { id: string; text: string },
  texts: readonly string[],
): Mutation[] {
  const reported = texts.map(reportedText);
  const unreported = teasersOf(article.text).filter((t) => {
    const opening = folded(t).split(' ').slice(0, OPENING_WORDS).join(' ');
    return !reported.some((r) => r.includes(opening));
  });
  return unreported.slice(0, TEASERS_PER_ARTICLE).flatMap((t) => {
    const made = (q: string, to: string): Mutation => ({
      kind: 'sidebar',
      sourceId: article.id,
      q,
      from: t,
      to,
    });
    const out = [
      made(`${t} diễn ra vào ngày nào?`, 'formal'),
      made(`${folded(t)} ngay nao`, 'chat'),
      made(`When did "${foldedVariant(t)}" take place?`, 'en'),
      // Who led it, whether it happened, where: asked as a reader of the teaser would.
      made(`${t}: ai chủ trì?`, 'formal, who'),
      made(`${folded(t)} ai chu tri`, 'chat, who'),
      made(`Who chaired "${foldedVariant(t)}"?`, 'en, who'),
      made(`${t}, đúng không?`, 'formal, yes/no'),
      made(`Is it true that "${foldedVariant(t)}"?`, 'en, yes/no'),
    ];
    const [, place, event] = PLACE_COLON.exec(t) ?? [];
    if (event) out.push(made(`Địa phương nào ${lowerFirst(event)}?`, 'formal, where'));
    // The place woven into the sentence, as a reader retelling the teaser asks: "Khi nào Bảo Yên
    // trao 250 suất quà …?", "Ai chủ trì … tại Bảo Yên?".
    if (event && place) {
      const told = `${place} ${lowerFirst(event)}`;
      out.push(
        made(`Khi nào ${told}?`, 'formal, told'),
        made(`Ai chủ trì ${lowerFirst(event)} tại ${place}?`, 'formal, who, told'),
        made(`${folded(told)} luc nao`, 'chat, told'),
      );
      const count = askingCount(told);
      if (count) out.push(made(`${count}?`, 'formal, told'));
    }
    const asked = askingCount(t);
    if (asked) {
      out.push(made(`${asked}?`, 'formal'), made(folded(asked).replace('bao nhieu', 'bn'), 'chat'));
    }
    return out;
  });
}
