/**
 * Walk a source folder of raw articles: which files are articles, which are skipped and why.
 * Symbolic links are never followed (a link could point anywhere on the machine), oversized files
 * are refused before reading, and no bad file stops the scan.
 */
import { lstatSync, type Stats } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type DecodeResult, decodeArticleBytes } from './decode.ts';
import { parseArticle } from './parse.ts';
import type { Article } from './types.ts';

/** A file left out, with the reason shown to the operator. */
export interface SkippedFile {
  /** Path relative to the project root (forward slashes). */
  file: string;
  reason: string;
}

/** A file that was kept but deserves a look (no date, renamed docId, odd encoding). */
export interface ScanNote {
  file: string;
  note: string;
}

/** An article file found by {@link listArticleFiles}. */
export interface ArticleFile {
  /** Absolute path (a name that is not valid UTF-8 shows U+FFFD here; read through `rawPath`). */
  path: string;
  /** The path's exact bytes, present only when a name on it is not valid UTF-8 (so `path` cannot open it). */
  rawPath?: Buffer;
  /** Path relative to the project root (forward slashes); see {@link sourcePath}. */
  source: string;
  /** File stem, made unique with a `~2`, `~3`… suffix when two files share it. */
  docId: string;
  bytes: number;
  /** Last modification time, ms (with sub-millisecond precision where the file system has it). */
  mtimeMs: number;
}

/** Options of {@link listArticleFiles} and {@link scanSource}. */
export interface ScanOptions {
  /** Larger files are skipped with a warning. Default 10 MiB (MAX_FILE_MB=10). */
  maxFileBytes?: number;
}

/** Why a file whose cleaned body is empty is skipped (by the scan and by the index build alike). */
export const NO_ARTICLE_TEXT = 'no article text found (only a headline or page furniture)';

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;

const toPosix = (p: string) => p.split(sep).join('/');
const byCodepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Entries of a folder stat'ed between two yields to the event loop (a bot's build stays responsive). */
const STAT_BATCH = 1024;

/**
 * The exact bytes of a folder entry's path when the folder's path or the entry's name is not valid
 * UTF-8 (the string would name no file); undefined when the string is exact.
 */
function rawPathOf(
  folder: string,
  folderRaw: Buffer | undefined,
  name: string,
  raw: Buffer,
): Buffer | undefined {
  return folderRaw || !Buffer.from(name, 'utf8').equals(raw)
    ? Buffer.concat([folderRaw ?? Buffer.from(folder), Buffer.from(sep), raw])
    : undefined;
}

/**
 * Path shown for a file: relative to the project root (the working directory), or, for a folder
 * outside it, relative to the scanned folder's parent.
 */
export function sourcePath(absPath: string, scannedDir: string): string {
  const rel = relative(process.cwd(), absPath);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return toPosix(rel);
  return toPosix(relative(dirname(resolve(scannedDir)), absPath));
}

function formatMb(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/**
 * List the article files under `dir` (sub-folders included, links not followed), sorted by
 * source path. Hidden entries (`.git`, `.DS_Store`) are ignored silently; everything else that is
 * not kept appears in `skipped` with its reason. Throws only when `dir` itself is unusable.
 */
export async function listArticleFiles(
  dir: string,
  options: ScanOptions = {},
): Promise<{ files: ArticleFile[]; skipped: SkippedFile[]; notes: ScanNote[] }> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
  const root = resolve(dir);
  const top = await lstat(root).catch((err: NodeJS.ErrnoException) => {
    throw new Error(
      `scan: cannot open source folder ${dir} (${err.code ?? err.message}); set SEEDS_DIR or pass --source`,
    );
  });
  if (top.isSymbolicLink()) {
    throw new Error(
      `scan: source folder ${dir} is a symbolic link; links are not followed, pass the real folder`,
    );
  }
  if (!top.isDirectory())
    throw new Error(`scan: ${dir} is not a folder; pass the folder holding the articles`);

  const found: Omit<ArticleFile, 'docId'>[] = [];
  const skipped: SkippedFile[] = [];
  const oddNames: ScanNote[] = [];
  // Names are read as bytes: one that is not valid UTF-8 would otherwise come back with U+FFFD in
  // it, name no file, and fail with ENOENT. `raw` carries the exact bytes of the path when needed.
  const walk = async (folder: string, folderRaw: Buffer | undefined): Promise<void> => {
    let entries: { name: string; raw: Buffer }[];
    try {
      const bufs = await readdir(folderRaw ?? folder, { encoding: 'buffer' });
      entries = bufs
        .map((raw) => ({ name: raw.toString('utf8'), raw }))
        .sort((a, b) => byCodepoint(a.name, b.name));
    } catch (err) {
      skipped.push({
        file: sourcePath(folder, root),
        reason: `cannot read folder (${(err as NodeJS.ErrnoException).code})`,
      });
      return;
    }
    const visible = entries.filter((e) => !e.name.startsWith('.'));
    // Stats are read synchronously, yielding to the event loop between batches: one await per file
    // (a thread-pool round trip each) took 2 s for a folder of 30k articles, most of a re-index
    // after one edit; synchronous stats take 0.1 s.
    const stats: (Stats | NodeJS.ErrnoException)[] = [];
    for (const [k, { name, raw }] of visible.entries()) {
      if (k > 0 && k % STAT_BATCH === 0) await new Promise((done) => setImmediate(done));
      try {
        stats.push(lstatSync(rawPathOf(folder, folderRaw, name, raw) ?? join(folder, name)));
      } catch (err) {
        stats.push(err as NodeJS.ErrnoException);
      }
    }
    for (const [k, { name, raw }] of visible.entries()) {
      const abs = join(folder, name);
      const valid = Buffer.from(name, 'utf8').equals(raw);
      const absRaw = rawPathOf(folder, folderRaw, name, raw);
      const file = sourcePath(abs, root);
      if (!valid)
        oddNames.push({
          file,
          note: 'file name is not valid UTF-8 (shown with U+FFFD); rename it to keep its id stable',
        });
      const st = stats[k];
      if (!st || st instanceof Error) {
        skipped.push({ file, reason: `cannot read (${st?.code ?? 'no answer'})` });
        continue;
      }
      if (st.isSymbolicLink()) {
        skipped.push({ file, reason: 'symbolic link, not followed' });
      } else if (st.isDirectory()) {
        await walk(abs, absRaw);
      } else if (!st.isFile()) {
        skipped.push({ file, reason: 'not a regular file' });
      } else {
        const ext = extname(name).toLowerCase();
        if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
          skipped.push({ file, reason: `not an article file (${ext || 'no extension'})` });
        } else if (st.size > maxBytes) {
          skipped.push({
            file,
            reason: `file is ${formatMb(st.size)}, over the ${formatMb(maxBytes)} limit (raise MAX_FILE_MB to ingest it)`,
          });
        } else {
          found.push({
            path: abs,
            ...(absRaw ? { rawPath: absRaw } : {}),
            source: file,
            bytes: st.size,
            mtimeMs: st.mtimeMs,
          });
        }
      }
    }
  };
  await walk(root, undefined);

  found.sort((a, b) => byCodepoint(a.source, b.source));
  const taken = new Map<string, string>();
  const notes: ScanNote[] = [...oddNames];
  const files: ArticleFile[] = found.map((f) => {
    const stem = basename(f.path, extname(f.path)).normalize('NFC');
    let docId = stem;
    for (let n = 2; taken.has(docId); n++) docId = `${stem}~${n}`;
    if (docId !== stem) {
      notes.push({
        file: f.source,
        note: `docId ${stem} is already used by ${taken.get(stem)}; this file is ${docId}`,
      });
    }
    taken.set(docId, f.source);
    return { ...f, docId };
  });
  skipped.sort((a, b) => byCodepoint(a.file, b.file));
  return { files, skipped, notes };
}

/** Read and decode one article file; never throws (read errors come back as a reason). */
export async function readArticleText(path: string | Buffer): Promise<DecodeResult> {
  try {
    return decodeArticleBytes(await readFile(path), path.toString());
  } catch (err) {
    return {
      ok: false,
      reason: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    };
  }
}

/**
 * Scan a source folder into parsed articles, sorted by docId. Bad files are skipped with one
 * reason each; kept files with something odd (no date, renamed docId, Latin-1) get a note.
 */
export async function scanSource(
  dir: string,
  options: ScanOptions = {},
): Promise<{ articles: Article[]; skipped: SkippedFile[]; notes: ScanNote[] }> {
  const { files, skipped, notes } = await listArticleFiles(dir, options);
  const articles: Article[] = [];
  for (const f of files) {
    const read = await readArticleText(f.rawPath ?? f.path);
    if (!read.ok) {
      skipped.push({ file: f.source, reason: read.reason });
      continue;
    }
    const article = parseArticle(read.text, { docId: f.docId, source: f.source });
    if (article.body.trim() === '') {
      skipped.push({ file: f.source, reason: NO_ARTICLE_TEXT });
      continue;
    }
    // BOMs, UTF-16 and HTML are routine; replaced bytes, a guessed Latin-1 or a flattened page deserve a look.
    for (const n of read.warnings) notes.push({ file: f.source, note: n });
    if (article.published === null)
      notes.push({ file: f.source, note: 'no publication date recognised; listed last' });
    articles.push(article);
  }
  articles.sort((a, b) => byCodepoint(a.docId, b.docId));
  skipped.sort((a, b) => byCodepoint(a.file, b.file));
  return { articles, skipped, notes };
}
