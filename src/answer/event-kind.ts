/**
 * Events a question may date that are not the meeting reported: a party congress ("Đại hội Đảng bộ
 * xã … lần thứ I diễn ra vào ngày nào?") recalled in a review's body. Asked of an article whose own
 * meeting is no such event, the date is the one of a sentence naming the event, never the
 * meeting's: "diễn ra", "held" ask an event's date, not necessarily the meeting's.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import { fold, syllables } from '../text/normalize.ts';
import { runAt } from '../text/phrase.ts';

/**
 * Kinds of event other than the report's meeting that a question dates by name. Closed: the
 * congresses of the Party and the mass organisations (English "congress" is glossed to it).
 */
const EVENT_KINDS = ['đại hội'].map((k) => syllables(fold(k)));

/**
 * Words before an event kind that make it a topic, not the event: "Nghị quyết Đại hội", "chào
 * mừng Đại hội", "công tác chuẩn bị Đại hội". Closed.
 */
const TOPIC_BEFORE = ['nghị quyết', 'chào mừng', 'hướng tới', 'văn kiện', 'chuẩn bị', 'tiến tới'].map((w) =>
  syllables(fold(w)),
);

/** The event kinds `text` names as events (folded, space-joined), not as topics. */
export function namedEvents(text: string): string[] {
  const words = syllables(fold(text));
  const out: string[] = [];
  for (const kind of EVENT_KINDS) {
    for (let i = 0; i < words.length; i++) {
      if (!runAt(words, kind, i)) continue;
      const topic = TOPIC_BEFORE.some((t) => i >= t.length && runAt(words, t, i - t.length));
      if (!topic) {
        out.push(kind.join(' '));
        break;
      }
    }
  }
  return out;
}

/** The event kind a question dates by name (folded), or null. English reads its glossary renderings. */
export function askedEvent(q: ParsedQuestion): string | null {
  return namedEvents(q.lang === 'en' ? q.terms.join(' ') : q.text)[0] ?? null;
}
