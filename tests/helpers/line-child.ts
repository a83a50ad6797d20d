/**
 * A long-lived `node --import tsx` child driven line by line: the test writes commands to its stdin
 * and waits for answer lines on its stdout. Every wait is bounded; `stop` ends it by its own pid.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { cleanEnv, projectRoot } from './reliability.ts';

export interface LineChild {
  child: ChildProcess;
  /** Send one line. */
  send(line: string): void;
  /** The first unread stdout line matching `pattern` (reading past the others); rejects after `timeoutMs`. */
  next(pattern: RegExp, timeoutMs: number): Promise<string>;
  stderr(): string;
  /** Close stdin and wait for the exit (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

export function startLineChild(script: string, args: string[], env: Record<string, string> = {}): LineChild {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: cleanEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let err = '';
  let wake: (() => void) | null = null;
  child.stdout?.on('data', (c: Buffer) => {
    partial += c.toString('utf8');
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    wake?.();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let closed = false;
  void exited.then(() => {
    closed = true;
    wake?.();
  });
  return {
    child,
    send: (line) => child.stdin?.write(`${line}\n`),
    async next(pattern, timeoutMs) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        while (lines.length > 0) {
          const line = lines.shift()!;
          if (pattern.test(line)) return line;
        }
        if (closed) throw new Error(`${script} exited before ${pattern}\n${err}`);
        const left = end - Date.now();
        if (left <= 0)
          throw new Error(`${script}: no line matching ${pattern} within ${timeoutMs} ms\n${err}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    },
    stderr: () => err,
    async stop(timeoutMs = 10_000) {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
