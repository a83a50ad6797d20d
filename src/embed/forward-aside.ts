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

/** A forward pass of one model file on a worker thread. */
export class ForwardAside {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (h: HiddenStates) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private state: 'starting' | 'ready' | 'failed' | 'closed' = 'starting';
  private failure: string | null = null;

  /**
   * Start the worker on `modelFile` (an ONNX file). Never throws: a worker that cannot start, or
   * whose session fails to open, is reported once through `onFailure` and left unused.
   */
  constructor(
    modelFile: string,
    private readonly onFailure: (reason: string) => void = () => {},
  ) {
    const ortPath = createRequire(import.meta.url).resolve('onnxruntime-node');
    this.worker = new Worker(WORKER_FILE, { workerData: { modelFile, ortPath } });
    this.worker.on('message', (msg: FromWorker) => this.receive(msg));
    this.worker.on('error', (err) => this.fail(`the query thread failed: ${err.message}`));
    this.worker.on('exit', (code) => {
      if (this.state !== 'closed') this.fail(`the query thread exited (code ${code})`);
    });
    // An idle worker must not keep a finished process alive (a CLI that exits without close()); one
    // with a pass in flight must (`forward` refs it), or the process could end before the answer
    // comes back. After the listeners: a 'message' listener refs the worker's port again.
    this.worker.unref();
  }

  /** True once the worker's session is open and until it fails or is closed. */
  get usable(): boolean {
    return this.state === 'ready';
  }

  /** Why the worker is not used, once it failed. */
  get failedBecause(): string | null {
    return this.failure;
  }

  /** Run the model on padded ids and mask (`dims` = [batch, sequence]). Rejects if the worker fails meanwhile. */
  forward(ids: BigInt64Array, mask: BigInt64Array, dims: [number, number]): Promise<HiddenStates> {
    if (this.state !== 'ready') return Promise.reject(new Error(`the query thread is ${this.state}`));
    const id = this.nextId++;
    return new Promise<HiddenStates>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ids, mask, dims });
    });
  }

  /** Stop the worker; pending passes reject. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.rejectAll('the query thread was closed');
    await this.worker.terminate();
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
    if (this.state === 'failed' || this.state === 'closed') return;
    this.state = 'failed';
    this.failure = reason;
    this.rejectAll(reason);
    this.onFailure(reason);
    void this.worker.terminate();
  }

  private rejectAll(reason: string): void {
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
    this.worker.unref();
  }
}
