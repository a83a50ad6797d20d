/**
 * The topic a question asks of a report's section ("nhiệm vụ gì về chuyển đổi số", read by
 * query/section-topic.ts) must be written by the sentences that answer it: a section's best
 * sentence about something else is no answer.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import { type SectionTopic, sectionTopic } from '../query/section-topic.ts';
import { fold, syllables } from '../text/normalize.ts';
import { syllablePairs } from '../text/phrase.ts';
import type { EvidenceQuery } from './evidence.ts';
import { ANSWER_OPTIONS } from './options.ts';

/**
 * The question asks a topic of a section and `text` does not write it (`minSectionTopicCoverage`).
 * An English topic with a word the glossary cannot render is unwritten when `untranslated` is
 * 'refuses'; with 'passes' it is left to the caller's own check of untranslated words.
 */
export function topicUnwritten(
  q: ParsedQuestion,
  text: string,
  eq: EvidenceQuery,
  untranslated: 'refuses' | 'passes' = 'refuses',
): boolean {
  const topic = sectionTopic(q.text, q.lang);
  if (topic === null || (untranslated === 'passes' && topic.untranslated.length > 0)) return false;
  return topicShare(topic, text, eq) < ANSWER_OPTIONS.minSectionTopicCoverage;
}

/**
 * Share of a section topic that `text` writes, by adjacent syllable pairs ("chuyển đổi" and "đổi
 * số" of "chuyển đổi số"), each pair counting the same: single syllables are written by any long
 * sentence ("chuyển đổi cơ cấu cây trồng", "một số xã"). An English topic's terms count one each,
 * a term written when all its pairs are. 0 when an English topic holds a word the glossary cannot
 * render (it cannot be checked).
 */
export function topicShare(topic: SectionTopic, text: string, eq: EvidenceQuery): number {
  if (topic.untranslated.length > 0) return 0;
  const form = (t: string) => (eq.folded ? fold(t) : t.toLowerCase());
  const said = syllables(form(text));
  if (topic.terms) {
    if (topic.terms.length === 0) return 1;
    const pairs = new Set(syllablePairs(said));
    const one = new Set(said);
    const written = (t: string) => {
      const w = syllables(form(t));
      return w.length < 2 ? one.has(w[0] ?? '') : syllablePairs(w).every((p) => pairs.has(p));
    };
    return topic.terms.filter(written).length / topic.terms.length;
  }
  const words = syllables(form(topic.words));
  // A one-syllable topic is matched as that syllable.
  const [asked, written] =
    words.length < 2 ? [words, new Set(said)] : [syllablePairs(words), new Set(syllablePairs(said))];
  return asked.length === 0 ? 1 : asked.filter((p) => written.has(p)).length / asked.length;
}
