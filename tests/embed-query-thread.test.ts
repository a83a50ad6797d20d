/**
 * Questions encoded on the query thread (src/embed/forward-aside.ts): the same vectors as on the
 * main thread for both tokenizer families, passages never sent there, and a thread that dies or
 * cannot open its model costs a warning, never a question.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ForwardAside } from '../src/embed/forward-aside.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildTestModel, type TestTokenizer } from '../src/embed/test-model.ts';
import type { TransformersEmbedder } from '../src/embed/transformers.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'embed-query-thread-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const QUESTIONS = [
  'Ai chủ trì hội nghị giao ban quý III năm 2023 của Huyện ủy?',
  'How many new Party members were admitted in Dong Van district?',
  'bn dang vien moi dc ket nap 6t dau nam',
];
const READY_WAIT_MS = 10_000;

function modelFor(tokenizer: TestTokenizer): string {
  const out = path.join(tmp, tokenizer);
  buildTestModel({ out, corpusDirs: [path.join(root, 'seeds')], tokenizer });
  return out;
}

async function load(
  model: string,
  queryThread: boolean,
  warnings: string[] = [],
): Promise<TransformersEmbedder> {
  const r = await loadEmbedder({
    model,
    modelsDir: tmp,
    offline: true,
    queryCacheSize: 0,
    queryThread,
    onWarning: (m) => warnings.push(m),
  });
  if (!r.ok) throw new Error(r.warning);
  return r.embedder;
}

/** Wait (bounded) until the embedder's query thread is open. */
async function threadReady(e: TransformersEmbedder): Promise<boolean> {
  const until = Date.now() + READY_WAIT_MS;
  while (!e.queryThreadActive && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return e.queryThreadActive;
}

describe.each(['wordpiece', 'unigram'] as const)('query thread, %s test model', (tokenizer) => {
  const model = modelFor(tokenizer);

  it('gives the main thread’s vectors, and passages stay on the main thread', async () => {
    const onThread = await load(model, true);
    const onMain = await load(model, false);
    expect(await threadReady(onThread)).toBe(true);
    expect(onMain.queryThreadActive).toBe(false);
    const forward = vi.spyOn(ForwardAside.prototype, 'forward');
    for (const q of QUESTIONS) {
      const [a] = await onThread.embed([q], 'query');
      const [b] = await onMain.embed([q], 'query');
      expect(Array.from(a!)).toEqual(Array.from(b!));
    }
    expect(forward).toHaveBeenCalledTimes(QUESTIONS.length);
    await onThread.embed(QUESTIONS, 'passage');
    expect(forward).toHaveBeenCalledTimes(QUESTIONS.length);
    forward.mockRestore();
    await onThread.close();
    await onMain.close();
  });
});

describe('query thread failures', () => {
  const model = modelFor('wordpiece');

  it('a thread that dies mid-run is reported once and the questions run on the main thread', () => {
    // Killing a thread that opened a session is what a crash of the native runtime does; onnxruntime
    // 1.14 may take the whole process down with it, so it happens in a child, which reports.
    const script = path.join(tmp, 'kill-thread.mts');
    const modelFile = path.join(model, 'onnx', 'model_quantized.onnx');
    writeFileSync(
      script,
      `import { queryThreadWorker } from ${JSON.stringify(path.join(root, 'src', 'embed', 'forward-aside.ts'))};\n` +
        `import { loadEmbedder } from ${JSON.stringify(path.join(root, 'src', 'embed', 'load.ts'))};\n` +
        'const warnings = [];\n' +
        'const load = async (queryThread) => {\n' +
        `  const r = await loadEmbedder({ model: ${JSON.stringify(model)}, modelsDir: ${JSON.stringify(tmp)}, offline: true, queryCacheSize: 0, queryThread, onWarning: (m) => warnings.push(m) });\n` +
        '  if (!r.ok) throw new Error(r.warning);\n' +
        '  return r.embedder;\n' +
        '};\n' +
        'const e = await load(true);\n' +
        'const reference = await load(false);\n' +
        `for (let i = 0; i < 500 && !e.queryThreadActive; i++) await new Promise((r) => setTimeout(r, 20));\n` +
        'const ready = e.queryThreadActive;\n' +
        `await queryThreadWorker(${JSON.stringify(modelFile)}).terminate();\n` +
        `for (let i = 0; i < 500 && e.queryThreadActive; i++) await new Promise((r) => setTimeout(r, 20));\n` +
        `const [a] = await e.embed([${JSON.stringify(QUESTIONS[0])}], 'query');\n` +
        `const [b] = await reference.embed([${JSON.stringify(QUESTIONS[0])}], 'query');\n` +
        'console.log(JSON.stringify({ ready, active: e.queryThreadActive, same: Array.from(a).join() === Array.from(b).join(), warnings }));\n' +
        'process.exit(0);\n',
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal, 'the child was killed at the 60 s timeout').toBeNull();
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null');
    expect(report, run.stderr).toEqual({
      ready: true,
      active: false,
      same: true,
      warnings: ['embed: questions are encoded on the main thread: the query thread exited (code 1)'],
    });
  });

  it('a model file the thread cannot open is reported with the runtime’s reason, and nothing is sent', async () => {
    const bad = path.join(tmp, 'not-a-model.onnx');
    writeFileSync(bad, 'not an onnx file');
    const failures: string[] = [];
    const aside = new ForwardAside(bad, (reason) => failures.push(reason));
    await vi.waitFor(() => expect(failures).toHaveLength(1), { timeout: READY_WAIT_MS });
    expect(failures[0]).toMatch(/^the query thread could not open the model: /);
    expect(aside.usable).toBe(false);
    await expect(aside.forward(new BigInt64Array(1), new BigInt64Array(1), [1, 1])).rejects.toThrow(
      'the query thread is failed',
    );
    await aside.close();
  });

  it('close() ends the thread: pending work rejects and later questions are refused by the embedder', async () => {
    const e = await load(model, true);
    expect(await threadReady(e)).toBe(true);
    await e.close();
    expect(e.queryThreadActive).toBe(false);
    await expect(e.embed([QUESTIONS[0]!], 'query')).rejects.toThrow('is closed; load it again');
  });

  it('an idle query thread never keeps a finished process alive, a busy one does until its answer', () => {
    const script = path.join(tmp, 'open-and-leave.ts');
    const aside = path.join(root, 'src', 'embed', 'forward-aside.ts');
    const modelFile = path.join(model, 'onnx', 'model_quantized.onnx');
    writeFileSync(
      script,
      `import { ForwardAside } from ${JSON.stringify(aside)};\n` +
        `const a = new ForwardAside(${JSON.stringify(modelFile)});\n` +
        'const t = setInterval(() => {\n' +
        '  if (!a.usable) return;\n' +
        '  clearInterval(t);\n' +
        '  console.log("ready");\n' +
        // While a pass is in flight the worker is the only handle left: it must keep the process up.
        '  a.forward(new BigInt64Array([2n, 5n, 3n]), new BigInt64Array([1n, 1n, 1n]), [1, 3]).then((h) => console.log(h.dims.join(",")));\n' +
        '}, 20);\n',
    );
    // Before the fix the 'message' listener re-referenced the worker and this child never ended.
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal, 'the child was killed at the 30 s timeout').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toMatch(/^ready\n1,3,\d+$/);
  });
});
