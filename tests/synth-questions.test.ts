import { describe, expect, it } from 'vitest';
import { generateArticles, generateQuestions, type SynthQuestion } from '../src/synth/index.ts';
import { chatStyle } from '../src/synth/questions.ts';
import type { GeneratedArticle } from '../src/synth/types.ts';
import { fold, hasDiacritics } from '../src/text/normalize.ts';

const corpus = generateArticles({ articles: 2000, seed: 'questions-test' });
const byStem = new Map<string, GeneratedArticle>(corpus.map((a) => [a.fileName.replace(/\.txt$/, ''), a]));
const questions = generateQuestions(corpus, { count: 1200, seed: 'q' });

const body = (stem: string) => (byStem.get(stem) as GeneratedArticle).parts.paragraphs.join('\n');
const truthOf = (q: SynthQuestion) => (byStem.get(q.docId) as GeneratedArticle).truth;
const ofType = (t: SynthQuestion['type']) => questions.filter((q) => q.type === t);

const KINDS = [
  'attendee',
  'concluder',
  'deadline',
  'decision',
  'latest',
  'limitation',
  'list',
  'new',
  'presenter',
  'rate',
  'target',
  'task',
  'total',
  'venue',
  'when',
  'who',
  'yesno',
];

describe('generateQuestions: coverage', () => {
  it('returns the requested number, distinct, of every kind and in all three languages', () => {
    expect(questions).toHaveLength(1200);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
    expect([...new Set(questions.map((q) => q.type))].sort()).toEqual(KINDS);
    for (const kind of KINDS) {
      const langs = new Set(ofType(kind as SynthQuestion['type']).map((q) => q.lang));
      expect([...langs].sort(), kind).toEqual(['en', 'vi', 'vi-plain']);
    }
    expect(questions.map((q) => q.id).slice(0, 3)).toEqual(['s0001', 's0002', 's0003']);
  });

  it('writes chat-style questions without diacritics and with abbreviations, English ones with unaccented names', () => {
    const plain = questions.filter((q) => q.lang === 'vi-plain');
    for (const q of plain) expect(hasDiacritics(q.q), q.q).toBe(false);
    for (const abbr of [/\bbn\b/, /\bdc\b/, /\bko\b/, /\bq[1-4]\b/, /\btp\b/, /\btx\b/]) {
      expect(
        plain.some((q) => abbr.test(q.q)),
        String(abbr),
      ).toBe(true);
    }
    const en = questions.filter((q) => q.lang === 'en');
    for (const q of en) expect(hasDiacritics(q.q), q.q).toBe(false);
    expect(en.some((q) => /^(Who|When|Where|What|How|Did|Was|Which|List|By|At|According)\b/.test(q.q))).toBe(
      true,
    );
    const vi = questions.filter((q) => q.lang === 'vi');
    expect(vi.every((q) => hasDiacritics(q.q))).toBe(true);
  });

  it('names the meeting by organisation and period, so each single-article question has one gold article', () => {
    for (const q of questions.filter((x) => x.lang === 'vi' && x.type !== 'list' && x.type !== 'latest')) {
      const t = truthOf(q);
      expect(q.q).toContain(t.periodText);
      expect(q.q).toContain(t.organisation);
      const twins = corpus.filter((a) => q.q.includes(a.truth.organisation) && a.truth.period === t.period);
      expect(twins.map((a) => a.fileName)).toEqual([`${q.docId}.txt`]);
    }
  });
});

describe('generateQuestions: expected strings', () => {
  it('finds every expected string of every question in its gold article body', () => {
    for (const q of questions) {
      expect(q.expect.length, q.q).toBeGreaterThan(0);
      if (q.type === 'list') {
        expect(q.docs).toHaveLength(q.expect.length);
        q.expect.forEach((e, i) => {
          expect(body(q.docs[i] as string), `${q.q} → ${e}`).toContain(e);
        });
      } else {
        expect(q.docs).toEqual([q.docId]);
        for (const e of q.expect) expect(body(q.docId), `${q.q} → ${e}`).toContain(e);
      }
    }
  });

  it('derives must groups from the expected strings, with unaccented forms for non-formal questions', () => {
    for (const q of questions) {
      q.expect.forEach((e, i) => {
        const group = q.must[i] as string[];
        expect(group[0]).toBe(e);
        if (hasDiacritics(e)) expect(group.map(fold)).toContain(fold(e));
      });
      expect(q.must.length).toBe(q.expect.length + (q.type === 'yesno' ? 1 : 0));
    }
  });

  it('asks about the recorded people: chair, presenter, concluder, attendees', () => {
    for (const q of ofType('who')) expect(q.expect[0]).toBe(truthOf(q).chair.name);
    for (const q of ofType('presenter')) expect(q.expect).toEqual([truthOf(q).presenter.name]);
    for (const q of ofType('concluder')) expect(q.expect).toEqual([truthOf(q).concluder.name]);
    for (const q of ofType('attendee')) expect(q.expect).toEqual(truthOf(q).attendees.map((p) => p.name));
    // The concluder and the presenter are often someone other than the chair.
    expect(ofType('concluder').some((q) => q.expect[0] !== truthOf(q).chair.name)).toBe(true);
    for (const q of ofType('presenter')) expect(q.expect[0]).not.toBe(truthOf(q).chair.name);
  });

  it('answers yes/no with the verdict the truth gives', () => {
    const yes = ofType('yesno').filter((q) => q.must.at(-1)?.[0] === 'Đúng');
    const no = ofType('yesno').filter((q) => q.must.at(-1)?.[0] === 'Không');
    expect(yes.length).toBeGreaterThan(5);
    expect(no.length).toBeGreaterThan(5);
    for (const q of [...yes, ...no]) {
      const t = truthOf(q);
      const asked = fold(q.q);
      expect(asked.includes(fold(t.chair.name))).toBe(yes.includes(q));
      expect(q.expect).toEqual([t.chair.name]);
    }
  });

  it('asks a figure by its subject and kind: totals and new-this-period figures of the same article differ', () => {
    for (const kind of ['total', 'new', 'rate', 'target'] as const) {
      for (const q of ofType(kind)) {
        const facts = truthOf(q).facts.filter((f) => f.kind === kind && f.value === q.expect[0]);
        expect(facts.length, q.q).toBeGreaterThan(0);
        const label = facts[0]?.label as string;
        if (q.lang === 'vi') expect(q.q.toLowerCase()).toContain(label.toLowerCase());
        if (q.lang === 'vi-plain') expect(q.q).toContain(chatStyle(label));
        if (q.lang === 'en') expect(q.q).toContain(facts[0]?.subjectEn);
      }
    }
    const units = new Set(corpus.flatMap((a) => a.truth.facts.map((f) => f.unit)));
    for (const u of ['đảng viên', 'hộ', 'lượt', 'tỷ đồng', 'triệu đồng', '%', 'ha', 'km'])
      expect(units).toContain(u);
    const both = corpus.filter((a) => {
      const f = a.truth.facts;
      return f.some((x) => x.label === 'đảng viên') && f.some((x) => x.label === 'đảng viên mới kết nạp');
    });
    expect(both.length).toBeGreaterThan(20);
  });

  it('asks sections and the deadline from the records, with a deadline after the meeting', () => {
    for (const q of ofType('limitation'))
      expect(truthOf(q).limitations[0]?.startsWith(q.expect[0] as string)).toBe(true);
    for (const q of ofType('task')) expect(truthOf(q).tasks[0]?.startsWith(q.expect[0] as string)).toBe(true);
    for (const q of ofType('decision')) expect(truthOf(q).decisions).toContain(q.expect[0]);
    for (const q of ofType('venue')) expect(q.expect).toEqual([truthOf(q).venue]);
    for (const q of ofType('deadline')) {
      const t = truthOf(q);
      expect(q.expect).toEqual([t.deadline.written]);
      expect(t.deadline.date > t.meetingDate).toBe(true);
    }
  });

  it('lists every district of the province that held a briefing in the period', () => {
    const lists = ofType('list');
    expect(lists.length).toBeGreaterThan(10);
    for (const q of lists) {
      const t = truthOf(q);
      const all = corpus.filter(
        (a) =>
          a.truth.province === t.province &&
          a.truth.period === t.period &&
          (a.truth.kind === 'party-quarter' || a.truth.kind === 'party-9m'),
      );
      expect([...q.docs].sort()).toEqual(all.map((a) => a.fileName.replace(/\.txt$/, '')).sort());
    }
  });

  it('answers latest questions from the most recent article of the organisation', () => {
    const latest = ofType('latest');
    expect(latest.length).toBeGreaterThan(20);
    for (const q of latest) {
      const doc = truthOf(q);
      const samePlace = corpus.filter(
        (a) => a.truth.place === doc.place && a.truth.province === doc.province,
      );
      const series = /dang vien|party members/i.test(fold(q.q))
        ? samePlace.filter((a) => a.truth.facts.some((f) => f.label === 'đảng viên'))
        : samePlace.filter((a) =>
            doc.kind.startsWith('party')
              ? a.truth.kind.startsWith('party')
              : a.truth.organisation === doc.organisation,
          );
      expect(series.length, q.q).toBeGreaterThanOrEqual(2);
      for (const a of series)
        if (a.truth !== doc)
          expect(a.truth.meetingDate < doc.meetingDate, `${q.q} vs ${a.fileName}`).toBe(true);
    }
  });
});

describe('generateQuestions: determinism and options', () => {
  it('gives the same questions for a seed and different ones for another', () => {
    const again = generateQuestions(corpus, { count: 1200, seed: 'q' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
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
