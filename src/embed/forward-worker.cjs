// The query encoder's thread (forward-aside.ts): one onnxruntime session of the model file, run on
// token ids the main thread sends, the per-token output posted back. Plain CommonJS so it runs
// without the TypeScript loader; everything model-specific (tokenizer, prefixes, pooling) stays on
// the main thread, so both paths share one implementation of those.
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);

/** The inputs Transformers.js feeds a BERT-type encoder: ids, mask, and zero token types when asked. */
function feedsFor(session, ids, mask, dims) {
  const feeds = {};
  for (const name of session.inputNames) {
    if (name === 'input_ids') feeds[name] = new ort.Tensor('int64', ids, dims);
    else if (name === 'attention_mask') feeds[name] = new ort.Tensor('int64', mask, dims);
    else if (name === 'token_type_ids')
      feeds[name] = new ort.Tensor('int64', new BigInt64Array(ids.length), dims);
    else throw new Error(`the model asks for input '${name}', which the query thread does not feed`);
  }
  return feeds;
}

/** `last_hidden_state`, else the first 3-D float output, as transformers.ts reads it. */
function hiddenStates(out) {
  if (out.last_hidden_state) return out.last_hidden_state;
  const any = Object.values(out).find((t) => t?.dims?.length === 3 && t.data instanceof Float32Array);
  if (!any) throw new Error(`the model has no per-token output (got ${Object.keys(out).join(', ')})`);
  return any;
}

const opened = ort.InferenceSession.create(workerData.modelFile, { executionProviders: ['cpu'] });
opened.then(
  () => parentPort.postMessage({ kind: 'ready' }),
  (err) => parentPort.postMessage({ kind: 'failed', message: err.message }),
);

parentPort.on('message', async ({ id, ids, mask, dims }) => {
  try {
    const session = await opened;
    const hidden = hiddenStates(await session.run(feedsFor(session, ids, mask, dims)));
    parentPort.postMessage({ kind: 'result', id, data: hidden.data, dims: hidden.dims });
  } catch (err) {
    parentPort.postMessage({ kind: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
});
