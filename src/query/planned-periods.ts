/**
 * The periods a report looks back on, without the ones it only plans for. A briefing headline
 * almost always names both: "giao ban công tác quý I, triển khai nhiệm vụ quý II năm 2023" is the
 * first quarter's meeting, and a question about "giao ban quý II" or about what was achieved "trong
 * quý IV" of a Q3 review asks about another meeting. A period written only inside a planning clause
 * is the next period's plan; one also written outside such a clause stays the report's.
 */
import { extractTime } from './time.ts';

/**
 * Words that open a planning clause (closed class). "Thực hiện nhiệm vụ" and "kết quả … nhiệm vụ"
 * report results, so a bare "nhiệm vụ" counts only where a clause opens with it (", nhiệm vụ 6
 * tháng cuối năm") or with a planning verb before it.
 */
const PLAN_CUE = new RegExp(
  [
    '(?:triển khai|bàn|đề ra|xác định)\\s+(?:(?:phương hướng|mục tiêu),?\\s+)?(?:nhiệm vụ|kế hoạch|phương hướng)',
    'phương hướng,?\\s+nhiệm vụ',
    'nhiệm vụ(?:,? giải pháp)?\\s+(?:trọng tâm|chủ yếu)',
    '(?:^|[,;:–]\\s*)nhiệm vụ(?=\\s)',
  ].join('|'),
  'iu',
);

/** Sentence and line ends: a planning clause runs to the end of its sentence. */
const SENTENCE_END = /[.;!?\n]+/u;

/** `p` is `q`, or one of them is the other without its year (`H2` beside `2022-H2`). */
function samePeriod(p: string, q: string): boolean {
  return p === q || p.endsWith(`-${q}`) || q.endsWith(`-${p}`);
}

/**
 * The text's periods (as `extractTime` reads them) less those it writes only in planning clauses.
 * When nothing outside the planning clauses names a period (a meeting to "triển khai nhiệm vụ năm
 * 2024"), the planned periods are the meeting's own and are kept.
 */
export function reportedPeriods(text: string): string[] {
  const all = extractTime(text).periods;
  if (all.length < 2) return all;
  const plans: string[] = [];
  const rest: string[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    const cue = PLAN_CUE.exec(sentence);
    if (!cue) {
      rest.push(sentence);
      continue;
    }
    rest.push(sentence.slice(0, cue.index));
    plans.push(sentence.slice(cue.index));
  }
  if (plans.length === 0) return all;
  const planned = extractTime(plans.join('\n')).periods;
  const own = extractTime(rest.join('\n')).periods;
  if (own.length === 0) return all;
  return all.filter((p) => !planned.some((q) => samePeriod(p, q)) || own.some((q) => samePeriod(p, q)));
}
