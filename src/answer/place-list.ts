/**
 * Places a report lists after a copula rather than after their type word: "3 xã đạt chuẩn nông
 * thôn mới kiểu mẫu là Nhân Thịnh, Chân Lý và Đạo Lý", "các huyện còn chậm gồm: Sông Lô, Tam Đảo".
 * The type word opens the phrase; a few lower-case words (what the places did) lead to "là" or
 * "gồm", then the first capitalised name. Case matters: "một số xã còn chậm là do …" names none.
 */

/** Most lower-case words (with their numbers, "dưới 20%") between the type word and the copula. */
const MAX_LEAD_WORDS = 10;

/**
 * A global pattern for the first name such a phrase lists after any of `typeWords` (lower case, as
 * a report writes them in running text), after a copula or "như" ("một số huyện có tỷ lệ giải ngân
 * dưới 20% như Pác Nặm, Ngân Sơn"); group 1 is the capitalised name.
 */
export function listedAfterCopula(typeWords: readonly string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?:${typeWords.join('|')})(?:\\s+[\\p{Ll}\\p{N}%,.-]+){0,${MAX_LEAD_WORDS}}?\\s+(?:là|gồm|gồm có|như)\\s*:?\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)`,
    'gu',
  );
}

/** Most lower-case words qualifying a plural type word before its list of names. */
const MAX_QUALIFIER_WORDS = 3;

/**
 * A global pattern for places listed after a plural type word and a few lower-case words that
 * qualify it, not a copula: "các xã cù lao An Bình, Hòa Ninh và Bình Hòa Phước", "3 xã vùng cao
 * A, B". Two names at least (a comma or "và" after the first), so "các xã thực hiện Nghị quyết"
 * names none; group 1 is the first name.
 */
export function listedAfterQualifier(typeWords: readonly string[]): RegExp {
  const name = '\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*';
  return new RegExp(
    `(?<![\\p{L}])(?:các|những|\\d+)\\s+(?:${typeWords.join('|')})(?:\\s+\\p{Ll}+){1,${MAX_QUALIFIER_WORDS}}\\s+(${name})\\s*(?:,|\\svà\\s)\\s*\\p{Lu}`,
    'gu',
  );
}
