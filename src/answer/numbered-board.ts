/**
 * A steering committee asked by its number ("Ban Chỉ đạo 389", "BCĐ 35", "Steering Committee 138")
 * is named by that number: an article that never writes it after a committee's head reports another
 * body's meeting, however much else it shares (the province, the period, the people). Without this,
 * "Did X attend the review of Gia Lai's Steering Committee 389?" was answered "Yes" from Steering
 * Committee 35's review. The question's committees are the numbered bodies the parser reads
 * (`query/entities.ts` `scanNumberedBodies`: "BCĐ 35", "bcd 35", "Steering Committee 35" → "Ban Chỉ
 * đạo 35"; a year is blanked before it, so "Ban Chỉ đạo 2023" names none).
 */
import type { ParsedQuestion } from '../query/parse.ts';
import type { Haystack } from './haystack.ts';

/** A steering committee among the question's names, in the parser's canonical spelling. */
const CANONICAL_BOARD = /^Ban Chỉ đạo (\d+)$/u;

/** The numbers of the steering committees `q` names ("35" for "BCĐ 35 tỉnh Gia Lai"). */
export function boardNumbersAsked(q: Pick<ParsedQuestion, 'entities'>): string[] {
  return [...new Set(q.entities.flatMap((e) => CANONICAL_BOARD.exec(e)?.[1] ?? []))];
}

/** The article writes steering committee `n` by its number ("Ban Chỉ đạo 35", "BCĐ 35", "BCĐ35"). */
export function writesBoard(hay: Haystack, n: string): boolean {
  return hay.has(`ban chi dao ${n}`) || hay.has(`bcd ${n}`) || hay.has(`bcd${n}`);
}

/** Whether an article (its text) writes every steering committee `q` names by number. */
export function boardsMet(q: Pick<ParsedQuestion, 'entities'>): (hay: Haystack) => boolean {
  const asked = boardNumbersAsked(q);
  return (hay) => asked.every((n) => writesBoard(hay, n));
}
