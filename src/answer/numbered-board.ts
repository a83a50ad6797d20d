/**
 * A steering committee asked by its number ("Ban Chỉ đạo 389", "BCĐ 35", "Steering Committee 138")
 * is named by that number: an article that never writes it after a committee's head reports another
 * body's meeting, however much else it shares (the province, the period, the people). Without this,
 * "Did X attend the review of Gia Lai's Steering Committee 389?" was answered "Yes" from Steering
 * Committee 35's review.
 */
import { fold } from '../text/normalize.ts';
import type { Haystack } from './haystack.ts';

/** A committee's head and its number, on folded text; a four-digit number is a year, not a name. */
const NUMBERED_BOARD = /(?<!\p{L})(?:ban chi dao|bcd|steering committee|steering board)\s*(\d{2,3})(?!\d)/gu;

/** The numbers of the steering committees `question` names ("35" for "BCĐ 35 tỉnh Gia Lai"). */
export function boardNumbersAsked(question: string): string[] {
  const text = fold(question);
  return [...new Set([...text.matchAll(NUMBERED_BOARD)].map((m) => m[1] as string))];
}

/** The article writes steering committee `n` by its number ("Ban Chỉ đạo 35", "BCĐ 35", "BCĐ35"). */
export function writesBoard(hay: Haystack, n: string): boolean {
  return hay.has(`ban chi dao ${n}`) || hay.has(`bcd ${n}`) || hay.has(`bcd${n}`);
}

/** Whether an article (its text) writes every steering committee `question` names by number. */
export function boardsMet(question: string): (hay: Haystack) => boolean {
  const asked = boardNumbersAsked(question);
  return (hay) => asked.every((n) => writesBoard(hay, n));
}
