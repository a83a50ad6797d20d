/** Visible text of an HTML page; see {@link htmlToText} in decode.ts (deep pages are flattened first). */
export { htmlToText } from './decode.ts';
