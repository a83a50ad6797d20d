import type {
  Answer,
  ArticlePreview,
  Citation,
  DocFacet,
  Engine,
  IndexStats,
  LatestItem,
  Passage,
  StoredDocument,
  UpdateReport,
} from '../../src/engine/types.ts';

/** A citation with plausible defaults; `n` and anything else can be overridden. */
export function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    docId: `00${n}_fake`,
    title: `Hội nghị giao ban số ${n}`,
    published: `2021-04-0${n % 10}`,
    source: `seeds/00${n}_fake.txt`,
    quote: `Đoạn trích dẫn số ${n} nói về kết quả thực hiện nhiệm vụ.`,
    // The quote opens the body of the fake article (see `fakeDocument`).
    span: {
      start: 0,
      end: (overrides.quote ?? `Đoạn trích dẫn số ${n} nói về kết quả thực hiện nhiệm vụ.`).length,
    },
    ...overrides,
  };
}

/** The stored article behind `citation(n)` (docId `00n_fake`): its quote, then a second paragraph. */
export function fakeDocument(docId: string): StoredDocument | undefined {
  const n = /^00(\d+)_fake$/.exec(docId)?.[1];
  if (n === undefined) return undefined;
  const c = citation(Number(n));
  return {
    docId,
    title: c.title,
    published: c.published,
    source: c.source,
    url: null,
    site: null,
    body: `${c.quote}\n\nĐoạn thứ hai của bài số ${n}.`,
  };
}

/** An answer citing [1] (and [2] when two citations are given). */
export function answer(question: string, overrides: Partial<Answer> = {}): Answer {
  const citations = overrides.citations ?? [citation(1)];
  return {
    question,
    answered: citations.length > 0,
    answer:
      citations.length > 0
        ? `Hội nghị do đồng chí Nguyễn Văn A, Bí thư Huyện ủy chủ trì ${citations.map((c) => `[${c.n}]`).join('')}.`
        : 'Không tìm thấy thông tin trong các bản tin. Hãy thử hỏi cụ thể hơn.',
    citations,
    passages: [],
    timings: { retrieveMs: 3, answerMs: 1, totalMs: 4 },
    ...overrides,
  };
}

/** Three reports, newest first (the order `Engine.latest` promises). */
export const LATEST: LatestItem[] = [
  {
    docId: '003_newest',
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2022',
    published: '2022-07-15',
    source: 'seeds/003_newest.txt',
    chair: 'Trần Thị B (Bí thư Huyện ủy)',
    summary: 'Sáng 15/7, Huyện ủy tổ chức hội nghị sơ kết.',
  },
  {
    docId: '002_middle',
    title: 'Giao ban Khối Đảng quý I năm 2021',
    published: '2021-04-02',
    source: 'seeds/002_middle.txt',
    chair: null,
    summary: 'Quý I năm 2021, các cơ quan Khối Đảng đã bám sát nhiệm vụ, chương trình, kế hoạch của thị xã.',
  },
  {
    docId: '001_oldest',
    title: 'Hội nghị tổng kết năm 2020',
    published: null,
    source: 'seeds/001_oldest.txt',
    chair: null,
    summary: 'Hội nghị tổng kết công tác năm 2020.',
  },
];

/**
 * Places of the `LATEST` reports (gazetteer keys): the newest is about Kon Tum province (p:62), the
 * middle one about the town of Mường Lay (d:095) in Điện Biên (p:11), the oldest names Kon Tum only
 * in passing.
 */
export const FACETS: DocFacet[] = [
  {
    docId: '003_newest',
    bodyHash: 'h3',
    published: '2022-07-15',
    meetingDates: ['2022-07-15'],
    periods: ['2022-H1'],
    places: { own: ['p:62'], named: ['p:62'] },
  },
  {
    docId: '002_middle',
    bodyHash: 'h2',
    published: '2021-04-02',
    meetingDates: ['2021-04-01'],
    periods: ['2021-Q1'],
    places: { own: ['d:095', 'p:11'], named: ['d:095', 'p:11'] },
  },
  {
    docId: '001_oldest',
    bodyHash: 'h1',
    published: null,
    meetingDates: [],
    periods: ['2020'],
    places: { own: [], named: ['p:62'] },
  },
];

export const PASSAGES: Passage[] = [
  {
    docId: '002_middle',
    chunk: 0,
    score: 1.5,
    text: 'Quý I năm 2021, các cơ quan Khối Đảng đã bám sát nhiệm vụ.',
  },
  { docId: '003_newest', chunk: 2, score: 0.9, text: 'Hội nghị sơ kết 6 tháng đầu năm 2022 của Huyện ủy.' },
];

export const STATS: IndexStats = {
  articles: 3,
  chunks: 42,
  vectors: true,
  model: 'Xenova/multilingual-e5-small',
  vectorsMissingReason: null,
  generation: 4,
  builtAt: '2024-05-01T03:00:00.000Z',
};

export function report(overrides: Partial<UpdateReport> = {}): UpdateReport {
  return { added: [], changed: [], removed: [], unchanged: 3, skipped: [], seconds: 1.25, ...overrides };
}

export interface FakeEngine extends Engine {
  /** Every call, in order, with its arguments. */
  calls: { method: keyof Engine; args: unknown[] }[];
  /** What `ask` returns (or throws); default: `answer(question)`. */
  onAsk: (question: string) => Answer | Promise<Answer>;
  /** What `reindex`, `addArticle` and `removeArticle` return (or throw); default: `report()`. */
  onUpdate: (
    method: 'reindex' | 'addArticle' | 'addArticles' | 'removeArticle',
    args: unknown[],
  ) => Promise<UpdateReport>;
  latestItems: LatestItem[];
  /** What `facets` returns; default: {@link FACETS}. */
  facetList: DocFacet[];
  passages: Passage[];
  indexStats: IndexStats;
  /** What `document` finds, by docId. */
  documents: Map<string, StoredDocument>;
  /** What `previewArticle` returns; default: an article titled by the content's first line. */
  onPreview: (content: string, opts: { format: 'txt' | 'html' }) => ArticlePreview;
  closed: boolean;
}

/**
 * An Engine with canned data, recording calls. `updating` is true while an update's promise is
 * pending, as the real engine promises.
 */
export function createFakeEngine(): FakeEngine {
  let running = 0;
  const engine: FakeEngine = {
    calls: [],
    onAsk: (question) => answer(question),
    onUpdate: async () => report(),
    latestItems: LATEST,
    facetList: FACETS,
    passages: PASSAGES,
    indexStats: STATS,
    documents: new Map(),
    onPreview: (content) => ({
      ok: true,
      title: content.trim().split('\n')[0] ?? '',
      published: '2024-03-15',
      author: null,
      chairs: [],
      periods: [],
      organisation: null,
      opening: content.trim().split('\n').slice(1).join(' ').slice(0, 200),
      bodyChars: content.length,
      url: null,
      site: null,
      duplicateOf: null,
    }),
    closed: false,
    get updating() {
      return running > 0;
    },
    async ask(question, opts) {
      engine.calls.push({ method: 'ask', args: [question, opts] });
      return engine.onAsk(question);
    },
    latest(n, opts) {
      engine.calls.push({ method: 'latest', args: opts ? [n, opts] : [n] });
      const only = opts?.only;
      return engine.latestItems.filter((i) => !only || only.has(i.docId)).slice(0, n);
    },
    facets() {
      engine.calls.push({ method: 'facets', args: [] });
      return engine.facetList;
    },
    async search(query, k) {
      engine.calls.push({ method: 'search', args: [query, k] });
      return engine.passages.slice(0, k);
    },
    stats() {
      engine.calls.push({ method: 'stats', args: [] });
      return engine.indexStats;
    },
    reindex() {
      engine.calls.push({ method: 'reindex', args: [] });
      return track(engine.onUpdate('reindex', []));
    },
    async addArticle(content, opts) {
      engine.calls.push({ method: 'addArticle', args: [content, opts] });
      const r = await track(engine.onUpdate('addArticle', [content, opts]));
      return { docId: 'added_0001', report: r };
    },
    async addArticles(items) {
      engine.calls.push({ method: 'addArticles', args: [items] });
      const r = await track(engine.onUpdate('addArticles', [items]));
      return { items: items.map((_, i) => ({ ok: true as const, docId: `added_${i + 1}` })), report: r };
    },
    articleIds() {
      engine.calls.push({ method: 'articleIds', args: [] });
      return engine.latestItems.map((i) => i.docId);
    },
    articlePlaces(docId) {
      engine.calls.push({ method: 'articlePlaces', args: [docId] });
      return undefined;
    },
    document(docId) {
      engine.calls.push({ method: 'document', args: [docId] });
      return engine.documents.get(docId) ?? fakeDocument(docId);
    },
    searchTitles(phrase, limit) {
      engine.calls.push({ method: 'searchTitles', args: [phrase, limit] });
      return engine.latestItems
        .filter((i) => i.title.toLowerCase().includes(phrase.toLowerCase()))
        .slice(0, limit)
        .map((i) => ({ docId: i.docId, title: i.title, published: i.published }));
    },
    previewArticle(content, opts) {
      engine.calls.push({ method: 'previewArticle', args: [content, opts] });
      return engine.onPreview(content, opts);
    },
    removeArticle(docId) {
      engine.calls.push({ method: 'removeArticle', args: [docId] });
      return track(engine.onUpdate('removeArticle', [docId]));
    },
    async close() {
      engine.calls.push({ method: 'close', args: [] });
      engine.closed = true;
    },
  };
  async function track<T>(p: Promise<T>): Promise<T> {
    running++;
    try {
      return await p;
    } finally {
      running--;
    }
  }
  return engine;
}

/** A promise resolved from outside, to hold an engine call open while a test does something else. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (err: Error) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
