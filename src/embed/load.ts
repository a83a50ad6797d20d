/**
 * Loading the embedding model with a failure path that never throws and never hangs. The bot and
 * the indexer can then run without semantic search and print one clear paragraph saying why.
 *
 * EMBEDDING_MODEL is either a model directory on disk (loaded with remote access disabled) or a hub
 * id, optionally pinned as `id@revision`, whose files are cached in MODELS_DIR/<id>/ (other
 * revisions in MODELS_DIR/<id>@<revision>/). A cached hub model loads without any network request.
 * An uncached one is downloaded (download.ts: all files or none) only after a quick reachability
 * check (bounded by `timeoutMs`), and never when HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE is set.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cachedModelDir, DEFAULT_REVISION, downloadModel, REVISION } from './download.ts';
import { MODEL_FILES } from './files.ts';
import {
  type ModelLocation,
  openTransformersEmbedder,
  type TransformersEmbedder,
  type TransformersOptions,
} from './transformers.ts';

export interface LoadEmbedderOptions extends TransformersOptions {
  /** EMBEDDING_MODEL: a hub id (`Xenova/multilingual-e5-small`) or a model directory (absolute or relative). */
  model: string;
  /** MODELS_DIR: download cache for hub ids, relative to `cwd` unless absolute. */
  modelsDir: string;
  /** Upper bound for the hub reachability check before a download, in ms. Default 10 000. */
  timeoutMs?: number;
  /** Never touch the network. Default: true when HF_HUB_OFFLINE or TRANSFORMERS_OFFLINE is 1/true/yes. */
  offline?: boolean;
  /** Hub root URL. Default: HF_ENDPOINT, else https://huggingface.co/. */
  remoteHost?: string;
  /**
   * Hub revision (branch, tag or commit). Default: the `@revision` suffix of `model`, else `main`.
   * Part of the cache folder and of the model id, so vectors of two revisions never mix.
   */
  revision?: string;
  /** Base for relative paths. Default `process.cwd()`. */
  cwd?: string;
}

export type LoadEmbedderResult =
  | { ok: true; embedder: TransformersEmbedder; warnings: string[] }
  | { ok: false; reason: string; warning: string };

const DEFAULT_TIMEOUT_MS = 10_000;
const HUB_ID = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/;
/** `owner/name@revision`: a hub id pinned to a branch, tag or commit. */
const AT_REVISION = /^(.+)@([^@/\\]+)$/;

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function truthy(v: string | undefined): boolean {
  return /^(1|true|yes|on)$/i.test(v?.trim() ?? '');
}

/** True when the conventional offline switches are set in the environment. */
export function offlineFromEnv(envVars: NodeJS.ProcessEnv = process.env): boolean {
  return truthy(envVars.HF_HUB_OFFLINE) || truthy(envVars.TRANSFORMERS_OFFLINE);
}

/** A value meant as a path rather than a hub id: `./x`, `../x`, `/x`, `~/x`, `C:\x`, or two or more slashes. */
export function looksLikePath(model: string): boolean {
  return (
    /^(\.{1,2}([/\\]|$)|~([/\\]|$)|[/\\])/.test(model) ||
    path.isAbsolute(model) ||
    model.includes('\\') ||
    (model.match(/\//g)?.length ?? 0) >= 2
  );
}

function expandHome(p: string): string {
  return /^~([/\\]|$)/.test(p) ? path.join(os.homedir(), p.slice(1)) : p;
}

function missingFiles(dir: string): string[] {
  return MODEL_FILES.filter((f) => !existsSync(path.join(dir, f)));
}

const fingerprints = new Map<string, string>();

/**
 * Short content hash of a model directory, so that a different model at the same path (e.g. a
 * regenerated test model) gets a different id and stale cached vectors are not reused.
 */
function fingerprint(dir: string): string {
  const files = MODEL_FILES.map((f) => path.join(dir, f));
  const stamp = files.map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join('|');
  const known = fingerprints.get(stamp);
  if (known) return known;
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(f));
  const digest = h.digest('hex').slice(0, 10);
  fingerprints.set(stamp, digest);
  return digest;
}

function warningFor(model: string, reason: string, modelsDir: string): string {
  return (
    `embed: cannot load the embedding model "${model}": ${reason}. ` +
    'Vector (semantic) search stays off until a model is available. To fix it, either set ' +
    'EMBEDDING_MODEL to a local model directory holding config.json, tokenizer.json, ' +
    'tokenizer_config.json and onnx/model_quantized.onnx (e.g. a copy of Xenova/multilingual-e5-small), ' +
    `or run once with internet access so the hub model is downloaded into ${modelsDir}; ` +
    'for tests, generate a small fixture with `npm run test-model -- --out models/test-model` ' +
    'and set EMBEDDING_MODEL=./models/test-model.'
  );
}

async function probeHub(
  host: string,
  id: string,
  revision: string,
  timeoutMs: number,
): Promise<string | null> {
  const url = `${host}${id}/resolve/${encodeURIComponent(revision)}/config.json`;
  try {
    const res = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 401 || res.status === 404)
      return `the hub has no model "${id}" at revision "${revision}" (HTTP ${res.status})`;
    if (res.status >= 400) return `the hub answered HTTP ${res.status} for ${url}`;
    return null;
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      return `the model hub (${host}) did not answer within ${Math.round(timeoutMs / 1000)} s`;
    }
    return `the model hub (${host}) is unreachable (${e.cause?.code ?? e.cause?.message ?? e.message})`;
  }
}

type Resolved = { ok: true; location: ModelLocation; modelId: string } | { ok: false; reason: string };

async function resolveLocation(opts: LoadEmbedderOptions): Promise<Resolved> {
  const cwd = opts.cwd ?? process.cwd();
  const model = opts.model.trim();
  if (model === '') return { ok: false, reason: 'EMBEDDING_MODEL is empty' };
  const asPath = path.resolve(cwd, expandHome(model));
  if (existsSync(asPath) && statSync(asPath).isDirectory()) {
    const missing = missingFiles(asPath);
    if (missing.length > 0) {
      return { ok: false, reason: `the model directory ${asPath} lacks ${missing.join(', ')}` };
    }
    return {
      ok: true,
      location: { kind: 'local', dir: asPath },
      modelId: `${path.basename(asPath)}@${fingerprint(asPath)}`,
    };
  }
  if (looksLikePath(model)) return { ok: false, reason: `no model directory at ${asPath}` };
  const pinned = AT_REVISION.exec(model);
  const id = pinned ? pinned[1]! : model;
  const revision = opts.revision ?? pinned?.[2] ?? DEFAULT_REVISION;
  if (!HUB_ID.test(id)) return { ok: false, reason: `"${model}" is neither a directory nor a hub id` };
  if (!REVISION.test(revision)) {
    return {
      ok: false,
      reason: `revision "${revision}" is not a branch, tag or commit name (letters, digits, . _ -)`,
    };
  }
  const modelId = revision === DEFAULT_REVISION ? id : `${id}@${revision}`;

  const cacheDir = path.resolve(cwd, expandHome(opts.modelsDir));
  const cached = cachedModelDir(cacheDir, id, revision);
  const missing = missingFiles(cached);
  // Transformers.js never downloads: downloadModel does, all or nothing, and the result loads as a
  // local folder (no request at all once cached).
  const fromCache: Resolved = { ok: true, location: { kind: 'local', dir: cached }, modelId };
  if (missing.length === 0) return fromCache;
  const notCached =
    missing.length === MODEL_FILES.length
      ? `it is not in the model cache (${cached} does not exist or is empty)`
      : `its cached copy in ${cached} lacks ${missing.join(', ')}`;
  // "models/x" may have been meant as a folder: say it is not there.
  const meantAsDir = model.includes('/') && existsSync(path.dirname(asPath));
  const noDir = meantAsDir ? `no directory ${asPath} exists and ${notCached}` : notCached;
  if (opts.offline ?? offlineFromEnv()) {
    return { ok: false, reason: `${noDir}, and offline mode (HF_HUB_OFFLINE) forbids downloading` };
  }
  const remoteHost = withSlash(opts.remoteHost ?? process.env.HF_ENDPOINT ?? 'https://huggingface.co/');
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const problem = await probeHub(remoteHost, id, revision, timeoutMs);
  if (problem) return { ok: false, reason: `${noDir}, and ${problem}` };
  try {
    // An incomplete copy (another tool, an older version) is replaced as a whole.
    await rm(cached, { recursive: true, force: true });
    await downloadModel({
      host: remoteHost,
      id,
      revision,
      dest: cached,
      idleTimeoutMs: timeoutMs,
      onProgress: opts.onProgress,
    });
  } catch (err) {
    return { ok: false, reason: `${notCached}, and ${(err as Error).message}` };
  }
  return fromCache;
}

/** Name the JSON file that does not parse, if any, since the library's parse error does not. */
function badJson(dir: string): string | undefined {
  for (const f of MODEL_FILES.filter((m) => m.endsWith('.json'))) {
    try {
      JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    } catch (err) {
      return `${path.join(dir, f)} is not valid JSON (${(err as Error).message})`;
    }
  }
  return undefined;
}

async function loadOnce(opts: LoadEmbedderOptions, resolved: Resolved): Promise<LoadEmbedderResult> {
  if (!resolved.ok) {
    return {
      ok: false,
      reason: resolved.reason,
      warning: warningFor(opts.model, resolved.reason, opts.modelsDir),
    };
  }
  try {
    const { embedder, warnings } = await openTransformersEmbedder(resolved.modelId, resolved.location, opts);
    const onWarning = opts.onWarning ?? ((m: string) => console.warn(m));
    for (const w of warnings) onWarning(w);
    return { ok: true, embedder, warnings };
  } catch (err) {
    const loc = resolved.location;
    const where = loc.kind === 'local' ? loc.dir : path.join(loc.cacheDir, loc.id);
    const reason = `loading failed: ${badJson(where) ?? (err as Error).message}`;
    return { ok: false, reason, warning: warningFor(opts.model, reason, opts.modelsDir) };
  }
}

const loading = new Map<string, Promise<LoadEmbedderResult>>();

/**
 * Load the embedder once per process per model location and options; later calls share the same
 * promise. A failed (or since closed) load is forgotten, so a later call retries.
 * Never rejects: every failure comes back as `{ ok: false, reason, warning }`, where `warning` is
 * one paragraph naming the model, the reason and the fix (EMBEDDING_MODEL or `npm run test-model`).
 */
export async function loadEmbedder(opts: LoadEmbedderOptions): Promise<LoadEmbedderResult> {
  let resolved: Resolved;
  try {
    resolved = await resolveLocation(opts);
  } catch (err) {
    resolved = { ok: false, reason: `cannot read the model files: ${(err as Error).message}` };
  }
  if (!resolved.ok) return loadOnce(opts, resolved);
  const where = resolved.location.kind === 'local' ? resolved.location.dir : resolved.location.cacheDir;
  // allowDownload is left out: once downloaded, the same model must not be loaded a second time.
  const key = JSON.stringify([
    resolved.modelId,
    where,
    opts.prefixes ?? 'auto',
    opts.maxTokens ?? null,
    opts.batchSize?.toString() ?? null,
    opts.queryCacheSize ?? null,
    opts.queryThread ?? false,
  ]);
  const existing = loading.get(key);
  if (existing) {
    const r = await existing;
    if (!r.ok || !r.embedder.closed) return r;
  }
  const promise = loadOnce(opts, resolved);
  loading.set(key, promise);
  const result = await promise;
  if (!result.ok && loading.get(key) === promise) loading.delete(key);
  return result;
}
