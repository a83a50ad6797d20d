/**
 * The synthetic corpus must be the generator's own, not a near-copy of the dev set: no sentence of a
 * dev article's body (as the ingest parser extracts it: page chrome such as breadcrumbs and comment
 * boxes is not body) appears verbatim in generated articles or questions, and no dev question is
 * generated. Needs ../shared/eval; skipped with a message when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/ingest/parse.ts';
import { generateCorpus, generateQuestions } from '../src/synth/index.ts';
import { normalizeText } from '../src/text/normalize.ts';

const EVAL = path.resolve(import.meta.dirname, '..', '..', 'shared', 'eval');
const CORPUS = path.join(EVAL, 'corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`synth-devset: ${CORPUS} not found; the dev-set overlap test is skipped`);

/** Sentences (and list items) of at least `minWords` words. */
function sentences(text: string, minWords: number): string[] {
  return text
    .split(/\n+|(?<=[.;:!?])\s+/)
    .map((s) => s.trim().replace(/^[•+\-–]\s*/, ''))
    .filter((s) => s.split(/\s+/).length >= minWords);
}

describe.skipIf(!present)('synthetic corpus vs the dev set', () => {
  const devBodies = present
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => parseArticle(readFileSync(path.join(CORPUS, f), 'utf8'), { docId: f, source: f }).body)
    : [];
  const devSentences = [...new Set(devBodies.flatMap((b) => sentences(normalizeText(b), 6)))];
  const corpus = generateCorpus({ articles: 800, seed: 'devset-check' });
  const text = corpus.map((a) => a.text).join('\n');

  it('reads the dev bodies', () => {
    expect(devBodies).toHaveLength(30);
    expect(devSentences.length).toBeGreaterThan(300);
  });

  it('contains no dev-set body sentence verbatim', () => {
    const copied = devSentences.filter((s) => text.includes(s));
    expect(copied).toEqual([]);
  });

  it('generates no dev-set question verbatim', () => {
    const devQuestions = readFileSync(path.join(EVAL, 'questions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { q: string }).q);
    const generated = new Set(
      generateQuestions(corpus, { count: 2000, seed: 'devset-check' }).map((q) => q.q),
    );
    expect(devQuestions.filter((q) => generated.has(q))).toEqual([]);
  });
});
