import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DatabaseHealth } from './verify.ts';

/** The SQLite driver's entry file, resolved here: an eval'd worker resolves from nowhere useful. */
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * The worker's program, plain JavaScript (it runs without the TypeScript loader): what
 * `readDatabaseHealth` (verify.ts) reads, on its own read-only connection — SQLite's
 * `quick_check`, then, when it passes, the row counts the manifest records.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check');
  const quickCheck = rows[0] ? rows[0].quick_check : 'no answer';
  const n = (table) => db.prepare('SELECT count(*) AS n FROM ' + table).get().n;
  const counted = quickCheck === 'ok' ? { docs: n('docs'), contents: n('contents'), chunks: n('chunks') } : null;
  parentPort.postMessage({ quickCheck, rows: counted });
} catch (err) {
  parentPort.postMessage({ error: { code: err.code, message: err.message } });
} finally {
  if (db) db.close();
}
`;

/**
 * {@link DatabaseHealth} of a finished database file, read on a worker thread so the caller's
 * thread goes on: a build checks its new database (4 s of `quick_check` at 100k chunks) while it
 * loads, extends and saves the vector graph. Never rejects: a failure is a health with its error.
 */
export function readDatabaseHealthAside(path: string): Promise<DatabaseHealth> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (health: DatabaseHealth) => {
      if (!settled) resolve(health);
      settled = true;
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver: DRIVER } });
    worker.once('message', (health: DatabaseHealth) => {
      settle(health);
      void worker.terminate();
    });
    worker.once('error', (err: NodeJS.ErrnoException) =>
      settle({ error: { code: err.code, message: err.message } }),
    );
    worker.once('exit', (code) =>
      settle({ error: { message: `the checking thread stopped (exit code ${code})` } }),
    );
  });
}
