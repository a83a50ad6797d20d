/**
 * Helpers of the reliability suites (tests/reliability-*.test.ts) and the soak script: child
 * processes in their own process group with bounded waits, a clean environment, synthetic corpora
 * on disk, and index consistency checks. Nothing here reaches beyond 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateCorpus } from '../../src/synth/index.ts';
import type { SynthArticle } from '../../src/synth/types.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every child started here, so a failing test can still end them all (see {@link killAllChildren}). */
const children = new Set<ChildProcess>();

/**
 * The parent's environment without anything that would change the product's behaviour (a
 * developer's TELEGRAM_*, ADMIN_IDS, paths…), with the config variables set empty so a `.env`
 * cannot fill them in (dotenv never overrides a variable that is set), and offline model loading.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(TELEGRAM_|ADMIN_IDS$|WEBHOOK_|PORT$|SEEDS_DIR$|INDEX_DIR$|EMBEDDING_MODEL$|MODELS_DIR$|LOG_LEVEL$|MAX_|RATE_LIMIT|STATE_DIR$|CONTEXT_TTL_MINUTES$|FEEDBACK_SALT$)/.test(
          k,
        ),
    ),
  );
  return {
    ...base,
    TELEGRAM_BOT_TOKEN: '',
    TELEGRAM_API_ROOT: '',
    ADMIN_IDS: '',
    WEBHOOK_URL: '',
    WEBHOOK_SECRET: '',
    HF_HUB_OFFLINE: '1',
    ...extra,
  };
}

export interface Spawned {
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Exit code, or the signal name. */
  exited: Promise<number | string>;
  /** Resolves when stderr or stdout matches (rejects after `timeoutMs` or on exit without a match). */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** SIGKILL the whole process group and wait for the exit. */
  kill9(): Promise<number | string>;
}

/**
 * Start `node --import tsx <script> …args` from the project root in a process group of its own
 * (so a kill reaches anything it starts), with {@link cleanEnv} plus `env`; `stdin` is written
 * and closed (default: closed at once); `shell` runs in bash first (e.g. `ulimit -f 64`).
 */
export function spawnTsx(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; cwd?: string; shell?: string } = {},
): Spawned {
  const nodeArgs = ['--import', 'tsx', path.join(projectRoot, script), ...args];
  // A shell prefix (e.g. `ulimit -f 100`) runs first, then execs node in the same process.
  const [cmd, argv] = options.shell
    ? ['bash', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(cmd as string, argv as string[], {
    cwd: options.cwd ?? projectRoot,
    env: cleanEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString('utf8');
    for (const l of listeners) l();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString('utf8');
    for (const l of listeners) l();
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  child.stdin?.end(options.stdin ?? '');
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out) || pattern.test(err)) {
            done();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${script}: no output matching ${pattern} within ${timeoutMs} ms\n${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          done();
          if (pattern.test(out) || pattern.test(err)) resolve();
          else reject(new Error(`${script}: exited (${code}) before ${pattern}\n${err}`));
        });
        listeners.add(check);
        check();
      });
    },
    async kill9() {
      killGroup(child, 'SIGKILL');
      return exited;
    },
  };
}

/** Signal a child's whole process group (it was started detached), ignoring one already gone. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** End every child this module started that is still running (for afterAll / finally). */
export async function killAllChildren(): Promise<void> {
  const waits = [...children].map(
    (c) =>
      new Promise<void>((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once('close', () => resolve());
        killGroup(c, 'SIGKILL');
        setTimeout(resolve, 5_000).unref();
      }),
  );
  await Promise.all(waits);
}

export interface RunResult {
  code: number | string;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run a CLI to completion (killed, and failing, after `timeoutMs`). */
export async function runTsx(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; timeoutMs?: number; shell?: string } = {},
): Promise<RunResult> {
  const t0 = performance.now();
  const p = spawnTsx(script, args, options);
  const timeoutMs = options.timeoutMs ?? 60_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(p.child, 'SIGKILL');
  }, timeoutMs);
  const code = await p.exited;
  clearTimeout(timer);
  if (timedOut) throw new Error(`${script} ${args.join(' ')}: killed after ${timeoutMs} ms\n${p.stderr()}`);
  return { code, stdout: p.stdout(), stderr: p.stderr(), ms: performance.now() - t0 };
}

/** Write `n` synthetic articles (deterministic for a seed) into `dir`; returns them. */
export function writeSynthCorpus(dir: string, n: number, seed: string | number): SynthArticle[] {
  mkdirSync(dir, { recursive: true });
  const articles = generateCorpus({ articles: n, seed });
  for (const a of articles) writeFileSync(path.join(dir, a.fileName), a.text);
  return articles;
}

/** A small deterministic PRNG (mulberry32) for seeded schedules. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Counts straight from a generation's SQLite file (opened read-only). */
export function sqliteCounts(file: string): { docs: number; chunks: number; contents: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      docs: one('SELECT count(*) AS n FROM docs'),
      chunks: one('SELECT count(*) AS n FROM chunks'),
      contents: one('SELECT count(*) AS n FROM contents'),
    };
  } finally {
    db.close();
  }
}

/** Resolve after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Read /proc/<pid>/status VmRSS in MB (Linux), or null when unavailable. */
export async function rssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) / 1024 : null;
}
