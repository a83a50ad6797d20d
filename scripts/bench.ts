/**
 * `npm run bench -- [--quick] [--real-cost] [--out FILE] [--articles N] [--seed S] [--keep]`
 * `npm run bench -- --serve DIR [--keyword-only] [--out FILE] [--seed S] [--dump FILE]` (serve side of a kept run)
 *
 * Builds an index over a generated corpus with the offline test model (in a temp folder) and
 * measures build, vector and keyword search, `ask`, load, memory and an incremental update; prints
 * a table and writes JSON. Default ≈ 100k chunks (several minutes); --quick ≈ 10k chunks (< 90 s).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run.ts';
import { formatServeOnly, runServeOnly } from '../src/bench/serve-only.ts';
import { formatReport } from '../src/bench/table.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run bench -- [--quick] [--real-cost] [--out FILE] [--articles N] [--chunks N] [--seed S] [--keep] [--dump FILE] [--cold] [--serve DIR [--keyword-only]]\n' +
  '  --quick      about 10k chunks instead of 100k (under 90 s)\n' +
  "  --real-cost  10k chunks embedded by a random-weight model of multilingual-e5-small's shape and cost\n" +
  '               (generated offline, 118 MB int8); results in bench/last-real-cost.json\n' +
  '  --out FILE   JSON output (default bench/last-run.json, or bench/last-quick.json with --quick)\n' +
  '  --articles N exact article count; --chunks N target chunk count (the article count follows)\n' +
  '  --keep       keep the temporary corpus and index, and print where they are\n' +
  '  --dump FILE  write each generated question, its accepted strings, the answer and its citations (JSON lines)\n' +
  '  --cold       ask the questions right after the start, without the idle warm-up the bot runs first\n' +
  '  --serve DIR  no build: keyword search, ask, load and memory on the folder a --keep run printed\n' +
  '               (with --keyword-only: keyword search alone); JSON only with --out';

function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`bench: --${name} must be a whole number ≥ 1, got '${v}'`);
  return n;
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: 'boolean' },
        'real-cost': { type: 'boolean' },
        out: { type: 'string' },
        articles: { type: 'string' },
        chunks: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean' },
        dump: { type: 'string' },
        serve: { type: 'string' },
        'keyword-only': { type: 'boolean' },
        cold: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    console.error(`bench: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (typeof values.serve === 'string') return serveOnly(values.serve, values);
  const realCost = values['real-cost'] === true;
  const quick = values.quick === true || realCost;
  const articles = positive('articles', values.articles as string | undefined);
  const chunks = positive('chunks', values.chunks as string | undefined) ?? (quick ? 10_000 : 100_000);
  const custom = articles !== undefined || values.chunks !== undefined;
  const out = path.resolve(
    (values.out as string | undefined) ??
      path.join(
        projectRoot,
        'bench',
        realCost ? 'last-real-cost.json' : quick ? 'last-quick.json' : 'last-run.json',
      ),
  );
  const started = Date.now();
  const result = await runBench({
    chunks,
    articles,
    seed: (values.seed as string | undefined) ?? '1',
    keep: values.keep === true,
    mode: custom || realCost ? 'custom' : quick ? 'quick' : 'full',
    realCost,
    idleWarmUp: values.cold !== true,
    ...(values.dump ? { dumpFile: path.resolve(values.dump as string) } : {}),
    log: (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`),
  });
  console.log(formatReport(result));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const rel = path.relative(process.cwd(), out);
  console.log(`\nJSON written to ${rel.startsWith('..') ? out : rel}`);
  return 0;
}

/** `--serve DIR`: the serving measurements of a kept run, nothing built (src/bench/serve-only.ts). */
async function serveOnly(dir: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  const started = Date.now();
  const result = await runServeOnly({
    dir: path.resolve(dir),
    seed: (values.seed as string | undefined) ?? '1',
    keywordOnly: values['keyword-only'] === true,
    idleWarmUp: values.cold !== true,
    ...(values.dump ? { dumpFile: path.resolve(values.dump as string) } : {}),
    log: (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`),
  });
  console.log(formatServeOnly(result));
  const out = values.out as string | undefined;
  if (out) {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(path.resolve(out), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nJSON written to ${out}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
