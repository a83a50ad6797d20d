import 'dotenv/config';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { loadEmbedder } from '../embed/load.ts';
import { buildIndex } from '../index/build.ts';
import { createProgress } from './progress.ts';
import { runCli } from './run.ts';
import { verifyIndex } from './verify.ts';

const USAGE = `usage: npm run index -- [--source DIR] [--out DIR] [--rebuild] [--keyword-only] [--verify]
  --source DIR     raw articles (default SEEDS_DIR, else seeds/)
  --out DIR        index folder (default INDEX_DIR, else embeddings/)
  --rebuild        ignore the existing index and build from scratch
  --keyword-only   do not load the embedding model (drops the index's vectors)
  --verify         check every generation (sizes, sha256, SQLite quick_check, vector graph); build nothing`;

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    process.stderr.write(`index: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const sourceDir = args.values.source ?? config.SEEDS_DIR;
  const indexDir = args.values.out ?? config.INDEX_DIR;
  if (args.values.verify) return verifyIndex(indexDir);

  let embedder = null;
  let missingReason: string | undefined;
  if (args.values['keyword-only']) {
    missingReason = 'built with --keyword-only';
  } else {
    const loaded = await loadEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR });
    if (loaded.ok) embedder = loaded.embedder;
    else {
      missingReason = loaded.reason;
      process.stderr.write(
        `\nWARNING: ${loaded.warning}\n${args.values.rebuild ? 'Building the keyword index only.' : "Keeping the index's existing vectors; new passages get theirs from the embedding cache."}\n\n`,
      );
    }
  }

  const progress = createProgress();
  const report = await buildIndex({
    sourceDir,
    indexDir,
    rebuild: args.values.rebuild ?? false,
    embedder,
    embedderMissingReason: missingReason,
    // A model that failed to load keeps the existing vectors; --keyword-only and --rebuild do not.
    keepVectors: !args.values['keyword-only'] && !args.values.rebuild,
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
    onProgress: (p) => progress.update(p.stage, p.done, p.total),
  }).finally(() => progress.stop());
  await embedder?.close?.();

  for (const s of report.skipped) process.stderr.write(`index: skipped ${s.file}: ${s.reason}\n`);
  for (const w of report.warnings) process.stderr.write(`index: warning ${w.file}: ${w.note}\n`);
  if (report.repaired.length > 0)
    process.stderr.write(`index: repaired the damaged index: ${report.repaired.join('; ')}\n`);
  const list = (ids: string[]) => (ids.length > 0 && ids.length <= 10 ? ` (${ids.join(', ')})` : '');
  process.stdout.write(
    [
      `index: generation ${report.generation} in ${indexDir}, ${report.vectors ? `hybrid (${report.model})` : 'keyword-only'}${report.repaired.length > 0 ? ' (repaired)' : ''}`,
      `  added      ${report.added.length}${list(report.added)}`,
      `  changed    ${report.changed.length}${list(report.changed)}`,
      `  removed    ${report.removed.length}${list(report.removed)}`,
      `  unchanged  ${report.unchanged}`,
      `  duplicates ${report.duplicates}`,
      `  skipped    ${report.skipped.length}`,
      `  documents  ${report.docs}`,
      `  chunks     ${report.chunks} (${report.embedded} embedded this run${report.truncated > 0 ? `, ${report.truncated} truncated to the model's limit` : ''})`,
      `  seconds    ${report.seconds.toFixed(2)}`,
      '',
    ].join('\n'),
  );
  return 0;
}

function parse() {
  return parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      rebuild: { type: 'boolean' },
      'keyword-only': { type: 'boolean' },
      verify: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
}

runCli(main);
