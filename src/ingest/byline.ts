/**
 * By-lines and signatures that close an article: "Tác giả: Thu Hường", "Hữu Ánh", "THANH HÒA",
 * "Vũ Văn Lương - Bí thư Đảng ủy Khối…", "Thanh Hòa (Theo Trang TTĐT Đảng bộ tỉnh)",
 * "Tin, ảnh: Thanh Tùng", "Văn phòng Huyện ủy Kiến Xương".
 */
import { endsLikeSentence, wordCount } from './clean.ts';
import { fixCapitals, isPersonName, readNameAt } from './names.ts';

const LABEL =
  /^(?:tác giả|người viết|phóng viên|tin,?\s*ảnh|tin và ảnh|bài,?\s*ảnh|bài và ảnh|bài|tin|ảnh|nhóm phóng viên)\s*:\s*/iu;
// "P.V", "PV", "TTXVN": an agency or reporter abbreviation used as a by-line.
const ABBREVIATION = /^(?:[A-ZĐ]\.?){2,6}$/u;
// A signature made of an organisation only ("Văn phòng Huyện ủy Kiến Xương").
const ORG_SIGNATURE =
  /^(?:văn phòng|ban|trung tâm|đài|báo|phòng|cổng|trang|sở|ủy ban|ubnd|huyện ủy|thị ủy|thành ủy|tỉnh ủy|hội|đảng ủy|nhóm|phóng viên)(?![\p{L}])/iu;

/** What a signature line says. */
export interface Byline {
  /** The author's name, the agency abbreviation, or the signing office; null for "Theo …" credits. */
  author: string | null;
  /**
   * Unmistakably a signature wherever it stands: a labelled credit ("Tác giả: …", "Tin, ảnh: …") or
   * a name followed by an office ("X - Bí thư …", "X (Trung tâm …)"). Bare names and offices are
   * signatures only as the last line of the article.
   */
  strong: boolean;
}

/** The name at the head of a signature ("Hoàng Thu - Văn phòng Huyện ủy" → "Hoàng Thu"). */
function headName(s: string, minSyllables: number): string | null {
  const head = s.split(/\s+[-–—]\s+|\s*\(|\s*,\s*|\s*\|\s*/u)[0]?.trim() ?? '';
  if (!head) return null;
  if (ABBREVIATION.test(head)) return head;
  const fixed = fixCapitals(head);
  const hit = readNameAt(fixed, 0, minSyllables);
  return hit && hit.end === fixed.length ? hit.name : null;
}

/**
 * Read a line as a by-line. Returns null when the line is article text (a sentence, a caption)
 * rather than a signature.
 */
export function readByline(line: string): Byline | null {
  const t = line.trim();
  if (!t || t.length > 200) return null;
  const labelled = LABEL.exec(t);
  if (labelled) {
    const rest = t.slice(labelled[0].length);
    const author = headName(rest, 1) ?? (wordCount(rest) <= 5 ? rest.replace(/[\s.]+$/u, '') : null);
    return author ? { author, strong: true } : null;
  }
  // Article text: a sentence, or a line with a sentence break inside.
  if (endsLikeSentence(t) || /[.!?…]\s+\p{Lu}/u.test(t) || wordCount(t) > 25) return null;
  if (/^theo\s/iu.test(t) && wordCount(t) <= 12) return { author: null, strong: false };
  const name = headName(t, 2);
  if (name && ABBREVIATION.test(name)) return { author: name, strong: false };
  if (name && (name === fixCapitals(t) || t.length > name.length)) {
    // A bare name, or a name followed by its office: "X - chức vụ", "X (Trung tâm…)".
    const tail = t.slice(name.length).trim();
    if (tail === '' || isPersonName(fixCapitals(t))) return { author: name, strong: false };
    if (/^[-–—(,|]/u.test(tail)) return { author: name, strong: /^[-–—(]/u.test(tail) && t.startsWith(name) };
  }
  if (ORG_SIGNATURE.test(t) && wordCount(t) <= 10) return { author: t, strong: false };
  return null;
}
