import 'dotenv/config';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createEngine } from '../engine/create.ts';
import type { Answer } from '../engine/types.ts';
import { runCli } from './run.ts';

const USAGE = `usage: npm run ask -- [--index DIR] [--json] [--k N] ["question"]
  With no question, reads one question per line from standard input (the index is loaded once).
  --index DIR   index folder (default INDEX_DIR, else embeddings/)
  --json        one JSON object per question, one per line
  --k N         passages to retrieve (default 8)`;

async function main(): Promise<number> {
  let values: { index?: string; json?: boolean; k?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: {
        index: { type: 'string' },
        json: { type: 'boolean' },
        k: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }));
  } catch (err) {
    process.stderr.write(`ask: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const k = values.k === undefined ? 8 : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 100) {
    process.stderr.write(`ask: --k takes a whole number from 1 to 100, not "${values.k}"\n`);
    return 2;
  }
  const config = loadConfig();
  if (values.index) config.INDEX_DIR = values.index;
  const engine = await createEngine(config, { buildIfMissing: false });
  const print = (a: Answer) => {
    if (values.json) process.stdout.write(`${JSON.stringify(a)}\n`);
    else {
      const notes = a.notes?.length ? `${a.notes.join('\n')}\n` : '';
      process.stdout.write(`? ${a.question}\n${notes}${a.answer}\n(${a.timings.totalMs.toFixed(1)} ms)\n\n`);
    }
  };
  try {
    if (positionals.length > 0) print(await engine.ask(positionals.join(' '), { k }));
    else {
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        // One answer per line, blank ones included (they get the polite "ask a question" reply), so
        // output lines stay paired with input lines.
        print(await engine.ask(line, { k }));
      }
    }
  } finally {
    await engine.close();
  }
  return 0;
}

runCli(main);
