/**
 * What the bot answers about the project's seeds where more than one end-to-end suite checks the
 * same answer (bot-e2e on the WordPiece test model, bot-e2e-xlmr on the XLM-R-shaped one).
 */

/** The Mường Lay meeting of quý I/2021: its seed file and headline. */
export const SEED_DOC_2021 = '000_0c95c87bab80c7cf';
export const TITLE_2021 = 'Mường Lay: Giao ban Khối Đảng quý I năm 2021';

/** "Who chaired the Q1 2021 meeting?": asked in English, two meetings match. */
export const Q_EN_Q1_2021 = 'Who chaired the Q1 2021 meeting?';
/**
 * The buttons under its answer: English labels (the question's language; the answer quotes the
 * articles as written), one button per matching meeting to narrow the answer to it, then 👍/👎.
 */
export const EN_Q1_2021_BUTTONS = [
  'Source 1',
  'Full article 1',
  'Source 2',
  'Full article 2',
  'Mường Lay · 31/3/2021',
  'Hậu Giang · 17/3/2021',
  '👍',
  '👎',
];
