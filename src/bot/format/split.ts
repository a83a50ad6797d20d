/** Telegram's limit for a message's text, in UTF-16 code units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

interface Cut {
  at: number;
  /** Tags still open at `at`, outermost first, as written (with attributes). */
  open: string[];
}

/**
 * Split Telegram HTML into messages of at most `limit` characters each. Raw HTML is never shorter
 * than the parsed text Telegram measures, so the limit holds after parsing too.
 *
 * Each cut goes at the last paragraph break that fits, else the last line break, else the last
 * space, else anywhere outside a tag, an entity or a surrogate pair. Tags open at a cut are closed
 * at the end of the part and reopened at the start of the next, so every part parses on its own.
 */
export function splitHtml(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = html.trim();
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    const head = rest.slice(0, cut.at).trimEnd() + cut.open.map(closingTag).reverse().join('');
    parts.push(head);
    rest = cut.open.join('') + rest.slice(cut.at).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

function findCut(s: string, limit: number): Cut {
  const stack: string[] = [];
  let closeLength = 0;
  let textSeen = false;
  let paragraph: Cut | null = null;
  let line: Cut | null = null;
  let space: Cut | null = null;
  let any: Cut | null = null;
  let i = 0;
  while (i < s.length && i <= limit) {
    // Between tokens: a legal cut, provided the part holds some text and its closing tags fit.
    if (textSeen && i + closeLength <= limit) {
      const here = { at: i, open: [...stack] };
      any = here;
      if (s.startsWith('\n\n', i)) paragraph = here;
      else if (s[i] === '\n') line = here;
      else if (s[i] === ' ') space = here;
    }
    const ch = s[i];
    if (ch === '<') {
      const end = s.indexOf('>', i);
      if (end >= 0) {
        const tag = s.slice(i, end + 1);
        const name = tagName(tag);
        if (name && tag.startsWith('</')) {
          const top = stack.findLastIndex((t) => tagName(t) === name);
          if (top >= 0) {
            closeLength -= closingTag(stack[top]!).length;
            stack.splice(top, 1);
          }
        } else if (name) {
          stack.push(tag);
          closeLength += closingTag(tag).length;
        }
        i = end + 1;
        continue;
      }
    }
    textSeen = true;
    if (ch === '&') {
      const entity = /^&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/.exec(s.slice(i, i + 12));
      i += entity ? entity[0].length : 1;
    } else {
      const code = s.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? 2 : 1;
    }
  }
  // Unreachable for this project's output (no tag or entity is near 4096 characters long); a hard
  // cut keeps the loop finite if it ever happens.
  return paragraph ?? line ?? space ?? any ?? { at: limit, open: [] };
}

function tagName(tag: string): string | null {
  return /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? null;
}

function closingTag(openTag: string): string {
  return `</${tagName(openTag)}>`;
}
