/**
 * Places a report lists after a copula rather than after their type word: "3 xã đạt chuẩn nông
 * thôn mới kiểu mẫu là Nhân Thịnh, Chân Lý và Đạo Lý", "các huyện còn chậm gồm: Sông Lô, Tam Đảo".
 * The type word opens the phrase; a few lower-case words (what the places did) lead to "là" or
 * "gồm", then the first capitalised name. Case matters: "một số xã còn chậm là do …" names none.
 */

/** Most lower-case words between the type word and the copula. */
const MAX_LEAD_WORDS = 10;

/**
 * A global pattern for the first name such a phrase lists after any of `typeWords` (lower case, as
 * a report writes them in running text); group 1 is the capitalised name.
 */
export function listedAfterCopula(typeWords: readonly string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?:${typeWords.join('|')})(?:\\s+[\\p{Ll}\\p{N}-]+){0,${MAX_LEAD_WORDS}}?\\s+(?:là|gồm|gồm có)\\s*:?\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)`,
    'gu',
  );
}
