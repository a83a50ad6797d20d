import { describe, expect, it } from 'vitest';
import { generateCorpus, generateQuestions, type SynthArticle } from '../src/synth/index.ts';
import { fold, hasDiacritics } from '../src/text/normalize.ts';

const corpus = generateCorpus({ articles: 2000, seed: 'questions-test' });
const byStem = new Map<string, SynthArticle>(corpus.map((a) => [a.fileName.replace(/\.txt$/, ''), a]));
const questions = generateQuestions(corpus, { count: 400, seed: 'q' });

function dateForms(isoDate: string): string[] {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const p = (n: number) => String(n).padStart(2, '0');
  return [`${d}/${m}/${y}`, `${p(d)}/${p(m)}/${y}`, `${d}-${m}-${y}`, `${d}/${m}`];
}

describe('generateQuestions', () => {
  it('returns the requested number, of all four types, mostly with diacritics', () => {
    expect(questions).toHaveLength(400);
    const types = new Set(questions.map((q) => q.type));
    expect([...types].sort()).toEqual(['howmany', 'latest', 'when', 'who']);
    const plain = questions.filter((q) => !hasDiacritics(q.q)).length;
    expect(plain).toBeGreaterThan(20);
    expect(plain).toBeLessThan(120);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
  });

  it('points every question at an existing article whose text contains each expected string', () => {
    for (const q of questions) {
      const a = byStem.get(q.docId);
      expect(a, q.docId).toBeDefined();
      expect(q.expect.length).toBeGreaterThan(0);
      for (const e of q.expect) expect(a?.text, `${q.q} → ${e}`).toContain(e);
    }
  });

  it('asks who chaired and when with the truth as the answer, naming organisation and period', () => {
    for (const q of questions.filter((x) => x.type === 'who' || x.type === 'when')) {
      const t = (byStem.get(q.docId) as SynthArticle).truth;
      const asked = fold(q.q);
      expect(asked).toContain(fold(t.periodText));
      if (q.type === 'who') expect(q.expect).toEqual([t.chair.name]);
      else expect(dateForms(t.meetingDate)).toContain(q.expect[0]);
      // Unambiguous: no other article shares the organisation and period named in the question.
      const twins = corpus.filter(
        (a) => asked.includes(fold(a.truth.organisation)) && a.truth.periodText === t.periodText,
      );
      expect(twins.map((a) => a.fileName)).toEqual([`${q.docId}.txt`]);
    }
  });

  it('asks how many about a stated figure of two or more digits', () => {
    const howmany = questions.filter((q) => q.type === 'howmany');
    expect(howmany.length).toBeGreaterThan(60);
    for (const q of howmany) {
      const t = (byStem.get(q.docId) as SynthArticle).truth;
      expect(t.facts.map((f) => f.value)).toContain(q.expect[0]);
      expect(q.expect[0]).toMatch(/\d\D*\d/);
      expect(fold(q.q)).toContain(fold(t.periodText));
    }
  });

  it('answers latest questions from the most recent article of the series', () => {
    const latest = questions.filter((q) => q.type === 'latest');
    expect(latest.length).toBeGreaterThan(15);
    const family = (a: SynthArticle) =>
      /^(Ban Chỉ đạo|UBND)/.test(a.truth.organisation) ? a.truth.organisation : 'party';
    for (const q of latest) {
      const doc = byStem.get(q.docId) as SynthArticle;
      const samePlace = corpus.filter(
        (a) => a.truth.place === doc.truth.place && a.truth.province === doc.truth.province,
      );
      const series = /dang vien/.test(fold(q.q))
        ? samePlace.filter((a) => a.truth.facts.some((f) => f.label === 'tổng số đảng viên'))
        : samePlace.filter(
            (a) => family(a) === family(doc) && !a.truth.organisation.startsWith('Thường trực Tỉnh ủy'),
          );
      expect(series.length, q.q).toBeGreaterThanOrEqual(2);
      for (const a of series) {
        if (a !== doc)
          expect(a.truth.meetingDate < doc.truth.meetingDate, `${q.q} vs ${a.fileName}`).toBe(true);
      }
    }
  });

  it('is deterministic for a seed and different for another', () => {
    expect(generateQuestions(corpus, { count: 50, seed: 'q' })).toEqual(questions.slice(0, 50));
    expect(generateQuestions(corpus, { count: 50, seed: 'other' })).not.toEqual(questions.slice(0, 50));
  });

  it('handles empty requests and rejects a bad count', () => {
    expect(generateQuestions(corpus, { count: 0, seed: 1 })).toEqual([]);
    expect(generateQuestions([], { count: 10, seed: 1 })).toEqual([]);
    expect(() => generateQuestions(corpus, { count: -3, seed: 1 })).toThrow(
      'questions: count must be a whole number ≥ 0, got -3',
    );
  });
});
