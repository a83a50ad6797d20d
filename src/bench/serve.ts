/** Runs the serving measurements (load, ask, memory) in a fresh child process. */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServeFigures, ServeInput } from './serve-types.ts';

export type { ServeFigures, ServeInput } from './serve-types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');
const CHILD = path.join(here, 'serve-child.ts');

/**
 * Write `input` to `inputFile`, run the serving child on it and return its figures.
 * @param timeoutMs kill the child after this long. Default 20 minutes.
 */
export async function measureServing(
  input: ServeInput,
  inputFile: string,
  timeoutMs = 20 * 60_000,
): Promise<ServeFigures> {
  await writeFile(inputFile, JSON.stringify(input));
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CHILD, inputFile],
      { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (err, out, errText) => {
        if (err)
          reject(new Error(`bench: the serving process failed (${err.message.trim()}): ${errText.trim()}`));
        else resolve(out);
      },
    );
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as ServeFigures;
  } catch {
    throw new Error(
      `bench: the serving process printed no figures; its output ended with: ${last.slice(-300)}`,
    );
  }
}
