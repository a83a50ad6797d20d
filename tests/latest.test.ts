import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function latest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('npx', ['tsx', 'src/cli/latest.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SEEDS_DIR: 'seeds', ...env, COLUMNS: '120' },
    timeout: 60_000,
  });
  // npx may print its own configuration warnings; keep only the CLI's lines.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'))
    .join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'latest-'));
  writeFileSync(join(tmp, 'a.txt'), readFileSync(join(root, 'seeds', '000_0c95c87bab80c7cf.txt')));
  writeFileSync(
    join(tmp, 'b.txt'),
    'Bài không ngày\nMột đoạn văn đủ dài để là nội dung thực sự của bài báo, với nhiều từ ngữ khác nhau. Hết.',
  );
  writeFileSync(join(tmp, 'empty.txt'), '');
  writeFileSync(join(tmp, 'notes.md'), '# not an article');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run latest', () => {
  it('--json 5 lists the five seeds newest first, without bodies', () => {
    const r = latest(['--json', '5']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((a) => a.docId)).toEqual([
      '001_56a5bdce7b9e82f6',
      '002_31ae2237aeafa83e',
      '000_0c95c87bab80c7cf',
      '004_f66d6dc4a8e384f9',
      '003_8fc4396257645532',
    ]);
    expect(rows.map((a) => a.published)).toEqual([
      '2023-09-20',
      '2022-06-20',
      '2021-04-02',
      '2021-03-18',
      '2020-07-30',
    ]);
    expect(Object.keys(rows[0]!).sort()).toEqual([
      'author',
      'docId',
      'facts',
      'published',
      'source',
      'title',
    ]);
    expect(rows[0]).toMatchObject({
      source: 'seeds/001_56a5bdce7b9e82f6.txt',
      author: 'Hữu Ánh',
      facts: { meetingDates: ['2023-09-19'], periods: ['2023-9M'], chairs: [{ name: 'Văn Quốc Cường' }] },
    });
  });

  it('default: a readable table of 5, titles cut to fit, facts and source under each row', () => {
    const r = latest([]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Latest 5 of 5 articles in seeds (newest first)');
    expect(lines[2]).toMatch(/^#\s+published\s+docId\s+title\s+author$/);
    expect(lines[3]).toMatch(/^1 {2}2023-09-20 {2}001_56a5bdce7b9e82f6 {2}Thị ủy giao ban/);
    expect(r.stdout).toContain('Thường trực Tỉnh ủy làm việc định kỳ với các cơ quan, tham mưu giúp …');
    expect(r.stdout).toContain(
      'chair Lê Tiến Châu (Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy); Đồng Văn Thanh',
    );
    expect(r.stdout).toContain('source seeds/003_8fc4396257645532.txt');
    for (const l of lines.filter((x) => /^\d /.test(x))) expect([...l].length).toBeLessThanOrEqual(120);
  });

  it('--source: undated articles last; one stderr line per skipped file', () => {
    const r = latest(['--source', tmp, '--json', '10']);
    expect(r.code).toBe(0);
    const p = basename(tmp);
    expect(r.stderr.split('\n')).toEqual([
      `latest: skipped ${p}/empty.txt: empty file`,
      `latest: skipped ${p}/notes.md: not an article file (.md)`,
      `latest: note ${p}/b.txt: no publication date recognised; listed last`,
    ]);
    const rows = JSON.parse(r.stdout) as { docId: string; published: string | null }[];
    expect(rows.map((a) => [a.docId, a.published])).toEqual([
      ['a', '2021-04-02'],
      ['b', null],
    ]);
  });

  it('bad arguments print the usage and exit 2', () => {
    for (const args of [['--bogus'], ['zero'], ['0'], ['2', '3'], ['--source']]) {
      const r = latest(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run latest -- [--json] [--source DIR] [N]');
      expect(r.stdout).toBe('');
    }
  });

  it('a missing source folder is an error with the remedy, exit 1', () => {
    const r = latest(['--source', join(tmp, 'missing')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^latest: cannot open source folder .*missing \(ENOENT\); set SEEDS_DIR or pass --source$/,
    );
  });
});
