/**
 * A place the question names counts as written by an article that is about it by the gazetteer:
 * a district's report that never names its province ("Huyện ủy Bảo Yên …") still speaks to
 * "những địa phương nào của tỉnh Lào Cai", so the province's words are not missing from it when
 * the question's words are weighed against the article (`termSupport`).
 */

import type { ParsedQuestion } from '../query/parse.ts';
import type { DocPlaces } from '../records/bundle.ts';
import { placeFit } from './places.ts';

/** `text` followed by the written forms of the question's places that are the article's own. */
export function withOwnPlaces(text: string, q: ParsedQuestion, doc: DocPlaces | undefined): string {
  if (!doc || q.places.length === 0) return text;
  const own = q.places.filter((p) => placeFit(p, doc) === 'own').map((p) => p.surface);
  return own.length > 0 ? `${text}\n${own.join('\n')}` : text;
}
