/**
 * A section of a report is a run of consecutive sentences ("Kết luận hội nghị, đồng chí … yêu cầu
 * …. Sở A khẩn trương …. Công an tỉnh …"): a question about the section is answered with the
 * whole run its best sentences belong to, not with the one sentence that scored best.
 */
import type { Span } from '../text/sentences.ts';

/** The run's sentences to quote, and how many more the run has beyond the limit. */
export interface SectionRun {
  spans: Span[];
  more: number;
}

/**
 * Extend the `chosen` section sentences to the runs they belong to: `section` holds the spans of
 * the asked kinds, `sentences` every sentence of the body in order. Two section sentences are in
 * one run when no other sentence lies between them. At most `max` are kept: the chosen ones first,
 * then the run's others in reading order; the rest are counted in `more`.
 */
export function sectionRun(
  chosen: readonly Span[],
  section: readonly Span[],
  sentences: readonly Span[],
  max: number,
): SectionRun {
  const index = new Map(sentences.map((s, i) => [s.start, i]));
  const ordered = [...section].sort((a, b) => a.start - b.start);
  // Run number of each section sentence: a new run starts after a gap of any other sentence.
  const runOf = new Map<number, number>();
  let run = 0;
  let prev: number | undefined;
  for (const s of ordered) {
    const i = index.get(s.start);
    if (prev === undefined || i === undefined || i !== prev + 1) run++;
    runOf.set(s.start, run);
    prev = i;
  }
  const runs = new Set(chosen.map((c) => runOf.get(c.start)));
  const members = ordered.filter((s) => runs.has(runOf.get(s.start)));
  const chosenStarts = new Set(chosen.map((c) => c.start));
  const keep = [
    ...members.filter((s) => chosenStarts.has(s.start)),
    ...members.filter((s) => !chosenStarts.has(s.start)),
  ].slice(0, Math.max(max, chosen.length));
  return { spans: keep.sort((a, b) => a.start - b.start), more: members.length - keep.length };
}
