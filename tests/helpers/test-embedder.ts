import { join } from 'node:path';
import { loadEmbedder } from '../../src/embed/load.ts';
import { buildTestModel } from '../../src/embed/test-model.ts';
import type { Embedder } from '../../src/embed/types.ts';

/** Write the offline test model under `dir` (vocabulary from `corpusDirs`) and load it. */
export async function testEmbedder(dir: string, corpusDirs: string[], dim?: number): Promise<Embedder> {
  const out = join(dir, dim ? `model${dim}` : 'model');
  buildTestModel({ out, corpusDirs, ...(dim ? { dim } : {}) });
  const loaded = await loadEmbedder({ model: out, modelsDir: join(dir, 'models') });
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.embedder;
}
