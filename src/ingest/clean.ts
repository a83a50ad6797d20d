/**
 * Line-level recognisers for the page furniture of scraped Vietnamese news pages: greetings,
 * breadcrumbs, category labels, comment boxes, "related news" sidebars, image file names.
 * They describe the shape of furniture (short, no sentence, a known marker word) rather than
 * listing one site's strings, so other portals are handled the same way.
 */
import { LABEL_COLUMN_HEADS, ROW_NUMBER_HEADS } from '../text/table-heads.ts';

const W = '(?![\\p{L}\\p{N}])';

/** Word count (whitespace-separated tokens). */
export function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/** Drop a leading list bullet ("  • ", "● ", "▪ "); dashes and » are kept (they mean something). */
export function stripBullet(line: string): string {
  return line.replace(/^\s*[•●▪◦·▸►*]+\s*/u, '').trim();
}

// Image file names as they leak into scraped text: "318..jpg", "IMG_20220928_151204.jpg",
// "DSC_0731.JPG", glued to the sentence before ("đảng.IMG_…jpg") and the caption after ("…jpgQuang").
// Only ASCII names: the lookbehind keeps the sentence's last (Vietnamese) word out of the match.
// No dot inside the name (only a stray one before the extension, "318..jpg"): a sentence ending
// in an ASCII word keeps it and its full stop ("602,5 ha.quang-binh-hoi-nghi.jpg", "năm 2021.anh.jpg").
const IMAGE_FILE =
  /(?<![\p{L}\p{N}_-])[A-Za-z0-9_-]+\.?\.(?:jpe?g|JPE?G|Jpe?g|png|PNG|gif|GIF|webp|WEBP|bmp|BMP|tiff?|TIFF?)(?![a-z0-9])/gu;

/** Replace image file names by line breaks, so a glued caption becomes a line of its own. */
export function removeImageNames(text: string): string {
  return text.replace(IMAGE_FILE, '\n');
}

/**
 * Split a caption glued to the previous sentence without a space ("…thành viên Ban Chỉ đạo.Ban
 * Chỉ đạo 32 họp…", left when the scraper dropped the image). Only after a lowercase word of two
 * or more letters, so abbreviations (TP.HCM, Th.S, P.V) stay intact.
 */
export function splitGluedSentences(line: string): string[] {
  return line.split(/(?<=(?<![\p{L}])\p{Ll}[\p{Ll}\p{M}]+[.!?])(?=\p{Lu}[\p{Ll}\p{M}])/u);
}

// Comment boxes and sidebars glued to the end of the last line ("Hoàng ÝCác ý kiến của bạn đọc").
const GLUED_MARKER =
  /(?<=[\p{L})\]])(?=(?:Các ý kiến của bạn đọc|Ý kiến bạn đọc|Ý kiến của bạn|Bình luận|Viết bình luận|Gửi ý kiến|Gửi bình luận|Tin liên quan|Tin khác|Các tin khác)\s*(?:\(\d+\))?\s*:?\s*$)/u;

/** Put a comment/sidebar marker glued to a line's end on a line of its own. */
export function splitGluedMarker(line: string): string[] {
  return line.split(GLUED_MARKER);
}

// Headers that open a comment box or a sidebar: short lines made only of a marker phrase.
const END_MARKER = new RegExp(
  [
    `^(?:(?:các|những)\\s+)?(?:tin|bài|bài viết|tin bài)\\s+(?:khác|liên quan|cùng chuyên mục|cùng loại|mới|mới nhất|mới cập nhật|mới đăng|nổi bật|đọc nhiều|xem nhiều|đã đưa|đã đăng|trước|tiếp theo|cũ hơn|tiêu điểm)${W}.{0,20}$`,
    `^(?:các\\s+)?(?:ý kiến(?:\\s+(?:của\\s+)?bạn đọc|\\s+của bạn)?|bình luận|viết bình luận|gửi bình luận|gửi ý kiến(?:\\s+của bạn)?|hiện (?:tại |chưa )?(?:chưa )?có bình luận(?: nào)?|chưa có bình luận(?: nào)?|tìm kiếm theo ngày|tìm kiếm|xem thêm|đọc thêm|từ khóa|tags?)\\s*(?:\\(\\d+\\))?\\s*:?\\s*$`,
  ].join('|'),
  'iu',
);

/** A comment-box or sidebar header: the article is over when one appears. */
export function isEndMarker(line: string): boolean {
  return line.length <= 60 && END_MARKER.test(line.trim());
}

/** A teaser of another article: "» Headline (30/09/2020)", "Headline (Thứ hai, 04/07/2022)". */
export function isTeaserItem(line: string): boolean {
  const t = line.trim();
  if (/^[»›]/u.test(t)) return true;
  return (
    wordCount(t) <= 40 &&
    /\((?:[^()]*,\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}\)$/u.test(t) &&
    !/\d{4}\s*[-–]\s*\d{1,2}[/-]/u.test(t)
  );
}

/** "Lượt xem: 127", "Bình luận (0)", "Số lượt xem: 175": a counter with nothing else. */
export function isCounterLine(line: string): boolean {
  return /^(?:số\s+)?(?:lượt|lần)\s+(?:xem|đọc|truy cập)\s*:?\s*[\d.,]+$|^bình luận\s*\(\d+\)$/iu.test(
    line.trim(),
  );
}

/** Most words of one part of a menu or link row ("In bài | Gửi email | Chia sẻ"). */
const MAX_MENU_PART_WORDS = 5;
/** Most words of one part of a breadcrumb path ("Tin tức » Hoạt động của lãnh đạo tỉnh"). */
const MAX_PATH_PART_WORDS = 8;

/**
 * A menu, breadcrumb or link row: parts separated by |, », >, / or >> that are all short
 * ("Trang chủ » Tin tức » Xây dựng Đảng", "In bài | Gửi email | Chia sẻ").
 */
export function isNavLine(line: string): boolean {
  const t = line.trim();
  if (/^trang chủ(?![\p{L}])/iu.test(t)) return true;
  // A path's arrows or spaced slashes join longer category names than a menu's bars ("Tin tức - Sự
  // kiện » Hoạt động của lãnh đạo tỉnh", "Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh"): a
  // headline never writes them.
  const most = /»|>|\s\/\s/u.test(t) ? MAX_PATH_PART_WORDS : MAX_MENU_PART_WORDS;
  const parts = t.split(/\s*(?:\||»|>>|>|\s\/\s)\s*/u).filter(Boolean);
  if (isTableLine(parts)) return false;
  return parts.length >= 2 && parts.every((p) => wordCount(p) <= most && !/[.!?]$/u.test(p));
}

/** A table's cell of a number ("142,5", "76,6", "1.250", "-2,1%"). */
const NUMBER_CELL = /^[+-]?\d[\d.,]*%?$/u;
/** The head of a table's first column ("Chỉ tiêu | Đơn vị tính | …", "STT | Nội dung | …"). Closed. */
const TABLE_HEAD = new RegExp(
  `^(?:${[...ROW_NUMBER_HEADS, ...LABEL_COLUMN_HEADS].join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * A table's row scraped with bars between its cells ("Vốn huy động … | tỷ đồng | 186 | 142,5 |
 * 76,6"): a label and two numbers or more; or the header that opens one. A menu has no numbers.
 */
function isTableLine(parts: readonly string[]): boolean {
  const numbers = parts.filter((p) => NUMBER_CELL.test(p)).length;
  return (numbers >= 2 && numbers < parts.length) || (parts.length >= 3 && TABLE_HEAD.test(parts[0] ?? ''));
}

/** A site greeting or banner: "Chào mừng quý bạn đọc…", "Xin chào quý khách!". */
export function isGreeting(line: string): boolean {
  return /^(?:chào mừng|xin chào|welcome)(?![\p{L}])/iu.test(line.trim());
}

/** Most words of a site name that only contains the portal formula ("… cổng thông tin điện tử …"). */
const SITE_NAME_WORDS = 14;
/** Most words of a line that opens with it ("Trang thông tin điện tử Đảng bộ thành phố X - tỉnh Y"). */
const OPENING_SITE_NAME_WORDS = 20;
const PORTAL_FORMULA = /(?:cổng|trang)\s+(?:thông tin\s+)?(?:điện tử|tin tức)/iu;
const OPENS_WITH_PORTAL = /^(?:cổng|trang)\s+thông tin\s+điện tử(?![\p{L}])/iu;

/** A site name: "Cổng thông tin điện tử huyện Bảo Yên", "ĐẢNG BỘ TỈNH GIA LAI". */
export function isSiteName(line: string): boolean {
  const t = line.trim();
  const words = wordCount(t);
  if (PORTAL_FORMULA.test(t) && words <= SITE_NAME_WORDS) return true;
  // A line opening with the formula names the portal however long its owner's name runs; a headline
  // writes it further on ("Ra mắt Cổng thông tin điện tử …").
  if (OPENS_WITH_PORTAL.test(t) && words <= OPENING_SITE_NAME_WORDS) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && wordCount(t) <= 14;
}

/** A category label: a few words, no sentence, starting like "Tin…", "Hoạt động…", "Xây dựng Đảng". */
export function isCategoryLabel(line: string): boolean {
  const t = line.trim();
  return (
    wordCount(t) <= 6 &&
    !/\d/u.test(t) &&
    /^(?:tin(?![\p{L}])|các tin|hoạt động|xây dựng đảng|chính trị|thời sự|kinh tế|xã hội|văn hóa|tin tức|sự kiện|chuyên mục|tiêu điểm)/iu.test(
      t,
    )
  );
}

/**
 * A line that only names an administrative unit ("Tỉnh Lâm Đồng", "UBND huyện Krông Nô" aside): the
 * owner a portal's banner names under its title, never a headline, which says what happened.
 */
export function isPlaceLabel(line: string): boolean {
  return PLACE_LABEL.test(line.trim());
}
/** A unit's type word and a capitalised name of at most four syllables. Closed: the unit types. */
const PLACE_LABEL =
  /^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(?:\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*){0,3}$/iu;

/**
 * A site's search box as scraped: its label or placeholder alone on a line ("Tìm kiếm...", "Nhập từ
 * khóa tìm kiếm…", "Search..."). Closed: the search words of portals.
 */
export function isSearchBox(line: string): boolean {
  return SEARCH_BOX.test(line.trim());
}
const SEARCH_BOX =
  /^(?:tìm kiếm|nhập từ khóa(?:\s+(?:tìm kiếm|cần tìm))?|từ khóa tìm kiếm|search)(?:\s+nâng cao)?\s*(?:\.{2,}|…)?\s*$/iu;

/** Any header furniture that is never the headline. */
export function isHeaderChrome(line: string): boolean {
  return (
    isGreeting(line) ||
    isSearchBox(line) ||
    isPlaceLabel(line) ||
    isNavLine(line) ||
    isSiteName(line) ||
    isCategoryLabel(line) ||
    isCounterLine(line) ||
    isMastheadMotto(line)
  );
}

/**
 * A newspaper's motto under its name: "Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hà Nam",
 * "Cơ quan ngôn luận của Đảng bộ tỉnh …" (the fixed formula of the provincial Party papers).
 */
export function isMastheadMotto(line: string): boolean {
  return MASTHEAD_MOTTO.test(line.trim()) && wordCount(line) <= 20;
}
const MASTHEAD_MOTTO =
  /^cơ quan (?:ngôn luận |chủ quản )?của (?:đảng bộ|tỉnh ủy|thành ủy|huyện ủy|ubnd|ủy ban nhân dân)/iu;

/** Ends like a sentence (so it is article text, not a by-line or a label). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/u.test(line.trim());
}

/**
 * A paragraph of article text: long enough and containing a sentence end. Used to find where the
 * page header stops.
 */
export function isProseParagraph(line: string): boolean {
  return wordCount(line) >= 15 && /[\p{L}\p{N})”"][.!?…](?:\s|$|["”'’)])/u.test(line);
}
