/**
 * Instruction prefixes. E5 models were trained with `query: ` / `passage: ` in front of every text
 * and lose quality without them; other models (the test model included) must not get them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Prefixes {
  query: string;
  passage: string;
}

/** `'auto'` detects (see {@link resolvePrefixes}); `'e5'` and `'none'` force; an object is used as is. */
export type PrefixOption = 'auto' | 'e5' | 'none' | Prefixes;

export const E5_PREFIXES: Readonly<Prefixes> = Object.freeze({ query: 'query: ', passage: 'passage: ' });
export const NO_PREFIXES: Readonly<Prefixes> = Object.freeze({ query: '', passage: '' });

/** True for names of the E5 family (`multilingual-e5-small`, `e5-base-v2`, `intfloat/e5-large`…). */
export function isE5Name(name: string): boolean {
  return /(^|[^a-z0-9])e5([^a-z0-9]|$)/i.test(name);
}

function isPrefixes(v: unknown): v is Prefixes {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && typeof o.query === 'string' && typeof o.passage === 'string';
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decide the prefixes. For `'auto'`, first match wins:
 * 1. `embedding_prefixes: { query, passage }` in the model's config.json (our own flag; the test model sets it to empty strings);
 * 2. `prompts` with `query` and `passage` (or `document`) in config_sentence_transformers.json;
 * 3. an E5 name in `names` (model id, directory name) or config `_name_or_path` → E5 prefixes;
 * 4. none.
 *
 * @param modelDir directory holding config.json, when known (local model or cache folder)
 */
export function resolvePrefixes(option: PrefixOption, names: string[], modelDir?: string): Prefixes {
  if (option === 'e5') return { ...E5_PREFIXES };
  if (option === 'none') return { ...NO_PREFIXES };
  if (typeof option === 'object') return { ...option };
  const config = modelDir ? readJson(path.join(modelDir, 'config.json')) : undefined;
  if (isPrefixes(config?.embedding_prefixes)) return { ...config.embedding_prefixes };
  const st = modelDir ? readJson(path.join(modelDir, 'config_sentence_transformers.json')) : undefined;
  const prompts = st?.prompts as Record<string, unknown> | undefined;
  if (prompts && typeof prompts.query === 'string') {
    const passage = prompts.passage ?? prompts.document;
    if (typeof passage === 'string') return { query: prompts.query, passage };
  }
  const nameOrPath = typeof config?._name_or_path === 'string' ? [config._name_or_path] : [];
  if ([...names, ...nameOrPath].some(isE5Name)) return { ...E5_PREFIXES };
  return { ...NO_PREFIXES };
}
