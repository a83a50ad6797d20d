/**
 * A tiny template language for the sentence pools: `{a|b|c}` picks one alternative (nesting allowed,
 * `{a|}` makes `a` optional) and `$name` inserts a variable. Templates are parsed once and cached,
 * because the generator renders millions of them.
 */
import type { Rng } from './rng.ts';

type Node = string | { v: string } | { alt: Node[][] };

const cache = new Map<string, Node[]>();

function parse(tpl: string): Node[] {
  let pos = 0;
  const seq = (inAlt: boolean): Node[][] => {
    const options: Node[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) (options[options.length - 1] as Node[]).push(text);
      text = '';
    };
    while (pos < tpl.length) {
      const c = tpl[pos] as string;
      if (c === '{') {
        flush();
        pos++;
        (options[options.length - 1] as Node[]).push({ alt: seq(true) });
      } else if (c === '}' && inAlt) {
        pos++;
        flush();
        return options;
      } else if (c === '|' && inAlt) {
        pos++;
        flush();
        options.push([]);
      } else if (c === '$') {
        flush();
        const m = /^[A-Za-z0-9_]+/.exec(tpl.slice(pos + 1));
        if (!m) throw new Error(`template: '$' without a name in '${tpl}'; write $name`);
        (options[options.length - 1] as Node[]).push({ v: m[0] });
        pos += 1 + m[0].length;
      } else {
        text += c;
        pos++;
      }
    }
    if (inAlt) throw new Error(`template: unclosed '{' in '${tpl}'; close every alternative group`);
    flush();
    return options;
  };
  return seq(false)[0] as Node[];
}

function render(nodes: Node[], vars: Readonly<Record<string, string>>, rng: Rng): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += n;
    else if ('v' in n) {
      const value = vars[n.v];
      if (value === undefined) throw new Error(`template: no value for $${n.v}; add it to the variables`);
      out += value;
    } else out += render(rng.pick(n.alt), vars, rng);
  }
  return out;
}

/** Renders a template with the given variables; double spaces left by empty options are squeezed. */
export function expand(tpl: string, vars: Readonly<Record<string, string>>, rng: Rng): string {
  if (tpl.indexOf('{') < 0 && tpl.indexOf('$') < 0) return tpl;
  let nodes = cache.get(tpl);
  if (!nodes) {
    nodes = parse(tpl);
    // Templates are static pool entries; the bound only guards against callers building them on the fly.
    if (cache.size < 20_000) cache.set(tpl, nodes);
  }
  const out = render(nodes, vars, rng);
  return out.indexOf('  ') < 0 && !SPACE_PUNCT.test(out)
    ? out
    : out.replace(/ {2,}/g, ' ').replace(/ ([,.;:])/g, '$1');
}

const SPACE_PUNCT = / [,.;:]/;

/** Upper-cases the first letter. */
export function cap(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
