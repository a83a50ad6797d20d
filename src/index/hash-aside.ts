import { Worker } from 'node:worker_threads';
import type { GenerationFile } from './manifest.ts';

/**
 * The worker's program, plain JavaScript (it runs without the TypeScript loader): size and sha256
 * of each named file, streamed, posted back in order; a failure is posted with its code.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
(async () => {
  const out = [];
  for (const path of workerData) {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk);
      size += chunk.length;
    }
    out.push({ size, sha256: hash.digest('hex') });
  }
  parentPort.postMessage({ ok: true, files: out });
})().catch((err) => parentPort.postMessage({ ok: false, message: err.message, code: err.code }));
`;

/**
 * Size and sha256 of each file, computed on a worker thread, so the caller's thread can do other
 * work meanwhile: a build publishing a generation hashes its 1 GB of files (2 s of CPU at 100k
 * chunks) while SQLite's `quick_check` reads the database on the main thread. Rejects with the
 * file system's error (message and code) as `describeFile` would.
 */
export function describeFilesAside(paths: readonly string[]): Promise<GenerationFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: [...paths] });
    let settled = false;
    worker.once(
      'message',
      (msg: { ok: true; files: GenerationFile[] } | { ok: false; message: string; code?: string }) => {
        settled = true;
        if (msg.ok) resolve(msg.files);
        else reject(Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {}));
        void worker.terminate();
      },
    );
    worker.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`index: the hashing thread stopped (exit code ${code})`));
      settled = true;
    });
  });
}
