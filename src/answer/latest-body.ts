/**
 * "Cuộc họp gần đây nhất của Huyện ủy X": the latest meeting of the body the question names, not
 * the latest article about X. Among the candidates, newest first, those whose meeting is held by a
 * body of the named family come first (the UBND's later session is not the Huyện ủy's meeting);
 * among bodies told apart by their purpose, one whose whole name the question writes comes before
 * another of its kind ("Ban Chỉ đạo phát triển du lịch" before another Ban Chỉ đạo of the same
 * town). A Party committee's organs are not told apart: its Executive Committee's review is its meeting.
 */
import type { DocRecords } from '../records/bundle.ts';
import { MEETING_BODY_FAMILIES } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { askedBodyFamily } from './bodies.ts';
import type { Candidate } from './candidates.ts';

const folded = (s: string): string => ` ${fold(s).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;

/** Families of the body that held an article's meeting (its name and the body it met with). */
function bodyFamilies(rec: DocRecords): Set<string> {
  const hay = folded(`${rec.meeting.orgName ?? ''} ${rec.meeting.counterpart ?? ''}`);
  const out = new Set<string>();
  for (const { family, forms } of MEETING_BODY_FAMILIES)
    if (forms.some((f) => hay.includes(folded(f)))) out.add(family);
  return out;
}

/**
 * Candidates in newest-first order (`newestFirst`) put so that meetings of the body the question
 * names come first; unchanged when it names none or no candidate's meeting is of that body.
 */
export function bodyFirst(
  question: string,
  newestFirst: Candidate[],
  records: ReadonlyMap<string, DocRecords>,
): Candidate[] {
  const family = askedBodyFamily(question);
  if (family === null) return newestFirst;
  const q = folded(question);
  const rank = (c: Candidate): number => {
    const rec = records.get(c.doc.bodyHash);
    if (!rec || !bodyFamilies(rec).has(family.family)) return 2;
    return family.byPurpose && rec.meeting.orgName && q.includes(folded(rec.meeting.orgName)) ? 0 : 1;
  };
  const ranked = newestFirst.map((c, i) => ({ c, i, r: rank(c) }));
  if (!ranked.some((x) => x.r < 2)) return newestFirst;
  return ranked.sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c);
}
