/**
 * Language of a question. The bot's users write Vietnamese (with or without diacritics) or English;
 * English questions still carry Vietnamese names ("Who chaired … in Bắc Kạn?"), so the decision
 * counts function words rather than diacritics.
 */
import { hasDiacritics } from '../text/normalize.ts';
import type { Token } from './match.ts';

// English words that are not also Vietnamese syllables typed bare ("do", "an", "to", "ban", "the"
// as "thế" are left out or weighed by the Vietnamese side).
const EN_WORDS = new Set(
  (
    'the of who whom whose what when where which why how did does was were is are has have had and with ' +
    'for from during between many much its their it they this that these those by at into about after ' +
    'before chaired chair chairs held hold holds meeting meetings briefing briefings session sessions ' +
    'committee committees party district province provincial town city commune members member ' +
    'conference review year end list all each every name please tell show give date dates ' +
    'first second third fourth quarter half months most recent latest newest last working standing ' +
    'executive steering department organization organisation any there number percent percentage people ' +
    'said say according report reported published posted article news new admitted admit what s ' +
    'attend attended would could should will been being then also only over under'
  ).split(' '),
);

// Frequent Vietnamese syllables (folded), so that bare Vietnamese weighs against English.
const VI_WORDS = new Set(
  (
    'ai gi nao dau bao nhieu may khi luc gio the vay la cua va voi cho hoi duoc da dang se cac nhung mot ' +
    'nay do kia thi ma de tai o trong ve tu den theo nhu cung rat nhat hon lai con deu van neu hay hoac ' +
    'vao ra nguoi ngay thang nam quy lan thu so gan day moi hien chu tri giao ban nghi dang vien huyen ' +
    'tinh xa uy thuong truc bo chap hanh chi dao tong ket so lam viec dong chi bi thu ket nap to chuc ' +
    'co khong chua bai tin hop cuoc buoi dau tu ho tro xay dung nhiem ky dai kien'
  ).split(' '),
);

/**
 * Words that open an English question ("Who took …", "How many …"): the opening word decides the
 * language, whatever unaccented Vietnamese names and headline words the question copies ("who took
 * the minutes at the muong lay: giao ban khoi dang quy i nam 2021 meeting?"). None is a Vietnamese
 * syllable, and no Vietnamese question opens with one.
 */
const EN_OPENERS = new Set([
  'who',
  'what',
  'when',
  'where',
  'which',
  'how',
  'why',
  'did',
  'does',
  'was',
  'were',
  'is',
  'are',
]);

/**
 * A Vietnamese syllable without diacritics: onset, one to three vowels, final. Closed: the
 * language's syllable structure (finals c, ch, m, n, ng, nh, p, t; vowels and y as glides).
 */
// A single vowel may close on "k" in the Central Highlands' names ("Đắk Tô", "Lắk", "Krông Búk").
const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?|[aeiou]k)$/u;

/** Whether a folded lower-case word has the shape of a Vietnamese syllable ("luom", "nga"; not "chair"). */
export function isVietnameseSyllable(folded: string): boolean {
  return VI_SYLLABLE.test(folded);
}

/**
 * Short English function words spelt like Vietnamese syllables ("in an khe", "up to the"), beyond
 * the function and domain words above. In an English question they join a name (english-names.ts)
 * only where the index writes them capitalised beside their neighbour ("to lam" → Tô Lâm, "van an" → Văn An), never otherwise. Closed
 * class. Words that are also common name syllables (Đỗ "do", Bảy "bay", Mẫn "man", Cần "can") are
 * left out: a name loses less by a stray English word than by a syllable of its own.
 */
const ENGLISH_SYLLABLES = new Set(
  (
    'a an am as at be by he i in it me my no on so to up us we ye ok oh ' +
    'than then them they that one ten key see day say pay not but put get got set let met yet ' +
    'each much such teach reach mean main team chain time'
  ).split(' '),
);

/** Whether a folded word is also a short English word ({@link ENGLISH_SYLLABLES}: "in", "set", "up"). */
export function spellsEnglishWord(folded: string): boolean {
  return ENGLISH_SYLLABLES.has(folded);
}

/** Whether a lower-case word is one of the English function and domain words counted here. */
export function isEnglishWord(low: string): boolean {
  return EN_WORDS.has(low);
}

/**
 * `en` when the question opens with an English question word or English words outnumber Vietnamese
 * ones, `vi` otherwise (ties and empty input → `vi`).
 * Capitalised words are names and are not counted, except at the start of a sentence.
 */
export function detectLang(tokens: readonly Token[]): 'vi' | 'en' {
  if (tokens[0] && EN_OPENERS.has(tokens[0].low)) return 'en';
  let en = 0;
  let vi = 0;
  for (const t of tokens) {
    const isEn = EN_WORDS.has(t.low);
    const isVi = VI_WORDS.has(t.fold);
    if (isEn && isVi) continue; // "the" is also "thế" typed bare
    if (isEn) en++;
    else if (t.low === t.text && (hasDiacritics(t.text) || isVi)) vi++;
  }
  return en > vi ? 'en' : 'vi';
}

/** A Vietnamese question typed with no diacritics at all (and with some Latin letters). */
export function isFolded(text: string, lang: 'vi' | 'en'): boolean {
  return lang === 'vi' && /[a-z]/i.test(text) && !hasDiacritics(text);
}
