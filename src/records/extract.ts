/**
 * Records of one article, extracted at index time: roles, figures, sentence sections and the
 * meeting. Pure: the same article always gives the same records; the index stores them with
 * {@link RECORDS_VERSION} and re-extracts when it changes.
 */
import { splitSentences } from '../text/sentences.ts';
import { extractFigures, type FigureContext } from './figures.ts';
import { extractMeeting } from './meeting.ts';
import { extractRoles, findRoleHits } from './roles.ts';
import { extractSections } from './sections.ts';
import { readTables } from './tables.ts';
import type { ArticleRecords, FigureRecord, RecordsInput } from './types.ts';

/** Version of the extraction rules. Bump on any change to what the extractors return. */
export const RECORDS_VERSION = 31;

/** Extract every record of an article. Never throws on well-formed input. */
export function extractRecords(article: RecordsInput): ArticleRecords {
  const { body, facts } = article;
  const sentences = splitSentences(body);
  const reference = facts.meetingDates[0] ?? article.published;
  const base: FigureContext = {
    // An undated article leaves year-less periods ("6 tháng đầu năm") unresolved: never the clock's year.
    year: reference ? Number(reference.slice(0, 4)) : null,
    ownPeriod: facts.periods[0] ?? null,
    plannedSentences: new Set(),
  };
  const roleHits = findRoleHits(body, sentences);
  // Sections need to know which sentences report figures; figures need to know which sentences
  // set tasks (their figures are targets). A first pass without plans breaks the circle.
  const reported = extractFigures(body, sentences, base).filter((f) => f.kind !== 'target');
  const sections = extractSections(body, sentences, {
    roleHits,
    figureSentences: new Set(reported.map((f) => f.span.start)),
  });
  const planned = new Set(
    sections.filter((s) => s.kind === 'directive' || s.kind === 'task').map((s) => s.span.start),
  );
  // A flattened table's cells are read by their column, not as bare numbers of a sentence.
  // Every table figure quotes its row, so the rows cover them all.
  const { figures: tabled, rows } = readTables(body, base);
  const inTable = (f: FigureRecord) => rows.some((r) => r.start <= f.at.start && f.at.end <= r.end);
  return {
    roles: extractRoles(body, sentences, facts.chairs, roleHits),
    figures: [
      ...extractFigures(body, sentences, { ...base, plannedSentences: planned }).filter((f) => !inTable(f)),
      ...tabled,
    ],
    sections,
    meeting: extractMeeting(article, sentences),
  };
}
