import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'synth-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('gen-corpus CLI', () => {
  it('writes only article files to --out, truth and questions to their sidecars, and reports totals', () => {
    const out = path.join(work, 'a', 'corpus');
    const truth = path.join(work, 'a', 'truth.jsonl');
    const qs = path.join(work, 'a', 'questions.jsonl');
    const res = run([
      '--out',
      out,
      '--articles',
      '30',
      '--seed',
      '3',
      '--truth',
      truth,
      '--questions',
      qs,
      '--question-count',
      '12',
    ]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(
      /gen-corpus: 30 articles, \d+ words \(\d+\/article\), 12 questions in [\d.]+ s/,
    );
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(30);
    for (const f of files) expect(f).toMatch(/^\d{6}_[0-9a-f]{16}\.txt$/);
    const lines = readFileSync(truth, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.docId}.txt`)).toEqual(files);
    expect(lines[0]).toHaveProperty('chair.name');
    expect(readFileSync(qs, 'utf8').trim().split('\n')).toHaveLength(12);
  });

  it('writes the same bytes again for the same seed', () => {
    const a = path.join(work, 'b1');
    const b = path.join(work, 'b2');
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/gen-corpus.ts', '--out', a, '--articles', '8', '--seed', 'x'],
      { cwd: root },
    );
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/gen-corpus.ts', '--out', b, '--articles', '8', '--seed', 'x'],
      { cwd: root },
    );
    const names = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(path.join(b, n))).toEqual(readFileSync(path.join(a, n)));
  });

  it('fails with a usage message on missing or bad options', () => {
    const noOut = run(['--articles', '3']);
    expect(noOut.status).toBe(1);
    expect(noOut.stderr).toContain('gen-corpus: --out is required; usage: npm run gen-corpus --');
    const bad = run(['--out', path.join(work, 'c'), '--articles', 'many']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("gen-corpus: --articles must be a whole number ≥ 0, got 'many'");
    const unknown = run(['--out', path.join(work, 'c'), '--articles', '1', '--colour', 'red']);
    expect(unknown.stderr).toContain('gen-corpus: unknown option --colour');
  });
});
