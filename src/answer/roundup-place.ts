/**
 * A roundup (one article, several meetings: records/roundup.ts) reports each meeting under its own
 * item, so the place a sentence is about is the one named last before it, not the article's. A
 * figure under another district's item is that district's: "2. Thường trực HĐND huyện Như Thanh họp
 * … Theo dự kiến, kỳ họp sẽ xem xét 7 dự thảo nghị quyết" answers nothing asked of Như Xuân.
 */
import { findPlaces } from '../place/find.ts';
import { sameOrContains } from '../place/relations.ts';
import type { Place, PlaceMention } from '../place/types.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { isRoundup } from '../records/roundup.ts';

/** Whether a mention names a unit of, or containing, one of the asked units. */
function namesAsked(m: PlaceMention, asked: readonly Place[]): boolean {
  return m.candidates.some((c) => asked.some((a) => sameOrContains(a, c) || sameOrContains(c, a)));
}

/**
 * The place (as written) a roundup's sentence is about when it is none of the asked ones: the last
 * district or commune named before `at` (a figure's offset, or a sentence's end). Null when the
 * article is no roundup, the question names no place that can only be a district or a commune, or
 * the last one named is an asked one (or lies within one, or contains one).
 */
export function roundupOtherPlace(q: ParsedQuestion, title: string, body: string, at: number): string | null {
  if (!isRoundup(title)) return null;
  // Asked of a province (or of a name that may be one: "bac ninh" typed bare), every item is in it.
  if (!q.places.some((p) => p.candidates.every((c) => c.level !== 'province'))) return null;
  const asked = q.places.flatMap((p) => p.candidates);
  let last: PlaceMention | undefined;
  for (const m of findPlaces(body.slice(0, at))) {
    if (m.candidates[0]?.level === 'province') continue;
    if (!last || m.start > last.start) last = m;
  }
  return last && !namesAsked(last, asked) ? last.surface : null;
}
