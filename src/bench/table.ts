/** The human-readable report of a run: aligned plain-text tables. */
import { warmUpLine } from './serve-types.ts';
import type { BenchResult, CurvePoint } from './types.ts';

/** Left-align the first column and any column named in `left`; right-align the rest (numbers). */
export function renderTable(header: string[], rows: (string | number)[][], left: number[] = []): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const leftAligned = new Set([0, ...left]);
  const line = (r: string[]) =>
    r
      .map((c, i) => (leftAligned.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const f = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const int = (x: number): string => Math.round(x).toLocaleString('en-US');

function curveRows(corpus: CurvePoint[], clustered: CurvePoint[], chosen: number): string[][] {
  return corpus.map((p) => {
    const c = clustered.find((q) => q.efSearch === p.efSearch);
    return [
      `${p.efSearch}${p.efSearch === chosen ? ' *' : ''}`,
      f(p.recallAt10, 4),
      f(p.p50Ms, 3),
      f(p.p95Ms, 3),
      `${f(p.speedup, 0)}×`,
      f(p.simLoss, 4),
      c ? f(c.recallAt10, 4) : '-',
      c ? f(c.p50Ms, 3) : '-',
      c ? `${f(c.speedup, 0)}×` : '-',
    ];
  });
}

/** The whole report as text. */
export function formatReport(r: BenchResult): string {
  const s = r.build.stages;
  const maxEf = Math.max(...r.settings.efValues);
  const out: string[] = [];
  out.push(
    `Benchmark (${r.mode}) ${r.date} — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.totalMemGB} GB, Node ${r.machine.node}; load average ${r.machine.loadAvg.before} → ${r.machine.loadAvg.after}`,
    `Corpus: ${int(r.corpus.articles)} synthetic articles → ${int(r.corpus.chunks)} chunks (${r.corpus.chunksPerArticle}/article, ${r.corpus.textMB} MB text); test model dim ${r.settings.dim}; HNSW M=${r.settings.hnsw.M} efConstruction=${r.settings.hnsw.efConstruction}`,
    '',
    'Build',
    renderTable(
      ['stage', 'seconds', 'chunks/s'],
      [
        ['parse + chunk', f(s.parse.seconds), int(s.parse.perSecond)],
        [
          r.realCost ? 'embed (e5-shaped, random weights)' : 'embed (test model)',
          f(s.embed.seconds),
          int(s.embed.perSecond),
        ],
        ['HNSW insert + save', f(s.hnsw.seconds), int(s.hnsw.perSecond)],
        ['keyword (SQLite/FTS5)', f(s.keyword.seconds), int(s.keyword.perSecond)],
        ['total', f(r.build.seconds), int(r.build.chunksPerSecond)],
      ],
    ),
    `Size on disk: ${r.build.diskMB} MB (generation) + ${r.build.embedCacheMB} MB embedding cache`,
    ...(r.realCost
      ? [
          `Encoder: ${r.realCost.model}, ${r.realCost.onnxMB} MB; everything but the encoder took ${f(r.realCost.pipelineOverheadShare * 100, 1)}% of the build. Corpus-vector recall below is on random-weight vectors: meaningless.`,
        ]
      : []),
    '',
    `Vector search, k=10, ${r.vector.queries} queries — corpus: ${int(r.vector.n)} test-model vectors; clustered: ${int(r.clustered.n)} vectors in ${r.clustered.clusters} Gaussian clusters (build ${f(r.clustered.buildSeconds, 1)} s)`,
    renderTable(
      [
        'efSearch',
        'recall@10',
        'p50 ms',
        'p95 ms',
        'speed-up',
        'sim. loss',
        'clust. recall',
        'clust. p50',
        'clust. speed-up',
      ],
      [
        ...curveRows(r.efCurve, r.clustered.efCurve, r.vector.efSearch),
        [
          'exact',
          '1',
          f(r.vector.exactP50Ms, 3),
          f(r.vector.exactP95Ms, 3),
          '1×',
          '0',
          '1',
          f(r.clustered.exactP50Ms, 3),
          '1×',
        ],
      ],
    ),
    `Served efSearch: ${r.vector.efSearch} (* above), calibrated by the build on the index's own vectors (src/index/ef-calibration.ts). Smallest reaching recall@10 ${r.settings.recallGoal} on these questions: ${r.vector.efFromCorpus ?? `none up to ${maxEf}`}; on the clustered vectors: ${r.vector.efFromClustered ?? `NONE up to ${maxEf}`}.`,
    ...anisotropicLines(r),
    '',
    'Serving',
    renderTable(
      ['measure', 'p50', 'p95', 'note'],
      [
        [
          'keyword search (ms)',
          f(r.keyword.p50Ms),
          f(r.keyword.p95Ms),
          `FTS5 MATCH alone ${f(r.keyword.matchP50Ms)} / ${f(r.keyword.matchP95Ms)}; ${f(r.keyword.meanTerms, 1)} terms/query${articleHits(r.keyword)}`,
        ],
        ...(r.keywordSyllables
          ? [
              [
                'keyword, syllables only (ms)',
                f(r.keywordSyllables.p50Ms),
                f(r.keywordSyllables.p95Ms),
                `the query without syllable pairs, for comparison${articleHits(r.keywordSyllables)}`,
              ],
            ]
          : []),
        [
          'ask end to end (ms)',
          f(r.ask.p50Ms),
          f(r.ask.p95Ms),
          `retrieve ${f(r.ask.retrieveP50Ms)} / ${f(r.ask.retrieveP95Ms)}, answer ${f(r.ask.answerP50Ms)} / ${f(r.ask.answerP95Ms)}; first ${f(r.ask.firstMs)}`,
        ],
      ],
      [3],
    ),
    `Answers: ${r.ask.correct}/${r.ask.questions} correct (all expected strings present), ${r.ask.answered} answered; ${r.ask.vectors ? 'hybrid (keyword + vectors)' : 'KEYWORD ONLY'}`,
    `  by kind: ${Object.entries(r.ask.byType ?? {})
      .map(([k, v]) => `${k} ${v.correct}/${v.total}`)
      .join(', ')}`,
    `Load: createEngine ${f(r.load.seconds, 3)} s (IndexReader.open ${f(r.load.readerOpenSeconds, 3)} s; test-model load ${f(r.load.embedderSeconds, 3)} s); questions ${warmUpLine(r.load.idleWarmUp)}`,
    `Memory (serving process RSS): ${int(r.memory.rssAfterLoadMB)} MB after load, ${int(r.memory.rssAfterAskMB)} MB after the questions, peak ${int(r.memory.peakRssMB)} MB`,
    `Incremental: one article edited → ${f(r.incremental.seconds)} s (${r.incremental.changed} changed, ${r.incremental.embedded} chunks embedded)`,
    '',
    'Targets',
    renderTable(
      ['target', 'wanted', 'measured', 'ratio', ''],
      r.targets.map((t) => [
        t.name,
        t.target,
        f(t.actual, t.actual < 10 ? 3 : 1),
        f(t.ratio, 2),
        t.ok ? 'ok' : 'MISSED',
      ]),
      [1],
    ),
    '',
    `Total ${f(r.totalSeconds, 1)} s (setup: corpus ${f(r.setup.corpusSeconds, 1)} s, test model ${f(r.setup.modelSeconds, 1)} s)`,
  );
  return out.join('\n');
}

function articleHits(k: BenchResult['keyword']): string {
  return k.articleInTopK === undefined
    ? ''
    : `; right article in the top 50: ${k.articleInTopK}/${k.queries}`;
}

/** The anisotropic set's curve: recall, 10th-neighbour similarity gap and speed-up per efSearch. */
function anisotropicLines(r: BenchResult): string[] {
  const a = r.anisotropic;
  if (!a) return [];
  return [
    '',
    `Anisotropic clustered vectors (e5-like): ${int(a.n)} vectors, ${a.clusters} clusters, shared direction ${a.shared}, mean pairwise cosine ${f(a.meanCosine, 3)} (build ${f(a.buildSeconds, 1)} s; exact p50 ${f(a.exactP50Ms, 3)} ms)`,
    renderTable(
      ['efSearch', 'recall@10', '10th-neighbour gap', 'mean sim. loss', 'p50 ms', 'speed-up'],
      a.efCurve.map((p) => [
        `${p.efSearch}${p.efSearch === a.efSearch ? ' (served)' : ''}`,
        f(p.recallAt10, 4),
        f(p.kthLoss, 5),
        f(p.simLoss, 5),
        f(p.p50Ms, 3),
        `${f(p.speedup, 0)}×`,
      ]),
    ),
  ];
}
