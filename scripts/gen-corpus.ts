/**
 * Writes a synthetic corpus: `npm run gen-corpus -- --out DIR --articles N [--seed S]
 * [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--truth FILE] [--questions FILE [--question-count K]]`.
 * DIR receives only the article files; truth and questions go to the sidecar files named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordCount } from '../src/synth/format.ts';
import { generateCorpus, generateQuestions } from '../src/synth/index.ts';

interface Args {
  out: string;
  articles: number;
  seed: string;
  start?: string;
  end?: string;
  truth?: string;
  questions?: string;
  questionCount: number;
}

const USAGE =
  'usage: npm run gen-corpus -- --out DIR --articles N [--seed S] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--truth FILE] [--questions FILE] [--question-count K]';

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!flag.startsWith('--')) throw new Error(`gen-corpus: unexpected argument '${flag}'; ${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new Error(`gen-corpus: ${flag} needs a value; ${USAGE}`);
    values.set(flag.slice(2), value);
    i++;
  }
  const known = new Set(['out', 'articles', 'seed', 'start', 'end', 'truth', 'questions', 'question-count']);
  for (const k of values.keys())
    if (!known.has(k)) throw new Error(`gen-corpus: unknown option --${k}; ${USAGE}`);
  const out = values.get('out');
  if (!out) throw new Error(`gen-corpus: --out is required; ${USAGE}`);
  const articles = Number(values.get('articles'));
  if (!Number.isInteger(articles) || articles < 0) {
    throw new Error(`gen-corpus: --articles must be a whole number ≥ 0, got '${values.get('articles')}'`);
  }
  const questionCount = Number(values.get('question-count') ?? '200');
  if (!Number.isInteger(questionCount) || questionCount < 0) {
    throw new Error(
      `gen-corpus: --question-count must be a whole number ≥ 0, got '${values.get('question-count')}'`,
    );
  }
  return {
    out,
    articles,
    seed: values.get('seed') ?? '1',
    start: values.get('start'),
    end: values.get('end'),
    truth: values.get('truth'),
    questions: values.get('questions'),
    questionCount,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const corpus = generateCorpus({
    articles: args.articles,
    seed: args.seed,
    startDate: args.start,
    endDate: args.end,
  });
  mkdirSync(args.out, { recursive: true });
  let words = 0;
  for (const a of corpus) {
    writeFileSync(path.join(args.out, a.fileName), a.text);
    words += wordCount(a.text);
  }
  if (args.truth) {
    mkdirSync(path.dirname(path.resolve(args.truth)), { recursive: true });
    const lines = corpus.map((a) => JSON.stringify({ docId: a.fileName.replace(/\.txt$/, ''), ...a.truth }));
    writeFileSync(args.truth, lines.length ? `${lines.join('\n')}\n` : '');
  }
  let questionNote = '';
  if (args.questions) {
    const qs = generateQuestions(corpus, { count: args.questionCount, seed: args.seed });
    mkdirSync(path.dirname(path.resolve(args.questions)), { recursive: true });
    writeFileSync(args.questions, qs.length ? `${qs.map((q) => JSON.stringify(q)).join('\n')}\n` : '');
    questionNote = `, ${qs.length} questions`;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `gen-corpus: ${corpus.length} articles, ${words} words (${corpus.length ? Math.round(words / corpus.length) : 0}/article)${questionNote} in ${seconds.toFixed(2)} s → ${args.out}`,
  );
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
