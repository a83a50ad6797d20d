/**
 * Greetings and thanks: a message that is nothing but "xin chào", "cảm ơn bot nhé", "hi", "thanks!"
 * deserves a short friendly reply and a tip, not a cited quote that happens to contain "chào".
 * Matching is on the folded text (no diacritics, lower case) of the whole message, so a question
 * that merely starts with a greeting ("Chào bạn, ai chủ trì…?") is still answered as a question.
 */
import { fold } from '../text/normalize.ts';

export type SmallTalk = { kind: 'greeting' | 'thanks'; lang: 'vi' | 'en' };

/** Words that may surround a greeting or thanks without making it a question. */
const FILLER = new Set(
  'a ah a oi oi nhe nha nhe ha ban bot em anh chi ad admin nhieu lam rat nhe nhe a ve nhe so much very lot a lot everyone all there you'.split(
    ' ',
  ),
);
const VI_GREETING = ['xin chao', 'chao', 'alo', 'chao buoi sang', 'chao buoi chieu', 'chao buoi toi'];
const EN_GREETING = ['hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening', 'greetings'];
const VI_THANKS = ['cam on', 'xin cam on', 'ok cam on', 'da cam on'];
const EN_THANKS = ['thanks', 'thank you', 'thank', 'thx', 'tks', 'ty', 'many thanks', 'cheers', 'ok thanks'];
/** Longer messages are questions, whatever words they start with. */
const MAX_WORDS = 6;

/** The small talk a message is, or null when it is (or may be) a question. */
export function smallTalk(text: string): SmallTalk | null {
  const words = fold(text.toLowerCase())
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const core = words.filter((w) => !FILLER.has(w)).join(' ');
  const is = (list: readonly string[]) => list.includes(core);
  if (is(EN_GREETING)) return { kind: 'greeting', lang: 'en' };
  if (is(VI_GREETING)) return { kind: 'greeting', lang: 'vi' };
  if (is(EN_THANKS)) return { kind: 'thanks', lang: 'en' };
  if (is(VI_THANKS)) return { kind: 'thanks', lang: 'vi' };
  return null;
}
