/**
 * The model's forward pass for questions, on a worker thread.
 *
 * Why: onnxruntime-node 1.14 runs a session synchronously on the calling thread, so a question's
 * encoding (≈ 9 ms p50 for e5-small, 16–21 ms p95 here) blocked the main thread: the keyword search
 * waited for it, and the bot could not read other updates meanwhile. On its own thread the encoding
 * runs while the main thread parses and searches keywords (`retrieve` starts it first), and the
 * garbage it makes stays out of the main heap.
 *
 * Only the forward pass moves: the main thread still tokenises, pads and pools (transformers.ts), so
 * both paths give the same vectors from one implementation. The worker opens its own session of the
 * same model file (memory: one more copy of the model). Until it reports ready, or after it fails,
 * {@link ForwardAside.usable} is false and the caller runs the model itself: a slow or broken worker
 * never delays or loses a question.
 *
 * One thread per model file for the whole process, shared by every embedder of that file and never
 * terminated while the process lives: onnxruntime-node 1.14 is not safe to unload from a thread, and
 * ending a thread that opened a session then starting another crashed the process (seen in CI as a
 * test worker that "exited unexpectedly"; microsoft/onnxruntime#13086). `close()` detaches a
 * handle; the idle thread is unreferenced, so it never keeps a finished process alive.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A per-token output: `[batch, sequence, hidden]` floats. */
export interface HiddenStates {
  data: Float32Array;
  dims: number[];
}

type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'result'; id: number; data: Float32Array; dims: number[] }
  | { kind: 'error'; id: number; message: string };

const WORKER_FILE = new URL('./forward-worker.cjs', import.meta.url);

/** The process's one thread for a model file, shared by its handles. */
class QueryThread {
  readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (h: HiddenStates) => void; reject: (e: Error) => void }
  >();
  private readonly failureListeners = new Set<(reason: string) => void>();
  private nextId = 0;
  state: 'starting' | 'ready' | 'failed' = 'starting';
  failure: string | null = null;

  constructor(private readonly modelFile: string) {
    const ortPath = createRequire(import.meta.url).resolve('onnxruntime-node');
    this.worker = new Worker(WORKER_FILE, { workerData: { modelFile, ortPath } });
    this.worker.on('message', (msg: FromWorker) => this.receive(msg));
    this.worker.on('error', (err) => this.fail(`the query thread failed: ${err.message}`));
    this.worker.on('exit', (code) => this.fail(`the query thread exited (code ${code})`));
    // An idle worker must not keep a finished process alive (a CLI that exits without close()); one
    // with a pass in flight must (`forward` refs it), or the process could end before the answer
    // comes back. After the listeners: a 'message' listener refs the worker's port again.
    this.worker.unref();
  }

  /** Call `listener` once if the thread fails (at once when it already has); returns the unsubscribe. */
  onFailure(listener: (reason: string) => void): () => void {
    if (this.failure !== null) listener(this.failure);
    else this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  forward(ids: BigInt64Array, mask: BigInt64Array, dims: [number, number]): Promise<HiddenStates> {
    const id = this.nextId++;
    return new Promise<HiddenStates>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ids, mask, dims });
    });
  }

  private receive(msg: FromWorker): void {
    if (msg.kind === 'ready') {
      if (this.state === 'starting') this.state = 'ready';
      return;
    }
    if (msg.kind === 'failed') {
      this.fail(`the query thread could not open the model: ${msg.message}`);
      return;
    }
    const waiting = this.pending.get(msg.id);
    if (!waiting) return;
    this.pending.delete(msg.id);
    if (this.pending.size === 0) this.worker.unref();
    if (msg.kind === 'result') waiting.resolve({ data: msg.data, dims: msg.dims });
    else waiting.reject(new Error(msg.message));
  }

  private fail(reason: string): void {
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.failure = reason;
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
    this.worker.unref();
    for (const l of this.failureListeners) l(reason);
    this.failureListeners.clear();
    // A failed thread is left to end on its own, never terminated (see the file's comment); a new
    // handle for the file starts a fresh thread.
    if (threads.get(this.modelFile) === this) threads.delete(this.modelFile);
  }
}

/** The live thread of each model file (a failed one is dropped, so the next handle starts anew). */
const threads = new Map<string, QueryThread>();

function threadFor(modelFile: string): QueryThread {
  let t = threads.get(modelFile);
  if (!t) {
    t = new QueryThread(modelFile);
    threads.set(modelFile, t);
  }
  return t;
}

/** A handle on the forward pass of one model file on its worker thread. */
export class ForwardAside {
  private readonly thread: QueryThread;
  private closed = false;
  private readonly inFlight = new Set<(e: Error) => void>();
  private readonly unsubscribe: () => void;

  /**
   * Use the thread of `modelFile` (an ONNX file), starting it if none runs. Never throws: a thread
   * that cannot start, or whose session fails to open, is reported once through `onFailure` and
   * left unused.
   */
  constructor(modelFile: string, onFailure: (reason: string) => void = () => {}) {
    this.thread = threadFor(modelFile);
    this.unsubscribe = this.thread.onFailure((reason) => {
      if (!this.closed) onFailure(reason);
    });
  }

  /** True once the thread's session is open, until it fails or this handle is closed. */
  get usable(): boolean {
    return !this.closed && this.thread.state === 'ready';
  }

  /** Why the thread is not used, once it failed. */
  get failedBecause(): string | null {
    return this.thread.failure;
  }

  /** Run the model on padded ids and mask (`dims` = [batch, sequence]). Rejects if the thread fails or the handle closes meanwhile. */
  forward(ids: BigInt64Array, mask: BigInt64Array, dims: [number, number]): Promise<HiddenStates> {
    if (this.closed) return Promise.reject(new Error('the query thread is closed'));
    if (this.thread.state !== 'ready')
      return Promise.reject(new Error(`the query thread is ${this.thread.state}`));
    return new Promise<HiddenStates>((resolve, reject) => {
      this.inFlight.add(reject);
      this.thread.forward(ids, mask, dims).then(
        (h) => {
          this.inFlight.delete(reject);
          resolve(h);
        },
        (e: Error) => {
          this.inFlight.delete(reject);
          reject(e);
        },
      );
    });
  }

  /** Detach from the thread: this handle's pending passes reject; the thread stays for other handles. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    for (const reject of this.inFlight) reject(new Error('the query thread was closed'));
    this.inFlight.clear();
  }
}

/** Test hook: the worker of a model file's thread, to kill it as a crash of the native runtime would. */
export function queryThreadWorker(modelFile: string): Worker | undefined {
  return threads.get(modelFile)?.worker;
}
