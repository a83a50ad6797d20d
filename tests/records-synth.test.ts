import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/ingest/parse.ts';
import { extractRecords } from '../src/records/extract.ts';
import { parseVietNumber } from '../src/records/numbers.ts';
import { generateCorpus } from '../src/synth/article.ts';

// The synthetic generator knows what each article states: an oracle for the extractors on text
// written independently of the seeds and the dev corpus.
const ARTICLES = 60;
const corpus = generateCorpus({ articles: ARTICLES, seed: 'records' }).map((s) => ({
  truth: s.truth,
  records: extractRecords(parseArticle(s.text, { docId: s.fileName, source: s.fileName })),
}));

describe('records on generated articles (the generator is the oracle)', () => {
  it('names the chair of every meeting, stated or inferred', () => {
    for (const { truth, records } of corpus) {
      const leads = records.roles.filter(
        (r) => r.role === 'chair' || r.role === 'cochair' || r.role === 'leader',
      );
      expect(
        leads.map((r) => r.person),
        truth.title,
      ).toContain(truth.chair.name);
    }
  });

  it('names the body holding the meeting as the lead writes it', () => {
    for (const { truth, records } of corpus)
      expect(records.meeting.orgName, truth.title).toBe(truth.organisation);
  });

  it('finds every number the article states among its figures', () => {
    let stated = 0;
    for (const { truth, records } of corpus) {
      for (const fact of truth.facts) {
        stated++;
        const [part, whole] = fact.value.replace(/%$/u, '').split('/');
        const value = parseVietNumber(part!);
        const outOf = whole === undefined ? null : parseVietNumber(whole);
        const found = records.figures.some(
          (f) =>
            value !== null &&
            Math.abs(f.value / f.scale - value) < 1e-9 &&
            (outOf === null || f.outOf === outOf),
        );
        expect(found, `${truth.title}: ${fact.label} = ${fact.value}`).toBe(true);
      }
    }
    expect(stated).toBeGreaterThan(ARTICLES * 3);
  });
});
