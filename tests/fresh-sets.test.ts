/**
 * Fresh frozen sets (tests/fixtures/fresh/, twentieth session), A and B first: twelve articles in the raw style
 * over provinces no other set uses (Nghệ An, Yên Bái, Lâm Đồng, Hà Tĩnh; Thanh Hóa, Đắk Lắk, An
 * Giang, Bắc Giang) and 60 facts each asked formal, chat and English (180 questions, 16 unanswerable
 * groups), written by two helpers that never read the code and committed before any measurement
 * (18a957a, 8f2b9c8). Odd groups are the dev half the session's fixes were made on; even groups are
 * held out and counted only. Kept outside tests/fixtures/*.jsonl so the sets that read every
 * fixture are unchanged. The floors are the measurements: each pair's is its measurement on the
 * twenty-eighth session's final code (the comments give the earlier ones).
 */
import { describe, expect, it } from 'vitest';
import { UNTUNED_FRESH_SETS } from '../src/eval/held-out.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';
import { type PhrasingQuestion, scorePhrasings } from './helpers/phrasings.ts';

const present = devCorpusPresent('fresh-sets.test', 'the fresh sets over the seeds and the dev corpus');

type FreshQuestion = PhrasingQuestion & { half: 'dev' | 'held' };

/**
 * Measured 2026-12-05 (keyword-only, seeds + dev corpus + both fresh corpora). On main 869596f,
 * before the session's fixes: dev half 69/90 (formal 22, chat 23, English 24), held-out half 63/90
 * (formal 23, chat 20, English 20); answerable questions answered wrongly 7 (dev) and 9 (held);
 * unanswerable answered 2 (dev) and 4 (held). After the fixes (tests/fresh-fixes.test.ts): dev 81/90
 * (formal 27, chat 28, English 26), held-out 69/90 (formal 26, chat 20, English 23), answered
 * wrongly 4 and 9, unanswerable answered 2 and 4 (unchanged). After the fixes made on C and D's
 * dev half as well: dev 86/90 (formal 29, chat 29, English 28), held-out 70/90 (formal 26, chat 21,
 * English 23), answered wrongly 1 and 9. After the twenty-first session's fixes (made on the dev
 * halves of E–H): dev 89/90 (30, 30, 29), held-out 71/90 (26, 22, 23), answered wrongly 0 and 9;
 * after the twenty-second's, the same with 8 answered wrongly in the held-out half.
 */
// Twenty-ninth session: dev English 29 → 28, knowingly (A021: "regular session" is untranslated
// and, the body now weighing once, nothing else is left to check; "regular session" → thường kỳ
// cost a held-out question).
const FLOORS = {
  dev: { formal: 30, chat: 30, en: 28, wrong: 0 },
  held: { formal: 26, chat: 23, en: 23, wrong: 6 },
} as const;

/**
 * Sets C and D (tests/fixtures/fresh/c, d; Quảng Ninh, Phú Thọ, Bình Định, Hải Dương; Cà Mau, Long
 * An, Quảng Nam, Hưng Yên), written while A and B's fixes were made and frozen before any
 * measurement (204daf9, 81ea403). Measured first on the code of those fixes: dev half 70/90 (formal
 * 25, chat 22, English 23), held-out half 57/90 (formal 19, chat 20, English 18); answerable
 * questions answered wrongly 1 (dev) and 15 (held); unanswerable answered 5 and 1. After the fixes
 * made on their dev half: dev 86/90 (formal 30, chat 29, English 27), held-out 57/90 (formal 19,
 * chat 20, English 18), answered wrongly 0 and 13, unanswerable answered 2 and 1.
 */
// Thirty-second session, floors raised to the measurement: dev chat 30, dev English 29.
const FLOORS_CD = {
  dev: { formal: 30, chat: 30, en: 29, wrong: 0 },
  held: { formal: 20, chat: 21, en: 19, wrong: 10 },
} as const;

/**
 * Sets E and F (twenty-first session; Lạng Sơn, Kiên Giang, Thái Nguyên, Ninh Bình; Đồng Tháp, Bến
 * Tre, Phú Yên, Hòa Bình / new Phú Thọ: a Ban Chỉ đạo review, an HĐND question session, a weekly
 * roundup, a corrected republication, a commune after the 2025 reorganisation, …), frozen before any
 * measurement (d86360e, 4d61730). Measured first on 296cf97: dev half 55/90 (formal
 * 23, chat 15, English 17), held-out half 50/90 (18, 15, 17); answered wrongly 3 and 16. After the
 * session's fixes: dev 74/90 (27, 24, 23), held-out 58/90 (20, 19, 19), answered wrongly 5 and 16;
 * after the twenty-second's: dev 75/90 (27, 25, 23), held-out 62/90 (21, 20, 21), wrongly 5 and 14;
 * after the twenty-third's: dev 77/90 (28, 25, 24), held-out 63/90 (22, 20, 21), wrongly 5 and 14.
 * The dev half's five "wrong" are latest questions whose set lists both the district's 2024 and the
 * commune's 2025 article in `docs`, answered with the 2025 one alone.
 */
const FLOORS_EF = {
  dev: { formal: 28, chat: 25, en: 26, wrong: 5 },
  held: { formal: 25, chat: 21, en: 24, wrong: 12 },
} as const;

/**
 * Sets G and H (twenty-first session; Quảng Ngãi, Nam Định, Vĩnh Phúc, Tây Ninh; Trà Vinh, Hà Nam,
 * Thừa Thiên Huế, Bình Phước), written while E and F's fixes were made and frozen before any
 * measurement (cca8695, de8c1af). Measured first on cca8695: dev half 61/90 (formal 25, chat 22, English 14),
 * held-out half 64/90 (23, 22, 19); answered wrongly 7 and 7. After the fixes made on their dev
 * half: dev 68/90 (27, 22, 19), held-out 64/90 (23, 22, 19), answered wrongly 5 and 7. After the
 * twenty-second session's fixes (made on the dev halves of E–J): dev 75/90 (28, 25, 22), held-out
 * 66/90 (23, 22, 21), answered wrongly 2 and 6 (this test's count; the notes' scorer counts the
 * closest-article reply to H057 as a refusal, 1); E and F's held-out half 62/90 (21, 20, 21), wrongly 14.
 * After the twenty-third session's fixes (made on the dev halves of G–L): dev 78/90 (28, 26, 24),
 * held-out 69/90 (24, 24, 21), answered wrongly 2 and 5.
 */
// Thirty-second session, floors raised to the measurement: held-out 76/90 (26, 26, 24).
// Thirty-fourth session: held answered wrongly 3 → 2 (G089, 'ai đọc' asks the presenter).
const FLOORS_GH = {
  dev: { formal: 28, chat: 29, en: 27, wrong: 0 },
  held: { formal: 26, chat: 26, en: 24, wrong: 1 },
} as const;

/**
 * Sets I and J (twenty-second session; Cao Bằng, Bắc Giang, Bạc Liêu, Sơn La; Cà Mau, Quảng Bình,
 * Lào Cai, Bình Định), frozen before any measurement (99afc3c). Measured first on the session's
 * starting code (8e8237a): dev half 61/90 (formal 24, chat 18, English 19), held-out half 62/90
 * (22, 20, 20); answered wrongly 9 and 7; unanswerable answered 0/15 and 5/45. After the fixes made
 * on their dev half: dev 71/90 (27, 24, 20), held-out 62/90 (22, 20, 20), answered wrongly 5 and 7.
 * After the twenty-third session's fixes (made on the dev halves of G–L): dev 81/90 (28, 27, 26),
 * held-out 66/90 (24, 21, 21), answered wrongly 2 and 6.
 */
// I+J's held-out chat floor was lowered from 22 to 21 and its answered-wrongly one raised from 6 to 7
// in the twenty-sixth session, knowingly: "đến 31/7" without its year became a cut-off instead of
// the meeting's month (query/time.ts), which gained two held-out chat questions of K+L and M+N and
// cost one of I+J, and turned one refused I+J yes/no into a wrong verdict. Counted, never read.
// Thirty-second session, floors raised to the measurement: held-out chat 22, held-out answered wrongly 5.
const FLOORS_IJ = {
  dev: { formal: 29, chat: 29, en: 28, wrong: 0 },
  held: { formal: 25, chat: 22, en: 24, wrong: 5 },
} as const;

/**
 * Sets K and L (twenty-third session; Tuyên Quang, Lai Châu, Thái Bình, Gia Lai; Khánh Hòa, Vĩnh
 * Long, Bắc Ninh, Ninh Thuận: flattened tables, a weekly roundup, a merged 2025 province, corrected
 * figures, personnel elections), frozen before any measurement (2e55a1d, 28b90c6). Measured first
 * on the session's starting code (1204ee2): dev half 60/90, held-out half 66/90; answered wrongly 6
 * and 1; unanswerable answered 3/27 and 9/30. After the fixes made on their dev half (twenty-third
 * session): dev 75/90 (formal 26, chat 26, English 23), held-out 66/90 (25, 18, 23), answered
 * wrongly 6 and 1 (this test's count); unanswerable answered 1/27 and 9/30.
 * Thirty-second session, floors raised to the measurement: dev English 28, dev answered wrongly 3,
 * held-out answered wrongly 0.
 */
// Thirty-third session, raised to the measurement: dev formal 30, dev answered wrongly 2 (L079).
// Thirty-fifth session: held chat 23 → 24 (a list read past its first clause).
const FLOORS_KL = {
  dev: { formal: 30, chat: 29, en: 28, wrong: 2 },
  held: { formal: 26, chat: 24, en: 24, wrong: 0 },
} as const;

/** Both halves of a pair of fresh sets, each group named with its set, scored against `floors`. */
async function expectFloors(
  engine: Parameters<typeof scorePhrasings>[0],
  sets: readonly string[],
  floors: Record<'dev' | 'held', { formal: number; chat: number; en: number; wrong: number }>,
): Promise<void> {
  // Every set numbers its groups g01–g30: a group is named with its set.
  const questions = sets.flatMap((set) =>
    readJsonLines<FreshQuestion>(`tests/fixtures/fresh/fresh-${set}.jsonl`).map((q) => ({
      ...q,
      group: `${set}:${q.group}`,
    })),
  );
  expect(questions).toHaveLength(90 * sets.length);
  for (const half of ['dev', 'held'] as const) {
    const s = await scorePhrasings(
      engine,
      questions.filter((q) => q.half === half),
    );
    console.info(
      `fresh-sets.test ${sets.join('+')} ${half}: formal ${s.style.formal}, chat ${s.style.chat}, en ${s.style.en} of ${s.groups} groups; all three correct ${s.allCorrect}; answered wrongly ${s.wrong}`,
    );
    expect(s.groups).toBe(15 * sets.length);
    expect(s.style.formal).toBeGreaterThanOrEqual(floors[half].formal);
    expect(s.style.chat).toBeGreaterThanOrEqual(floors[half].chat);
    expect(s.style.en).toBeGreaterThanOrEqual(floors[half].en);
    expect(s.wrong).toBeLessThanOrEqual(floors[half].wrong);
  }
}
/**
 * Sets M and N (twenty-fourth session; Hải Dương, Kon Tum, Quảng Nam, An Giang; Hưng Yên, Bình
 * Thuận, Đắk Nông, Yên Bái: a syndicated Standing Board discipline meeting, a correction note over a
 * flattened table, wards formed in 2025 that the gazetteer does not know), frozen before any
 * measurement (d7b3893, 78e47f4). Measured first on the session's starting code (18ad4b4): dev half
 * 59/90 (formal 21, chat 20, English 18), held-out half 62/90 (23, 22, 17); answered wrongly 6 and
 * 8; unanswerable answered 1/30 and 1/30. After the fixes made on their dev half: dev 80/90 (29,
 * 26, 25), held-out 62/90 (23, 22, 17), answered wrongly 2 and 8; unanswerable answered 0/30 and 1/30.
 * The same session's fixes moved the held-out halves of A–L from 392/540 to 402/540 (C+D 59, E+F
 * 64, G+H 72, I+J 70) and their answered-wrongly count from 47 to 42.
 */
// M+N's dev chat floor was lowered from 26 to 25 in the twenty-fifth session, knowingly: chat "thu ns"
// now reads "thu ngân sách" (a held-out question and a dev one gained), and with it N080 ("p nam gia
// nghia du toan thu ns 2026 bn z", unanswerable) is answered from phường Bắc Gia Nghĩa's session,
// because chat's lower-case "p nam gia nghia" links Gia Nghĩa (it was refused only because "ns"
// was unread). Noticed, not fixed: a compass word before a known name in lower case.
const FLOORS_MN = {
  dev: { formal: 29, chat: 28, en: 28, wrong: 2 },
  held: { formal: 24, chat: 25, en: 22, wrong: 2 },
} as const;

/**
 * Sets O and P (twenty-fifth session; Bắc Kạn, Hà Tĩnh, Tiền Giang, Đắk Lắk; Phú Thọ, Nghệ An, Bình
 * Dương, Quảng Ninh: a breadcrumb before the headline, a flattened table with abbreviated heads, a
 * ward council in a merged province, a correction note), frozen before any measurement (2a747e8,
 * 170c8f8). Measured first on the session's starting code (aa0ae6b): dev half 72/90 (formal 25,
 * chat 24, English 23), held-out half 64/90 (25, 20, 19); answered wrongly 4 and 7. After the fixes
 * made on their dev half: dev 81/90, held-out 69/90, answered wrongly 0 and 7.
 *
 * The same session moved K+L's held-out answered-wrongly count from 1 to 2 (a "which communes"
 * question now answered with another sentence naming communes, while M+N's went from 8 to 6 and
 * the total over the held-out halves A–N did not rise): that floor was raised with it.
 * Thirty-second session, floors raised to the measurement: dev 87/90 (29, 30, 28), held-out chat 21.
 */
// Thirty-third session, raised to the measurement: held English 23.
const FLOORS_OP = {
  dev: { formal: 29, chat: 30, en: 28, wrong: 0 },
  held: { formal: 27, chat: 21, en: 23, wrong: 6 },
} as const;

/**
 * Sets Q and R (twenty-fifth session; Thanh Hóa, Hải Phòng, Hậu Giang, Lâm Đồng; Đồng Nai, Bà Rịa -
 * Vũng Tàu, Đà Nẵng, Cần Thơ: a roundup in a merged province, communes formed in 2025 under old
 * names), written while O and P's fixes were made and frozen before any measurement (1807eb6,
 * 27d2593). Measured first on the session's starting code (aa0ae6b): dev 70/90, held-out 68/90; after
 * the fixes made on their dev half: dev 79/90, held-out 71/90, answered wrongly 1 and 5.
 * Thirty-second session, floors raised to the measurement: dev formal 30, held-out answered
 * wrongly 3.
 */
const FLOORS_QR = {
  dev: { formal: 30, chat: 28, en: 29, wrong: 0 },
  held: { formal: 27, chat: 24, en: 24, wrong: 3 },
} as const;

/**
 * Sets S and T (twenty-sixth session; Hà Giang, Điện Biên, Quảng Trị, Hà Nội, new Tuyên Quang; TP Hồ
 * Chí Minh, Sóc Trăng, Nam Định, Kiên Giang, new Cần Thơ: a council session's question time, a
 * steering board's flattened table, a ward formed in 2025 from a former town), frozen before any
 * measurement (cfd2804, 5941b6f). Measured first on the session's starting code (9b19d2c): dev
 * 76/90 (formal 27, chat 25, English 24), held-out 68/90 (24, 22, 22); answered wrongly 2 and 7.
 * After the fixes made on their dev half: dev 88/90 (30, 29, 29), held-out 68/90 (24, 22, 22),
 * answered wrongly 2 and 7: none of the fixes reached their held-out half.
 */
// Thirty-second session, floors raised to the measurement: dev answered wrongly 0.
// Thirty-third session, raised to the measurement: held formal 26, chat 24, answered wrongly 3.
const FLOORS_ST = {
  dev: { formal: 30, chat: 30, en: 29, wrong: 0 },
  held: { formal: 26, chat: 26, en: 24, wrong: 3 }, // chat 24 until the thirty-sixth session
} as const;

/**
 * Sets U and V (twenty-sixth session; Ninh Bình, Hòa Bình, Bắc Ninh, Khánh Hòa, new Phú Thọ; Kon
 * Tum, Bình Thuận, Trà Vinh, Hà Tĩnh, new Quảng Ngãi: tables flattened without row numbers, two
 * meetings of one district committee for "latest", communes formed in 2025 from districts),
 * written while S and T's fixes were made and frozen before any measurement (6843a52, 8207fe7).
 * Measured first on the session's starting code (9b19d2c): dev 70/90 (formal 25, chat 22, English
 * 23), held-out 68/90 (26, 21, 21); answered wrongly 6 and 6. On the code of S and T's fixes, before
 * any fix of theirs: dev 70/90, held-out 71/90 (26, 23, 22), answered wrongly 6 and 3. After the fixes
 * made on their dev half: dev 78/90 (27, 26, 25), held-out 71/90, answered wrongly 2 and 3.
 */
// Twenty-ninth session: dev wrong 0 → 1, knowingly (V015: "certificates of merit" is rendered both
// "bằng khen" and "giấy khen", as English writers use it for either, and the district's clause is quoted).
// Thirty-second session, floors raised to the measurement: dev English 28.
// Thirty-third session, raised to the measurement: held chat 25.
const FLOORS_UV = {
  dev: { formal: 30, chat: 29, en: 28, wrong: 1 },
  held: { formal: 26, chat: 26, en: 26, wrong: 2 }, // chat 25 until the thirty-sixth session
} as const;

/**
 * Sets W and X (twenty-seventh session; Lai Châu, Bắc Kạn, Phú Yên, Bến Tre, new Vĩnh Long; Quảng
 * Nam, Đắk Nông, Vĩnh Phúc, Bạc Liêu, new Phú Thọ: a table scraped with bars between its cells,
 * two districts whose names fold alike, a council election and question time), written while the
 * session's first fixes were made and frozen before any measurement (b7288a7, 2165c71). Measured
 * first on the session's starting code (621a3a6): dev 67/90 (formal 22, chat 21, English 24),
 * held-out 71/90 (25, 22, 24); answered wrongly 3 and 7. After the fixes made on their dev half:
 * dev 82/90 (27, 27, 28), held-out 72/90 (25, 23, 24), answered wrongly 2 and 7.
 * Thirty-second session, floors raised to the measurement: dev answered wrongly 1.
 */
// Thirty-fifth session: dev chat 27 → 28, answered wrongly 1 → 0.
const FLOORS_WX = {
  dev: { formal: 27, chat: 28, en: 28, wrong: 0 },
  held: { formal: 26, chat: 25, en: 26, wrong: 6 },
} as const;

/**
 * Sets Y and Z (twenty-seventh session; Cao Bằng, Yên Bái, Ninh Thuận, Đồng Tháp, new Lào Cai and
 * Đồng Tháp wards; Sơn La, Thái Bình, Gia Lai, Cà Mau, new Hưng Yên commune: question time with
 * several answerers, an act written before its person, communes formed in 2025 that the gazetteer
 * does not know), written while W and X's fixes were made and frozen before any measurement
 * (6db7456, 911d249). Measured first on the session's starting code (621a3a6): dev 68/90 (formal
 * 24, chat 23, English 21), held-out 81/90 (28, 28, 25); answered wrongly 6 and 1. After the fixes
 * made on their dev half: dev 80/90 (29, 25, 26), held-out 82/90 (28, 28, 26), answered wrongly 4
 * and 1. Two rules that answered held-out unanswerable questions of Z were taken back (fffa94e).
 */
// Y+Z's dev formal floor was lowered from 29 to 28 in the twenty-eighth session, knowingly: Z031
// ("Có phải … Đoàn Văn Khiêm là người trả lời chất vấn …?") was "Đúng" quoting the sentence where
// another person answered, scored right by its quote; a statement claim now needs a sentence naming
// its person, and the answer is "không rõ".
const FLOORS_YZ = {
  dev: { formal: 28, chat: 27, en: 28, wrong: 3 },
  held: { formal: 28, chat: 28, en: 26, wrong: 1 },
} as const;

/**
 * Sets AA and BB (twenty-eighth session; Hà Giang, Quảng Trị, Hậu Giang, Bình Dương, new Cần Thơ;
 * Điện Biên, Hòa Bình, Kon Tum, Sóc Trăng, new Quảng Ngãi), frozen before any measurement (3da4801,
 * 7b5a0b5). Measured first on the session's starting code (b8529f4): dev half 77/90 (formal 28,
 * chat 25, English 24), held-out half 81/90 (27, 28, 26); answered wrongly 7 and 1. After the fixes
 * made on the dev halves of AA–FF and the older sets: dev 89/90 (30, 30, 29), held-out 81/90
 * (27, 28, 26), answered wrongly 0 and 1.
 * Thirty-second session, floors raised to the measurement: dev English 30.
 */
const FLOORS_AABB = {
  dev: { formal: 30, chat: 30, en: 30, wrong: 0 },
  held: { formal: 27, chat: 28, en: 28, wrong: 1 },
} as const;

/**
 * Sets CC and DD (twenty-eighth session; Lạng Sơn, Nghệ An, Khánh Hòa, new Tây Ninh; Hà Tĩnh, Bắc
 * Ninh, Lâm Đồng, Trà Vinh, new Vĩnh Long), frozen before any measurement (17eb52b, d477a74).
 * Measured first on b8529f4: dev half 71/90 (formal 25, chat 22, English 24), held-out half 87/90
 * (30, 28, 29); answered wrongly 6 and 0. After the session's fixes: dev 86/90 (30, 26, 30),
 * held-out 87/90 (30, 28, 29), answered wrongly 0 and 0.
 * Thirty-second session, floors raised to the measurement: dev chat 28.
 * Thirty-seventh session: dev chat 29 (raised to the measurement). CC033 had been scored correct
 * for quoting a flattened table's line around a wrong figure (a range read with the next row's
 * label); the range is no figure since, and "What … target" no longer counts targets: CC033 is
 * answered with the target itself.
 */
const FLOORS_CCDD = {
  dev: { formal: 30, chat: 29, en: 30, wrong: 0 },
  held: { formal: 30, chat: 28, en: 29, wrong: 0 },
} as const;

/**
 * Sets EE and FF (twenty-eighth session; Tuyên Quang, Quảng Bình, Bình Thuận, Tiền Giang, new Đồng
 * Tháp; Thanh Hóa, Đắk Lắk, An Giang, Hải Dương, new Hải Phòng), written while the fixes of AA–DD
 * were made and frozen before any measurement (39b5a16, d332930). Measured first on b8529f4: dev
 * half 78/90 (formal 27, chat 25, English 26), held-out half 75/90 (29, 22, 24); answered wrongly 4
 * and 2. After the session's fixes: dev 87/90 (30, 28, 29), held-out 75/90 (29, 22, 24), answered
 * wrongly 0 and 2.
 * Thirty-second session, floors raised to the measurement: dev chat 29.
 */
// Thirty-fourth session, raised to the measurement: held chat 27, English 27 ('trúng cử').
const FLOORS_EEFF = {
  dev: { formal: 30, chat: 29, en: 30, wrong: 0 },
  held: { formal: 29, chat: 27, en: 28, wrong: 0 },
} as const;

/**
 * Sets GG and HH (twenty-ninth session; Yên Bái, Bình Phước, Bạc Liêu, Nam Định, new Cà Mau;
 * Bắc Giang, Phú Yên, Long An, Đồng Nai, new Tây Ninh), frozen before any measurement (6c48ecb,
 * 097488e). Measured first on abed250: dev half 73/90 (formal 26, chat 24, English 23), held-out
 * half 78/90 (27, 26, 25); answered wrongly 10 and 2. After the session's fixes: dev
 * 86/90 (30, 29, 27), held-out 80/90 (27, 26, 27), answered wrongly 3 and 2.
 * Thirty-second session, floors raised to the measurement: dev English 28, dev answered wrongly 1.
 */
const FLOORS_GGHH = {
  dev: { formal: 30, chat: 29, en: 28, wrong: 1 },
  held: { formal: 27, chat: 27, en: 27, wrong: 2 },
} as const;

/**
 * Sets II and JJ (twenty-ninth session; Lào Cai, Quảng Trị, Cà Mau, Vĩnh Phúc, new Phú Thọ; Sơn
 * La, Bình Định, Kiên Giang, Hưng Yên, new Gia Lai), written while the fixes of GG and HH were made
 * and frozen before any measurement (19c93ac, f193045); no fix was made on them. Measured first on
 * abed250: dev 69/90 (23, 26, 20), held-out 72/90 (25, 24, 23); answered wrongly 10 and 3. On the
 * session's final code: dev 70/90 (23, 26, 21), held-out 73/90 (25, 24, 24), answered wrongly 11 and 3.
 * The thirtieth session fixed on their dev half (not before): dev 81/90 (27, 28, 26), held-out
 * unchanged at 73/90, answered wrongly 4 and 3.
 * Thirty-second session, floors raised to the measurement: dev English 28.
 */
const FLOORS_IIJJ = {
  dev: { formal: 27, chat: 28, en: 28, wrong: 4 },
  held: { formal: 25, chat: 24, en: 25, wrong: 3 },
} as const;

/**
 * Sets KK and LL (thirtieth session; Hà Tĩnh, Tiền Giang, Thái Nguyên, Kon Tum, new Đồng Tháp; Hòa
 * Bình, Ninh Thuận, Hải Dương, Trà Vinh, new Vĩnh Long), frozen before any measurement (04e7f46).
 * Measured first on 910c367: dev 76/90 (28, 25, 23), held-out 73/90 (25, 24, 24); answered wrongly
 * 5 and 2. After the fixes made on their dev half and II+JJ's: dev 87/90 (29, 30, 28), held-out
 * 73/90 (25, 24, 24), answered wrongly 0 and 2.
 * Thirty-second session, floors raised to the measurement: dev English 29.
 */
// Thirty-third session, raised to the measurement: held English 25, answered wrongly 1.
// Thirty-fifth session: held answered wrongly 1 → 0 (LL077 now refused: the act a list asks by).
const FLOORS_KKLL = {
  dev: { formal: 29, chat: 30, en: 29, wrong: 0 },
  held: { formal: 26, chat: 25, en: 26, wrong: 0 },
} as const;

/**
 * Sets MM and NN (thirtieth session; Nghệ An, Bến Tre, Cao Bằng, Quảng Ngãi; Thái Bình, Đắk Nông,
 * Sóc Trăng, Lạng Sơn, new Hưng Yên, new Quảng Ngãi), written while the session's fixes were made
 * and frozen before any measurement (364f9fd, ed0ade9); no fix was made on them, not even on their
 * dev halves. On 910c367 and on the session's final code alike: dev 62/90 (21, 21, 20), held-out
 * 79/90 (27, 28, 24); answered wrongly 8 and 1. Thirty-first session, still not tuned on: the
 * glued-table reader made for OO read MM's table too, dev 64/90 (21, 22, 21), 7 answered wrongly.
 * Thirty-second session, floors raised to the measurement: dev chat 23, dev answered wrongly 6
 * (still not tuned on: side effects of the session's rules).
 */
// Thirty-fifth session (still not tuned on): dev chat 23 → 24, a side effect of the "như" list rule.
const FLOORS_MMNN = {
  dev: { formal: 21, chat: 24, en: 21, wrong: 6 },
  held: { formal: 27, chat: 28, en: 24, wrong: 1 },
} as const;

/**
 * Sets OO and PP (thirty-first session; Quảng Trị, Hà Nam, Bình Dương, Bắc Kạn, new Thái Nguyên;
 * Thừa Thiên Huế, Bình Phước, Bắc Giang, Bạc Liêu, new Cà Mau), frozen before any measurement
 * (089891b, 9a8943b). On the session's starting code 06bb6c5: dev 67/90 (24, 22, 21), held-out
 * 82/90 (28, 27, 27). Fixes were made on the dev half; final: dev 76/90, held-out 83/90 (OO077:
 * the chat rule for "đoàn bt tu"); answered wrongly 2 and 3.
 * Thirty-second session, floors raised to the measurement: dev 84/90 (28, 27, 29).
 */
// Thirty-sixth session, dev chat 27 → 26: an act asked that no one is written doing is no longer
// answered with the chair (targets.ts roleAnswer), which refuses PP032 ("… ai dan doan"), now read as
// the delegation's leader but refused by a later check (noted, not fixed); held-out wrong 98 → 96.
const FLOORS_OOPP = {
  dev: { formal: 28, chat: 26, en: 29, wrong: 2 },
  held: { formal: 28, chat: 28, en: 27, wrong: 3 },
} as const;

/**
 * Sets QQ and RR (thirty-first session; Quảng Ninh, Long An, Phú Yên, Hải Phòng, new Đắk Lắk; Đắk
 * Lắk, Đồng Nai, Bà Rịa - Vũng Tàu, Đà Nẵng, new Thành phố Hồ Chí Minh), written late and frozen
 * before any measurement (1304043, 90f0ce9); not tuned on, not even their dev halves. On the
 * session's starting code 06bb6c5 and on its final code alike: dev 72/90 (25, 25, 22), held-out
 * 79/90 (27, 26, 26); answered wrongly 7 and 0.
 */
const FLOORS_QQRR = {
  dev: { formal: 25, chat: 25, en: 22, wrong: 7 },
  held: { formal: 27, chat: 26, en: 26, wrong: 0 },
} as const;

/**
 * Sets SS and TT (thirty-second session; Lạng Sơn, Hòa Bình, Ninh Thuận, Kiên Giang, đặc khu Phú
 * Quốc of new An Giang; Yên Bái, Quảng Ngãi, Tiền Giang, Hưng Yên, a commune of new Đồng Tháp),
 * frozen before any measurement (04a7bc8, b6e46df). On the session's starting code ca10fae: dev
 * 73/90 (24, 26, 23), held-out 70/90 (26, 23, 21); answered wrongly 2 and 4. Fixes were made on
 * the dev half; final: dev 82/90 (28, 27, 27), held-out 72/90 (26, 23, 23); answered wrongly 1 and 4.
 */
// Thirty-fourth session, knowingly: dev answered wrongly 1 → 2. TT068 ("… mo hinh 2 cap con thieu
// can bo gi"), refused while "2 cấp" was unmet by the article's "hai cấp", is now answered with the
// wrong sentence of its section; the spelled count answers AAA068 and is right in general.
const FLOORS_SSTT = {
  dev: { formal: 28, chat: 27, en: 27, wrong: 2 },
  held: { formal: 26, chat: 23, en: 23, wrong: 4 },
} as const;

/**
 * Sets UU and VV (thirty-second session; Lào Cai, Gia Lai, Vĩnh Long, Thái Bình, a commune of new
 * Hưng Yên; Sơn La, Bình Định, An Giang, Hà Tĩnh), frozen before any measurement (75309f7,
 * 53b1349); not tuned on, not even their dev halves. On the starting code ca10fae: dev 76/90 (28,
 * 24, 24), held-out 82/90 (28, 25, 29); answered wrongly 6 and 0. On the final code: dev unchanged,
 * held-out 83/90 (29, 25, 29; UU040, a yes/no, by the person-and-number claim rule).
 */
// Thirty-third session, raised to the measurement: held English 30 (VV042, a side effect: not tuned on).
// Thirty-eighth session: dev chat 25 (a side effect: not tuned on).
const FLOORS_UUVV = {
  dev: { formal: 28, chat: 25, en: 24, wrong: 6 },
  held: { formal: 29, chat: 26, en: 30, wrong: 0 }, // chat 25 until the thirty-sixth session (untuned: a side effect)
} as const;

/**
 * Sets WW and XX (thirty-third session; Điện Biên, Bình Thuận, Hậu Giang, Quảng Bình, a commune of
 * new Khánh Hòa; Bắc Kạn, Kon Tum, Bến Tre, Hải Phòng, a ward of new Đà Nẵng), frozen before any
 * measurement (a42285d, d98fd39). On the starting code e2360c4: dev 75/90 (29, 22, 24), held-out
 * 69/90 (22, 23, 24); answered wrongly 2 and 4. The session's fixes were made on their dev half and
 * the older sets' (all but the untuned MM, NN, QQ, RR, UU, VV); final: dev 88/90 (30, 29, 29),
 * held-out 70/90 (22, 23, 25); answered wrongly 0 and 4.
 */
// Thirty-fourth session, raised to the measurement: held formal 23.
// Thirty-fifth session: held 23, 23, 25 → 24, 24, 26, answered wrongly 4 → 3 (a fund's stage).
// Thirty-eighth session: held chat 24 → 23, answered wrongly 3 → 4 (WW071): chat "dv" between a
// plural and "nào" read as đơn vị, which fixed two held-out lists answered wrongly (CCC041, FFF065).
const FLOORS_WWXX = {
  dev: { formal: 30, chat: 29, en: 29, wrong: 0 },
  held: { formal: 25, chat: 23, en: 26, wrong: 4 },
} as const;

/**
 * Sets YY and ZZ (thirty-third session; Cao Bằng, Quảng Trị, Sóc Trăng, Bắc Ninh, a commune of new
 * Lâm Đồng; Tuyên Quang, Phú Yên, Trà Vinh, Thanh Hóa, a ward of new Cần Thơ), frozen before any
 * measurement (5b0140a, fc77b9d); not tuned on, not even their dev halves. On the starting code
 * e2360c4: dev 66/90 (24, 23, 19), held-out 72/90 (27, 23, 22); answered wrongly 7 and 7. On the
 * final code: dev 67/90 (24, 24, 19), held-out 73/90 (27, 24, 22); answered wrongly 7 and 7.
 */
// Thirty-fourth session (still not tuned on), raised to the measurement: dev 69/90 (25, 24, 20),
// held-out 76/90 (28, 25, 23); answered wrongly 6 and 6.
const FLOORS_YYZZ = {
  dev: { formal: 25, chat: 24, en: 21, wrong: 5 },
  held: { formal: 28, chat: 25, en: 23, wrong: 6 },
} as const;

/**
 * Sets AAA and BBB (thirty-fourth session; Lai Châu, Ninh Thuận, Bạc Liêu, Vĩnh Phúc, a commune of
 * new Phú Thọ; Hà Giang, Quảng Nam, Long An, Hải Dương, a ward of new Đồng Nai), frozen before any
 * measurement (6c62da2, 05d9853), tuned on their dev halves. On the starting code 1745352: dev 60/90
 * (19, 21, 20), held-out 74/90 (25, 26, 23); answered wrongly 9 and 3. Final: dev 73/90 (25, 25,
 * 23), held-out 75/90 (25, 27, 23); answered wrongly 5 and 3; after 'trúng cử', dev 76/90 (26, 26, 24).
 */
// Thirty-fifth session: dev 26, 26 → 27, 27, answered wrongly 5 → 4 (AAA080, a commune named after
// its former district; AAA073 and BBB014, the papers given at a meeting).
// Thirty-eighth session: dev chat 28, answered wrongly 3 (AAA074, chat "dv nào").
const FLOORS_AAABBB = {
  dev: { formal: 28, chat: 28, en: 26, wrong: 3 },
  held: { formal: 25, chat: 27, en: 23, wrong: 3 },
} as const;

/**
 * Sets CCC and DDD (thirty-fourth session; Sơn La, Bình Định, Kiên Giang, Nam Định, a commune of new
 * Gia Lai; Yên Bái, Đắk Nông, Tiền Giang, Thái Bình, a commune of new An Giang), frozen before any
 * measurement (5310f59, 9bbaf4e), tuned on their dev halves. On the starting code: dev 77/90 (28, 24,
 * 25), held-out 64/90 (24, 19, 21); answered wrongly 2 and 2. Final: dev 82/90 (29, 26, 27),
 * held-out 65/90 (24, 20, 21); answered wrongly 1 and 2, then 0 and 2 ('ai đọc').
 */
// Thirty-eighth session: dev 27, 28; held chat 22, answered wrongly 1.
const FLOORS_CCCDDD = {
  dev: { formal: 29, chat: 27, en: 28, wrong: 0 },
  held: { formal: 27, chat: 22, en: 23, wrong: 1 }, // 24 and 20 until the thirty-sixth session
} as const;

/**
 * Sets EEE and FFF (thirty-fifth session; Hà Nam, Thái Nguyên, Bến Tre, Bắc Ninh, a commune of new
 * Quảng Trị; Hậu Giang, Ninh Bình, Bắc Giang, Sóc Trăng, a commune of new Hưng Yên), frozen before
 * any measurement (b2d911b), tuned on their dev halves. On the starting code 26f5f5b: dev 78/90 (26,
 * 26, 26), held-out 72/90 (23, 26, 23); answered wrongly 5 and 3, unanswerable answered 1 and 5.
 * Final: dev 85/90 (28, 29, 28), held-out 72/90 (23, 26, 23); answered wrongly 2 and 3.
 */
// Thirty-eighth session: held 25, 28, answered wrongly 1.
const FLOORS_EEEFFF = {
  dev: { formal: 28, chat: 29, en: 28, wrong: 2 },
  held: { formal: 25, chat: 28, en: 24, wrong: 1 },
} as const;

/**
 * Sets GGG and HHH (thirty-fifth session; Thanh Hóa, Bắc Kạn, Đồng Tháp, Hà Tĩnh, a commune of new
 * Lạng Sơn; Quảng Bình, Tây Ninh, Cà Mau, Lào Cai, a ward of new Đắk Lắk), frozen before any
 * measurement (bcec61d), tuned on their dev halves late in the session. On the session's starting
 * code 26f5f5b: dev 75/90 (27, 26, 22), held-out 78/90 (27, 26, 25); on 261185f, before any tuning
 * on them: dev 77/90, held-out 78/90. Final: dev 81/90 (29, 28, 24), held-out 78/90 (27, 26, 25);
 * answered wrongly 1 and 5.
 */
// Thirty-eighth session: held 28, 27, 26.
const FLOORS_GGGHHH = {
  dev: { formal: 29, chat: 28, en: 25, wrong: 1 },
  held: { formal: 28, chat: 27, en: 26, wrong: 5 },
} as const;

/**
 * Sets III and JJJ (thirty-sixth session; Kon Tum, Phú Yên, Long An, Yên Bái, a commune of new Gia
 * Lai; Quảng Ngãi, Hòa Bình, Vĩnh Long, Lâm Đồng, a ward of new An Giang), frozen before any
 * measurement (0655e7f), tuned on their dev halves. On the starting code 592a294: dev 78/90 (27, 25,
 * 26), held-out 76/90 (28, 26, 22); answered wrongly 3 and 3, unanswerable answered 7 and 1. Final:
 * dev 90/90, held-out 76/90 (28, 26, 22); answered wrongly 0 and 3.
 */
// Thirty-eighth session: held English 23 (III066, 'delivered the … report').
const FLOORS_IIIJJJ = {
  dev: { formal: 30, chat: 30, en: 30, wrong: 0 },
  held: { formal: 28, chat: 26, en: 23, wrong: 3 },
} as const;

/**
 * Sets KKK and LLL (thirty-seventh session; Bình Phước, Quảng Bình, Tiền Giang, Thái Nguyên, a
 * commune of new Đồng Nai; Bắc Kạn, Sóc Trăng, Hà Nam, Khánh Hòa, a ward of new Tuyên Quang), frozen
 * before any measurement (0f9a2af), tuned on their dev halves. On the starting code eeba1c9: dev
 * 79/90 (28, 28, 23), held-out 73/90 (27, 22, 24); answered wrongly 4 and 4, unanswerable answered
 * 1 and 0. Final: dev 88/90, held-out 75/90 (27, 22, 26); answered wrongly 0 and 4.
 */
// Thirty-eighth session: held 29, 23, 27.
const FLOORS_KKKLLL = {
  dev: { formal: 29, chat: 30, en: 29, wrong: 0 },
  held: { formal: 29, chat: 23, en: 27, wrong: 4 },
} as const;

/**
 * Sets MMM and NNN (thirty-eighth session; Hà Tĩnh, Nghệ An, An Giang, Hưng Yên, a commune of new
 * Ninh Bình; Lạng Sơn, Gia Lai, Cà Mau, Quảng Ninh, a commune of new Lào Cai), frozen before any
 * measurement (1e7a3e1, 7fe8992), tuned on their dev halves. On the starting code f78de7f: dev
 * 64/90 (21, 19, 24), held-out 75/90 (25, 24, 26); answered wrongly 1 and 5, unanswerable answered
 * 6 and 2. Final: see the floors.
 */
const FLOORS_MMMNNN = {
  dev: { formal: 29, chat: 26, en: 28, wrong: 0 },
  held: { formal: 25, chat: 24, en: 26, wrong: 5 },
} as const;

/** Each pair of fresh sets with its floors, scored over one index of the seeds, the dev corpus and both sets. */
const PAIRS = [
  { sets: ['a', 'b'], floors: FLOORS },
  { sets: ['c', 'd'], floors: FLOORS_CD },
  { sets: ['e', 'f'], floors: FLOORS_EF },
  { sets: ['g', 'h'], floors: FLOORS_GH },
  { sets: ['i', 'j'], floors: FLOORS_IJ },
  { sets: ['k', 'l'], floors: FLOORS_KL },
  { sets: ['m', 'n'], floors: FLOORS_MN },
  { sets: ['o', 'p'], floors: FLOORS_OP },
  { sets: ['q', 'r'], floors: FLOORS_QR },
  { sets: ['s', 't'], floors: FLOORS_ST },
  { sets: ['u', 'v'], floors: FLOORS_UV },
  { sets: ['w', 'x'], floors: FLOORS_WX },
  { sets: ['y', 'z'], floors: FLOORS_YZ },
  { sets: ['aa', 'bb'], floors: FLOORS_AABB },
  { sets: ['cc', 'dd'], floors: FLOORS_CCDD },
  { sets: ['ee', 'ff'], floors: FLOORS_EEFF },
  { sets: ['gg', 'hh'], floors: FLOORS_GGHH },
  { sets: ['ii', 'jj'], floors: FLOORS_IIJJ },
  { sets: ['kk', 'll'], floors: FLOORS_KKLL },
  { sets: ['mm', 'nn'], floors: FLOORS_MMNN },
  { sets: ['oo', 'pp'], floors: FLOORS_OOPP },
  { sets: ['qq', 'rr'], floors: FLOORS_QQRR },
  { sets: ['ss', 'tt'], floors: FLOORS_SSTT },
  { sets: ['uu', 'vv'], floors: FLOORS_UUVV },
  { sets: ['ww', 'xx'], floors: FLOORS_WWXX },
  { sets: ['yy', 'zz'], floors: FLOORS_YYZZ },
  { sets: ['aaa', 'bbb'], floors: FLOORS_AAABBB },
  { sets: ['ccc', 'ddd'], floors: FLOORS_CCCDDD },
  { sets: ['eee', 'fff'], floors: FLOORS_EEEFFF },
  { sets: ['ggg', 'hhh'], floors: FLOORS_GGGHHH },
  { sets: ['iii', 'jjj'], floors: FLOORS_IIIJJJ },
  { sets: ['kkk', 'lll'], floors: FLOORS_KKKLLL },
  { sets: ['mmm', 'nnn'], floors: FLOORS_MMMNNN },
] as const;

for (const { sets, floors } of PAIRS) {
  const [first, second] = sets.map((x) => x.toUpperCase());
  const tuning = sets.every((x) => UNTUNED_FRESH_SETS.has(x)) ? 'never tuned on' : 'tuned on the dev half';
  describe.skipIf(!present)(`fresh frozen sets ${first} and ${second} (keyword-only, ${tuning})`, () => {
    const engine = useEvalEngine({
      prefix: `fresh-sets-${sets.join('')}`,
      extra: sets.map((x) => `tests/fixtures/fresh/${x}`),
    });

    it('each half at its floor per phrasing, no more answerable questions answered wrongly', async () => {
      await expectFloors(engine(), sets, floors);
    }, 600_000);
  });
}
