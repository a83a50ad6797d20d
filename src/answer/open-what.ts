/**
 * "Hội nghị bàn về nội dung gì?", "What was discussed?": what a meeting was about is said by the
 * article's lead, the sentence that announces the meeting and names its business ("tổ chức hội
 * nghị giao ban đánh giá kết quả … 9 tháng, triển khai nhiệm vụ … 3 tháng cuối năm"). Not one
 * sentence that happens to share a word with the question.
 */
import {
  eitherSpelling,
  MEETING_KINDS,
  MEETING_NOUNS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
} from '../records/vocab.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Line } from './render.ts';

/** The lead is among the body's first sentences (a scraped body may open with a caption or a quote). */
const LEAD_SENTENCES = 4;

// A sentence that announces a meeting: a meeting noun or kind. Closed classes of `records/vocab.ts`.
const ANNOUNCES = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling([...MEETING_NOUNS, ...MEETING_KINDS])})${NOT_WORD_AFTER}`,
  'iu',
);

/** The lead line of an article: the first of its opening sentences that announces the meeting. */
export function leadLine(body: string): Line | null {
  const first = splitSentences(body).slice(0, LEAD_SENTENCES);
  const lead = first.find((s) => ANNOUNCES.test(body.slice(s.start, s.end))) ?? first[0];
  return lead ? { label: null, value: '', quote: { start: lead.start, end: lead.end } } : null;
}
