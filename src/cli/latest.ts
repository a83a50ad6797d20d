import 'dotenv/config';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { scanSource } from '../ingest/scan.ts';
import type { Article } from '../ingest/types.ts';
import { runCli } from './run.ts';

const USAGE = `usage: npm run latest -- [--json] [--source DIR] [N]
  N             how many articles to list, newest first (default 5)
  --source DIR  folder of raw articles (default SEEDS_DIR, else seeds/)
  --json        print one JSON array of the articles (without their body)`;

/** Newest first by published date; undated articles last; ties by docId. */
function byNewest(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0;
}

/** Cut to `width` characters with an ellipsis. */
function clip(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s.padEnd(width);
  return `${chars.slice(0, Math.max(1, width - 1)).join('')}…`;
}

function factsLine(a: Article): string {
  const f = a.facts;
  const parts = [
    `meeting ${f.meetingDates.join(', ') || '—'}`,
    `period ${f.periods.join(', ') || '—'}`,
    `chair ${f.chairs.map((c) => (c.title ? `${c.name} (${c.title})` : c.name)).join('; ') || '—'}`,
    `org ${f.organisation ?? '—'}`,
  ];
  return parts.join(' · ');
}

/** A readable table: one row per article, its facts and source indented below. */
function renderTable(articles: Article[], total: number, source: string, columns: number): string {
  if (articles.length === 0) return `No articles in ${source}.\n`;
  const idWidth = Math.max(5, ...articles.map((a) => a.docId.length));
  const authorWidth = Math.min(24, Math.max(6, ...articles.map((a) => (a.author ?? '—').length)));
  const numWidth = String(articles.length).length;
  const fixed = numWidth + 2 + 10 + 2 + idWidth + 2 + 2 + authorWidth;
  const titleWidth = Math.max(20, columns - fixed);
  const pad = ' '.repeat(numWidth + 2);
  const lines = [
    `Latest ${articles.length} of ${total} articles in ${source} (newest first)`,
    '',
    `${'#'.padEnd(numWidth)}  ${'published'.padEnd(10)}  ${'docId'.padEnd(idWidth)}  ${clip('title', titleWidth)}  author`,
  ];
  articles.forEach((a, i) => {
    lines.push(
      `${String(i + 1).padEnd(numWidth)}  ${(a.published ?? 'no date').padEnd(10)}  ${a.docId.padEnd(idWidth)}  ${clip(a.title, titleWidth)}  ${clip(a.author ?? '—', authorWidth).trimEnd()}`,
      `${pad}${factsLine(a)}`,
      `${pad}source ${a.source}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

function parse(argv: string[]) {
  const args = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (args.positionals.length > 1)
    throw new Error(`expected at most one number, got: ${args.positionals.join(' ')}`);
  const raw = args.positionals[0];
  const count = raw === undefined ? 5 : Number(raw);
  if (!Number.isInteger(count) || count < 1) throw new Error(`N must be a whole number ≥ 1, got "${raw}"`);
  return {
    json: args.values.json ?? false,
    source: args.values.source,
    help: args.values.help ?? false,
    count,
  };
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    process.stderr.write(`latest: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const source = args.source ?? config.SEEDS_DIR;
  let scan: Awaited<ReturnType<typeof scanSource>>;
  try {
    scan = await scanSource(source, { maxFileBytes: config.MAX_FILE_MB * 1024 * 1024 });
  } catch (err) {
    process.stderr.write(`latest: ${(err as Error).message.replace(/^scan: /, '')}\n`);
    return 1;
  }
  for (const s of scan.skipped) process.stderr.write(`latest: skipped ${s.file}: ${s.reason}\n`);
  for (const n of scan.notes) process.stderr.write(`latest: note ${n.file}: ${n.note}\n`);
  const newest = [...scan.articles].sort(byNewest).slice(0, args.count);
  if (args.json) {
    const rows = newest.map(({ body: _body, ...rest }) => rest);
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const columns = process.stdout.columns && process.stdout.columns >= 60 ? process.stdout.columns : 120;
    process.stdout.write(renderTable(newest, scan.articles.length, source, columns));
  }
  return 0;
}

runCli(() => main(process.argv.slice(2)));
