/**
 * The topic a question asks of a report's section: "Hội nghị X đề ra nhiệm vụ gì **về chuyển đổi
 * số**?", "hạn chế gì trong công tác **an toàn giao thông**", "What tasks **on digital
 * transformation** were set …", "shortcomings **in traffic safety**". A section answered about
 * another topic is no answer (answer/targets.ts checks the quoted sentences write the topic).
 *
 * Read by its marker only, right after the asked section word, so a question with no topic ("Hội
 * nghị X đề ra những nhiệm vụ gì?", "What shortcomings were pointed out at …") has none, however
 * its meeting is named.
 */
import { findGlossaryTerms } from './glossary.ts';
import { isEnglishFunctionWord } from './untranslated.ts';

/** Most words read as the topic. */
const MAX_TOPIC_WORDS = 6;

// Vietnamese: the section noun (a closed class: the report's section words), the question word,
// then "về" / "trong" / "đối với" / "liên quan đến", and the topic up to a linking word, a
// meeting word or the end. Written and folded.
const VI_SECTION_NOUN =
  '(?:nhiệm vụ|nhiem vu|giải pháp|giai phap|hạn chế|han che|khó khăn|kho khan|tồn tại|ton tai|vướng mắc|vuong mac|yếu kém|yeu kem|bất cập|bat cap|chỉ đạo|chi dao|kết luận|ket luan|yêu cầu|yeu cau|đề nghị|de nghi|kiến nghị|kien nghi)';
const VI_TOPIC = new RegExp(
  `${VI_SECTION_NOUN}\\s+(?:(?:gì|gi|nào|nao|j)\\s+)?(?:về|ve|trong(?!\\s+(?:tâm|tam|điểm|diem|yếu|yeu)(?![\\p{L}]))|đối với|doi voi|liên quan đến|lien quan den)\\s+(?:(?:công tác|cong tac|lĩnh vực|linh vuc|việc|viec|vấn đề|van de)\\s+)?(.+)$`,
  'iu',
);
/** Words that end a Vietnamese topic: links to the meeting, its body, place or time. Closed class. */
const VI_TOPIC_END =
  /^(?:của|cua|tại|tai|ở|o|được|duoc|đã|da|là|la|không|khong|ko|hội|hoi|cuộc|cuoc|kỳ|ky|quý|quy|năm|nam|tháng|thang|huyện|huyen|tỉnh|tinh|thị|thi|thành|thanh|xã|xa|ban|ubnd|hđnd|hdnd|đảng ủy|\d.*)$/iu;
// English: the section noun, then "on" / "in" / "regarding" / "about" / "concerning" / "for", and
// the topic up to a verb of the clause, a preposition of the meeting or the end.
const EN_TOPIC =
  /(?:tasks?|solutions?|limitations?|shortcomings?|weakness(?:es)?|difficult(?:y|ies)|problems?|obstacles?|challenges?|directions?|instructions?|proposals?|recommendations?)\s+(?:on|in|regarding|about|concerning|for|related to)\s+(.+)$/iu;
const EN_TOPIC_END =
  /^(?:were|was|did|does|do|has|have|had|are|is|at|during|that|which|of|from|by|raised|set|noted|pointed|mentioned|identified)$/iu;

const QUESTION_WORD = /^(?:gì|gi|nào|nao|j|what|which)$/iu;

/** A section's topic: its words as asked, and whether they could all be rendered for a Vietnamese text. */
export interface SectionTopic {
  /** The topic as Vietnamese words (an English one through the glossary). */
  words: string;
  /** Content words of an English topic the glossary cannot render (never checkable). */
  untranslated: string[];
  /**
   * An English topic's rendered terms, each checked on its own: English puts a modifier before its
   * noun, Vietnamese after it, so syllables of two terms side by side are no phrase.
   */
  terms?: string[];
}

/** The topic the question asks of a section, or null when it names none. */
export function sectionTopic(text: string, lang: 'vi' | 'en'): SectionTopic | null {
  const clean = text.replace(/[?!.…]+\s*$/u, '');
  const m = (lang === 'vi' ? VI_TOPIC : EN_TOPIC).exec(clean);
  if (!m?.[1]) return null;
  const end = lang === 'vi' ? VI_TOPIC_END : EN_TOPIC_END;
  const words: string[] = [];
  for (const w of m[1].split(/[\s,;:]+/u).filter(Boolean)) {
    // "hạn chế trong những lĩnh vực nào": the words lead to the question word, so they are what
    // is asked, not a topic.
    if (QUESTION_WORD.test(w)) return null;
    if (end.test(w) || words.length >= MAX_TOPIC_WORDS) break;
    words.push(w);
  }
  if (words.length === 0) return null;
  const topic = words.join(' ');
  if (lang === 'vi') return { words: topic, untranslated: [] };
  const low = topic.toLowerCase();
  const found = findGlossaryTerms(low);
  let rest = low;
  for (const g of found) rest = rest.slice(0, g.start) + ' '.repeat(g.end - g.start) + rest.slice(g.end);
  const untranslated = rest.split(/\s+/u).filter((w) => w.length > 2 && !isEnglishFunctionWord(w));
  // "local rivers": where the topic is, which the question's place constraint checks, not what.
  const terms = found.map((g) => g.vi[0] ?? '').filter((t) => t !== '' && !PLACE_RENDERS.has(t));
  return { words: terms.join(' '), untranslated, terms };
}

/** Renders of English place adjectives ("local", "locality"): no topic of their own. Closed class. */
const PLACE_RENDERS: ReadonlySet<string> = new Set(['địa phương']);
