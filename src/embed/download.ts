/**
 * Downloading a hub model into MODELS_DIR, all or nothing.
 *
 * Transformers.js writes each file into its cache as it arrives, so a download cut short leaves
 * some files (or, for a connection closed without a length, a short file) in the folder a later
 * start takes for the model. Here every file goes into a private staging folder, is checked
 * (length against Content-Length, JSON files parse), and the folder is renamed into place only
 * when all files are complete: MODELS_DIR holds a whole model or none.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MODEL_FILES } from './files.ts';

/** The revision used when none is given: the hub's default branch. */
export const DEFAULT_REVISION = 'main';
/** Revisions are branch or tag names or commit hashes; kept to characters safe in a folder name. */
export const REVISION = /^[A-Za-z0-9][\w.-]*$/;
const STAGING_PREFIX = '.partial-';

/**
 * The cache folder of a hub model: `MODELS_DIR/<id>` for the default revision (Transformers.js'
 * own layout), `MODELS_DIR/<id>@<revision>` for any other, so two revisions never share files.
 */
export function cachedModelDir(modelsDir: string, id: string, revision = DEFAULT_REVISION): string {
  return path.join(modelsDir, revision === DEFAULT_REVISION ? id : `${id}@${revision}`);
}

/** Options of {@link downloadModel}. */
export interface DownloadOptions {
  /** Hub root URL ending in `/` (https://huggingface.co/ or HF_ENDPOINT). */
  host: string;
  id: string;
  revision?: string;
  /** The final folder (see {@link cachedModelDir}); must not exist yet. */
  dest: string;
  /** Abort a file when no byte arrives for this long, in ms. */
  idleTimeoutMs: number;
  /** Percent 0–100 per file. */
  onProgress?: (file: string, percent: number) => void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove staging folders of this model left by processes that died while downloading. */
async function removeStaleStaging(parent: string, base: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const m = new RegExp(`^${STAGING_PREFIX}(\\d+)-[0-9a-f]+-`).exec(name);
    if (m && name.endsWith(`-${base}`) && !alive(Number(m[1]))) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

async function downloadFile(url: string, file: string, target: string, opts: DownloadOptions): Promise<void> {
  const abort = new AbortController();
  let timer = setTimeout(() => abort.abort(), opts.idleTimeoutMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(), opts.idleTimeoutMs);
  };
  try {
    const res = await fetch(url, { signal: abort.signal });
    if (res.status !== 200 || !res.body) throw new Error(`HTTP ${res.status} for ${url}`);
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    let got = 0;
    let lastPercent = -1;
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>),
      async function* count(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          touch();
          got += chunk.length;
          const percent = Number.isFinite(length) && length > 0 ? Math.floor((got / length) * 100) : 0;
          if (percent !== lastPercent) {
            lastPercent = percent;
            opts.onProgress?.(file, percent);
          }
          yield chunk;
        }
      },
      createWriteStream(target),
    );
    if (Number.isFinite(length) && got !== length) {
      throw new Error(`${file} arrived incomplete (${got} of ${length} bytes)`);
    }
  } catch (err) {
    if (abort.signal.aborted) {
      throw new Error(`${file}: no data from ${url} for ${Math.round(opts.idleTimeoutMs / 1000)} s`);
    }
    const e = err as Error & { cause?: { code?: string } };
    throw new Error(`${file}: download failed (${e.cause?.code ?? e.message})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Download the model files ({@link MODEL_FILES}) of `id` at `revision` into `dest`, atomically.
 * Throws `download: …` naming the file and the cause; nothing is left in MODELS_DIR then.
 */
export async function downloadModel(opts: DownloadOptions): Promise<void> {
  const revision = opts.revision ?? DEFAULT_REVISION;
  const parent = path.dirname(opts.dest);
  const base = path.basename(opts.dest);
  await mkdir(parent, { recursive: true });
  await removeStaleStaging(parent, base);
  const staging = path.join(
    parent,
    `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}-${base}`,
  );
  try {
    for (const file of MODEL_FILES) {
      const url = `${opts.host}${opts.id}/resolve/${encodeURIComponent(revision)}/${file}`;
      await downloadFile(url, file, path.join(staging, file), opts);
      if (file.endsWith('.json')) {
        try {
          JSON.parse(readFileSync(path.join(staging, file), 'utf8'));
        } catch (err) {
          throw new Error(
            `${file} is not valid JSON (${(err as Error).message}); the download was cut short?`,
          );
        }
      }
    }
    // Another process may have finished the same download meanwhile: keep the first.
    await rename(staging, opts.dest).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
    });
  } catch (err) {
    throw new Error(`download: ${opts.id}@${revision}: ${(err as Error).message}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
