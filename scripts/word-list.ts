/**
 * `npm run word-list` — writes data/vi-words-2.txt, the two-syllable words of `@vntk/dictionary`'s
 * 74k-entry list (src/text/word-list.ts says the format). Run it after upgrading that package;
 * tests/word-list.test.ts fails when the file and the package disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WORD_LIST_FILE } from '../src/text/dictionary.ts';
import { wordListText } from '../src/text/word-list.ts';

/** The dictionary package's word list, one entry per line. */
export const SOURCE = '@vntk/dictionary/data/Viet74K.txt';

const source = readFileSync(createRequire(import.meta.url).resolve(SOURCE), 'utf8');
const text = wordListText(source.split('\n'));
writeFileSync(WORD_LIST_FILE, text);
console.log(`word-list: ${text.split('\n').length - 3} lines written to data/vi-words-2.txt`);
