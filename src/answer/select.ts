import type { Candidate } from './candidates.ts';

/** Sort key of a candidate's meeting: its first meeting date, else its publication date. */
export function meetingKey(c: Candidate): string {
  return c.doc.facts.meetingDates[0] ?? c.doc.published ?? '';
}

/** Newest meeting first. */
export function latestFirst(cands: Candidate[]): Candidate[] {
  return [...cands].sort((a, b) => meetingKey(b).localeCompare(meetingKey(a)));
}

/**
 * Two reports of the same meeting (same date, same headline subject) are an original and its
 * correction: keep the later publication, which supersedes the earlier.
 */
export function supersede(
  cands: Candidate[],
  placesOf: (c: Candidate) => readonly string[] = () => [],
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...cands].sort((a, b) => (b.doc.published ?? '').localeCompare(a.doc.published ?? ''))) {
    const date = c.doc.facts.meetingDates[0];
    const dup = out.some(
      (o) =>
        date !== undefined &&
        o.doc.facts.meetingDates[0] === date &&
        titleOverlap(o.doc.title, c.doc.title) >= 0.6 &&
        samePlaces(placesOf(o), placesOf(c)),
    );
    if (!dup) out.push(c);
  }
  return out;
}

function titleOverlap(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const inter = [...wa].filter((w) => wb.has(w)).length;
  return inter / Math.max(1, Math.min(wa.size, wb.size));
}

/**
 * Two reports are of one meeting only when they are about the same places: two districts'
 * briefings held the same day under similar headlines are two meetings. Unknown places agree.
 */
function samePlaces(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.length === b.length && a.every((k) => b.includes(k));
}
