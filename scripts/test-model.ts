/**
 * `npm run test-model -- --out DIR [--corpus DIR]... [--dim N] [--tokenizer wordpiece|unigram]`
 *
 * Writes a TEST FIXTURE embedding model (a bag-of-words lookup table, not a language model) that
 * Transformers.js loads offline; see src/embed/test-model.ts. Point EMBEDDING_MODEL at DIR to use it.
 * Default corpus: seeds/ plus ../shared/eval/corpus when that folder exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildTestModel,
  TEST_MODEL_DEFAULT_DIM,
  TEST_TOKENIZERS,
  type TestTokenizer,
} from '../src/embed/test-model.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `./models/test-model` under the working directory (unmistakably a path), else absolute. */
function displayPath(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? dir : `.${path.sep}${rel}`;
}

function main(): number {
  let values: { out?: string; corpus?: string[]; dim?: string; tokenizer?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        corpus: { type: 'string', multiple: true },
        dim: { type: 'string' },
        tokenizer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    console.error(`test-model: ${(err as Error).message} (see --help)`);
    return 2;
  }
  if (values.help) {
    console.log(
      `Usage: npm run test-model -- --out DIR [--corpus DIR]... [--dim N] [--tokenizer ${TEST_TOKENIZERS.join('|')}]\n` +
        `Writes a test-fixture embedding model (dim ${TEST_MODEL_DEFAULT_DIM} by default). ` +
        '--tokenizer unigram gives the shape of multilingual-e5-small (XLM-R SentencePiece, E5 prefixes); ' +
        'wordpiece (default) a BERT tokenizer. ' +
        'Default corpus: seeds/ and ../shared/eval/corpus when present.',
    );
    return 0;
  }
  const out = values.out ?? path.join('models', 'test-model');
  const corpusDirs = values.corpus ?? [
    path.join(projectRoot, 'seeds'),
    ...[path.join(projectRoot, '..', 'shared', 'eval', 'corpus')].filter((d) => existsSync(d)),
  ];
  const dim = values.dim === undefined ? undefined : Number(values.dim);
  const tokenizer = values.tokenizer ?? 'wordpiece';
  if (!(TEST_TOKENIZERS as readonly string[]).includes(tokenizer)) {
    console.error(`test-model: --tokenizer must be one of ${TEST_TOKENIZERS.join(', ')}, got "${tokenizer}"`);
    return 2;
  }
  try {
    const r = buildTestModel({ out, corpusDirs, dim, tokenizer: tokenizer as TestTokenizer });
    console.log(
      `test-model: wrote a TEST FIXTURE model to ${r.dir} (vocab ${r.vocabSize} tokens from ${r.files} files, ` +
        `dim ${r.dim}, ${r.tokenizer} tokenizer, ${Math.round(r.ms)} ms). Use it with EMBEDDING_MODEL=${displayPath(r.dir)}`,
    );
    return 0;
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
}

process.exitCode = main();
