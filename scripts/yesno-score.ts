/**
 * Score the frozen yes/no claim set on an existing index:
 *   npx tsx scripts/yesno-score.ts --index DIR [--questions FILE] [--verbose]
 * Prints correct/total, false claims answered "yes", true claims answered "no", and unknown ones
 * answered either way.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import { parseClaims, scoreClaim } from '../src/eval/claims.ts';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    questions: { type: 'string', default: 'tests/fixtures/yesno-claims.jsonl' },
    verbose: { type: 'boolean', short: 'v' },
  },
});
if (!values.index)
  throw new Error('yesno-score: pass --index DIR (an index built from seeds + ../shared/eval/corpus)');
const file = values.questions ?? 'tests/fixtures/yesno-claims.jsonl';
const questions = parseClaims(readFileSync(file, 'utf8'), file);
const config = { ...loadConfig(), INDEX_DIR: values.index };
const engine = await createEngine(config, { buildIfMissing: false, embedder: null });
let correct = 0;
let falseYes = 0;
let trueNo = 0;
let unknownDecided = 0;
try {
  for (const q of questions) {
    const a = await engine.ask(q.q);
    const r = scoreClaim(q, a);
    if (r.correct) correct++;
    if (q.verdict !== 'yes' && r.got === 'yes') falseYes++;
    if (q.verdict === 'yes' && r.got === 'no') trueNo++;
    if (q.verdict === 'unknown' && r.got !== 'unknown') unknownDecided++;
    if (values.verbose && !r.correct)
      console.log(
        `✗ ${q.id} [${q.verdict} → ${r.got}] ${q.q}\n  must=${JSON.stringify(q.must)}\n  ${a.answer.replace(/\n/g, '\n  ')}\n`,
      );
  }
} finally {
  await engine.close();
}
console.log(
  `yesno-claims: ${correct}/${questions.length} correct; false claims answered yes ${falseYes}; true claims answered no ${trueNo}; undecidable answered yes/no ${unknownDecided}`,
);
