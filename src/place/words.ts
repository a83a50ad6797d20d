/**
 * Closed word classes the place linker needs: type words, person titles, surnames, middle names and
 * English spellings. Each list is a closed class of the language, not a list of examples; words are
 * written lower-case with diacritics and compared with the syllable rule of `tokens.ts` (exact with
 * diacritics, folded when written without).
 */
import { fold } from '../text/normalize.ts';
import type { PlaceLevel } from './types.ts';

/** A type word and the units it can introduce. */
export interface TypeWord {
  /** Syllables, lower-case, with diacritics ("thị xã"). */
  words: string;
  /** Levels the word can introduce. */
  levels: PlaceLevel[];
  /** The unit type the word names exactly (a small bonus; district types change over the years). */
  types: string[];
  /**
   * Abbreviation written with a dot or glued to a number ("H. Đồng Văn", "T. Hà Giang", "q1", "p.12"):
   * only counted then, because a lone letter is too common otherwise.
   */
  needsDot?: boolean;
}

const PROVINCE_CITY = ['Thành phố'];

/**
 * Vietnamese words written before a name. Organisation words ("Huyện ủy Đồng Văn", "Tỉnh đoàn Hà
 * Giang") count too: they fix the level just as well.
 */
export const TYPE_WORDS_BEFORE: TypeWord[] = [
  { words: 'tỉnh', levels: ['province'], types: ['Tỉnh'] },
  { words: 't', levels: ['province'], types: ['Tỉnh'], needsDot: true },
  { words: 'thành phố', levels: ['province', 'district'], types: PROVINCE_CITY },
  { words: 'tp', levels: ['province', 'district'], types: PROVINCE_CITY },
  { words: 'huyện', levels: ['district'], types: ['Huyện'] },
  { words: 'h', levels: ['district'], types: ['Huyện'], needsDot: true },
  { words: 'thị xã', levels: ['district'], types: ['Thị xã'] },
  { words: 'tx', levels: ['district'], types: ['Thị xã'] },
  { words: 'quận', levels: ['district'], types: ['Quận'] },
  { words: 'q', levels: ['district'], types: ['Quận'], needsDot: true },
  { words: 'xã', levels: ['commune'], types: ['Xã'] },
  { words: 'phường', levels: ['commune'], types: ['Phường'] },
  { words: 'p', levels: ['commune'], types: ['Phường'], needsDot: true },
  { words: 'thị trấn', levels: ['commune'], types: ['Thị trấn'] },
  { words: 'tt', levels: ['commune'], types: ['Thị trấn'] },
  { words: 'tỉnh ủy', levels: ['province'], types: ['Tỉnh'] },
  { words: 'tỉnh đoàn', levels: ['province'], types: ['Tỉnh'] },
  { words: 'thành ủy', levels: ['province', 'district'], types: PROVINCE_CITY },
  { words: 'thành đoàn', levels: ['province', 'district'], types: PROVINCE_CITY },
  { words: 'huyện ủy', levels: ['district'], types: ['Huyện'] },
  { words: 'huyện đoàn', levels: ['district'], types: ['Huyện'] },
  { words: 'thị ủy', levels: ['district'], types: ['Thị xã'] },
  { words: 'quận ủy', levels: ['district'], types: ['Quận'] },
];

/** English words written after a name ("Dong Van district", "Ho Chi Minh City", "Ha Giang provincial"). */
export const TYPE_WORDS_AFTER: TypeWord[] = [
  { words: 'province', levels: ['province'], types: ['Tỉnh'] },
  // The adjective before a body: "Kien Giang provincial Steering Committee".
  { words: 'provincial', levels: ['province'], types: ['Tỉnh'] },
  { words: 'city', levels: ['province', 'district'], types: PROVINCE_CITY },
  { words: 'district', levels: ['district'], types: ['Huyện', 'Quận'] },
  { words: 'town', levels: ['district', 'commune'], types: ['Thị xã', 'Thị trấn'] },
  { words: 'township', levels: ['commune'], types: ['Thị trấn'] },
  { words: 'commune', levels: ['commune'], types: ['Xã'] },
  { words: 'ward', levels: ['commune'], types: ['Phường'] },
];

/** English words written before a numbered unit ("District 1", "Ward 12"). */
export const TYPE_WORDS_BEFORE_NUMBER: TypeWord[] = [
  { words: 'district', levels: ['district'], types: ['Quận'] },
  { words: 'ward', levels: ['commune'], types: ['Phường'] },
];

/**
 * Words that introduce a person ("ông", "đồng chí", "đ/c"). Before a capitalised name they make it
 * a person's name, unless a type word stands right before the name.
 */
export const PERSON_TITLES = [
  'ông',
  'bà',
  'anh',
  'chị',
  'cô',
  'chú',
  'bác',
  'cụ',
  'đồng chí',
  'đ c',
  'đc',
  'mr',
  'mrs',
  'ms',
  'miss',
  'comrade',
];

/**
 * Credit words written with a colon before an author's or photographer's name ("Ảnh: Anh Sơn",
 * "Tin, ảnh: Kim Sơn", "Photo: Thanh Hà"): the name after them is a person's.
 */
export const CREDIT_WORDS = ['ảnh', 'tin', 'bài', 'photo', 'by', 'author', 'tác giả', 'nguồn ảnh'];

/**
 * Common Vietnamese surnames (and the surnames of the northern ethnic minorities that the meeting
 * reports name: Lò, Lường, Giàng, Sùng, Thào, Vàng, Mùa). A capitalised run that contains one right
 * before a place-like name makes that name part of a person's name.
 */
export const SURNAMES = [
  'nguyễn',
  'trần',
  'lê',
  'phạm',
  'hoàng',
  'huỳnh',
  'vũ',
  'võ',
  'đặng',
  'bùi',
  'đỗ',
  'hồ',
  'ngô',
  'dương',
  'lý',
  'lò',
  'lường',
  'phan',
  'trương',
  'đinh',
  'đoàn',
  'lâm',
  'mai',
  'trịnh',
  'cao',
  'lưu',
  'hà',
  'tạ',
  'thái',
  'tô',
  'chu',
  'quách',
  'lương',
  'vi',
  'triệu',
  'hứa',
  'kiều',
  'đàm',
  'giàng',
  'sùng',
  'thào',
  'vàng',
  'mùa',
  'phùng',
  'nông',
  'lục',
  'tăng',
  'khổng',
  'lại',
  'doãn',
  'mạc',
  'tống',
  'đào',
  'khúc',
  'ngôn',
  'vương',
  'âu',
  'lã',
  'văn',
  'thị',
];

const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES);

/** A word (with its diacritics, any case) is one of the {@link SURNAMES}. */
export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word.toLowerCase());
}

/**
 * Surnames (folded) also safe to recognise without diacritics: the others collide with everyday
 * words once folded ("do" because, "la" is, "vi" because, "le" ceremony, "ho" lake, "dang" is doing).
 */
export const FOLDED_SURNAMES = [
  'nguyen',
  'tran',
  'pham',
  'hoang',
  'huynh',
  'bui',
  'trinh',
  'truong',
  'quach',
  'phung',
  'doan',
  'kieu',
  'khong',
  'luu',
  'ngo',
  'dinh',
  'vuong',
  'van',
  'thi',
];

const FOLDED_SURNAME_SET: ReadonlySet<string> = new Set(FOLDED_SURNAMES);

/** A word typed without diacritics is one of the {@link FOLDED_SURNAMES} (any case, folded first). */
export function isFoldedSurname(word: string): boolean {
  return FOLDED_SURNAME_SET.has(fold(word).toLowerCase());
}

/**
 * Middle names. A name of three or more syllables whose first is a surname and second one of these
 * ("Hồ Chí Minh", "Trần Văn Thời", "Dương Minh Châu") reads as a person and needs a type word; a
 * place name ending in one of these and followed by a capitalised syllable ("Đồng Văn Thanh") is a
 * person's name.
 */
export const MIDDLE_NAMES = [
  'văn',
  'thị',
  'đức',
  'hữu',
  'công',
  'chí',
  'minh',
  'quang',
  'ngọc',
  'xuân',
  'đình',
  'quốc',
  'thế',
  'trọng',
  'bá',
  'thanh',
];

/**
 * English and compact spellings of provinces (the data's own aliases are added to these). Written
 * alone they are unambiguous, so they need no type word.
 */
export const EXTRA_ALIASES: [string, string][] = [
  ['Hanoi', 'Hà Nội'],
  ['Saigon', 'Hồ Chí Minh'],
  ['HCM', 'Hồ Chí Minh'],
  ['HCMC', 'Hồ Chí Minh'],
  ['Danang', 'Đà Nẵng'],
  ['Haiphong', 'Hải Phòng'],
  ['Daklak', 'Đắk Lắk'],
];

/**
 * Names of districts that are also everyday phrases once folded ("văn bản" document → Văn Bàn,
 * "thống nhất" agree → Thống Nhất, "đại từ" pronoun → Đại Từ). Written without diacritics and in lower
 * case they are places only after a type word. Found by listing the names that the dev corpus writes in
 * lower case as ordinary words; with diacritics the tone marks already tell them apart.
 */
export const COMMON_PHRASES = ['van ban', 'thong nhat', 'dai tu', 'an duong', 'lai vung', 'tam dao'];
