import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_MENU, commandMenu, PUBLIC_MENU } from '../src/bot/commands.ts';
import { i18n } from '../src/bot/i18n.ts';

const LOCALES = ['vi', 'en'] as const;
const BOT_DIR = 'src/bot';

/** Message ids defined in a Fluent file (`key = …` at the start of a line; terms and comments excluded). */
function definedKeys(lang: string): string[] {
  const text = readFileSync(join('locales', `${lang}.ftl`), 'utf8');
  return [...text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every translation call of the bot's code with its key: `tr(ctx, 'key'…)`, `i18n.t(lang, 'key'…)`
 * and the formatters' local `t('key'…)`. A call whose key is not a string literal is reported as
 * `null`, so a computed key cannot slip past the check (the formatters' own `t` wrappers, which
 * pass their `key` parameter on, are the one allowed form).
 */
function usedKeys(): { file: string; key: string | null; call: string }[] {
  const out: { file: string; key: string | null; call: string }[] = [];
  const CALL = /(?<![\w.])(?:tr\(\s*\w+\s*,|i18n\.t\(\s*[^,()]+,|t\()\s*([^\s,)]+)/g;
  for (const file of sourceFiles(BOT_DIR)) {
    const text = readFileSync(file, 'utf8').replace(/^\s*(?:\*|\/\/).*$/gm, '');
    for (const m of text.matchAll(CALL)) {
      const arg = m[1]!;
      if (arg === 'key') continue; // `(key, vars) => i18n.t(lang, key, vars)`
      if (arg.startsWith('`menu-')) continue; // command menus: checked whole below
      const literal = /^'([a-z][a-z0-9-]*)'$/.exec(arg);
      out.push({ file, key: literal ? literal[1]! : null, call: m[0] });
    }
  }
  return out;
}

describe('i18n: the locale files', () => {
  it('vi and en define the same keys, each once', () => {
    const [vi, en] = LOCALES.map(definedKeys);
    expect(new Set(vi).size).toBe(vi!.length);
    expect(new Set(en).size).toBe(en!.length);
    expect([...en!].sort()).toEqual([...vi!].sort());
    expect(vi!.length).toBeGreaterThan(80);
  });

  it('every key the bot uses is a literal that exists in both languages', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(80);
    expect(used.filter((u) => u.key === null)).toEqual([]);
    for (const lang of LOCALES) {
      const defined = new Set(definedKeys(lang));
      const missing = used.filter((u) => !defined.has(u.key!)).map((u) => `${u.file}: ${u.key}`);
      expect(missing, lang).toEqual([]);
    }
  });

  it('the command menus are described in both languages', () => {
    for (const lang of LOCALES) {
      const menu = commandMenu([...PUBLIC_MENU, ...ADMIN_MENU], lang);
      const defined = new Set(definedKeys(lang));
      for (const { command, description } of menu) {
        expect(defined.has(`menu-${command}`), `${lang}: menu-${command}`).toBe(true);
        expect(description).not.toBe(`menu-${command}`);
      }
    }
    expect(commandMenu(['latest'], 'en')[0]?.description).toMatch(/^The newest reports/);
  });

  it('the store renders every message of both languages (none lost to a Fluent syntax error)', () => {
    for (const lang of LOCALES) {
      const text = readFileSync(join('locales', `${lang}.ftl`), 'utf8');
      // Every variable any message uses, given a value (a number: plural selectors need one).
      const vars = Object.fromEntries([...text.matchAll(/\{\s*\$(\w+)/g)].map((m) => [m[1]!, 2]));
      for (const key of definedKeys(lang)) {
        const rendered = i18n.t(lang, key, vars);
        expect(rendered, `${lang}:${key}`).not.toBe(key);
        expect(rendered, `${lang}:${key}`).not.toMatch(/\{\s*\$|^\{[a-z-]+\}$/);
      }
    }
  });
});
