/** findPlaces stays well under 5 ms on a 5,000-character article. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/place/find.ts';
import { normalizeText } from '../src/text/normalize.ts';

const WINDOW = 5_000;
const RUNS = 200;
/** The brief's bound on the mean time per 5,000-character article. */
const MAX_MEAN_MS = 5;

describe('findPlaces time', () => {
  it(`links a ${WINDOW}-character article in well under ${MAX_MEAN_MS} ms on average`, () => {
    const corpus = readdirSync('seeds')
      .map((f) => normalizeText(readFileSync(join('seeds', f), 'utf8')))
      .join('\n\n');
    const windows: string[] = [];
    for (let at = 0; at + WINDOW <= corpus.length; at += WINDOW) windows.push(corpus.slice(at, at + WINDOW));
    expect(windows.length).toBeGreaterThanOrEqual(2);
    // The first call loads the gazetteer and builds the name index: timed apart.
    const first = findPlaces(windows[0]!);
    expect(first.length).toBeGreaterThan(0);

    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    let mentions = 0;
    for (let k = 0; k < RUNS; k++) mentions += findPlaces(windows[k % windows.length]!).length;
    const wallMs = (performance.now() - wall0) / RUNS;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
    console.log(`findPlaces per ${WINDOW} chars: ${cpuMs.toFixed(2)} ms CPU, ${wallMs.toFixed(2)} ms wall`);
    expect(mentions).toBeGreaterThan(RUNS);
    // CPU time: on a machine shared by many processes the wall clock also counts their turns.
    expect(cpuMs).toBeLessThan(MAX_MEAN_MS);
  });
});
