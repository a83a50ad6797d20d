import { join } from 'node:path';
import { loadEmbedder } from '../../src/embed/load.ts';
import { buildTestModel, type TestTokenizer } from '../../src/embed/test-model.ts';
import type { Embedder } from '../../src/embed/types.ts';

/**
 * Write the offline test model under `dir` (vocabulary from `corpusDirs`) and load it.
 * `tokenizer: 'unigram'` gives the multilingual-e5-small-shaped fixture (XLM-R tokenizer, E5 prefixes).
 */
export async function testEmbedder(
  dir: string,
  corpusDirs: string[],
  dim?: number,
  tokenizer: TestTokenizer = 'wordpiece',
): Promise<Embedder> {
  const out = join(dir, `model${dim ?? ''}${tokenizer === 'wordpiece' ? '' : `-${tokenizer}`}`);
  buildTestModel({ out, corpusDirs, tokenizer, ...(dim ? { dim } : {}) });
  const loaded = await loadEmbedder({ model: out, modelsDir: join(dir, 'models') });
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.embedder;
}
