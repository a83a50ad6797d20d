/**
 * A raw scraped news page (text) to an {@link Article}: headline, the article's own date, author,
 * the article text without site furniture, and the meeting facts.
 *
 * The page is read structurally:
 *  - the header runs until the first prose paragraph; the headline is the last header line that
 *    is not furniture and has a date line after it, and the published date is the first date line
 *    after the headline (page-header dates above the headline are the day of the scrape);
 *  - the article ends at the first comment box or sidebar marker, and a by-line just before that
 *    end is the author's signature, not article text.
 */
import { normalizeText } from '../text/normalize.ts';
import { readByline } from './byline.ts';
import {
  isCounterLine,
  isEndMarker,
  isGreeting,
  isHeaderChrome,
  isNavLine,
  isProseParagraph,
  isSiteName,
  isTeaserItem,
  removeImageNames,
  splitGluedMarker,
  splitGluedSentences,
  stripBullet,
  wordCount,
} from './clean.ts';
import { type DateLine, readDateLine } from './dates.ts';
import { extractFacts, findMeetingDates } from './facts.ts';
import type { Article, ArticleOrigin } from './types.ts';

/** Where the article comes from. */
/**
 * Bumped whenever a file's parse changes (its body, headline, facts): an index built by another
 * version re-parses every file once (index/build.ts), so a fixed cleaner reaches articles already
 * indexed. 1: table rows and headers written with bars are kept as body (ingest/clean.ts). 2: a
 * person's title ends before "trả lời", "giải trình" (ingest/names.ts). 3: a search box's
 * placeholder ("Tìm kiếm...") is page furniture, never the headline (ingest/clean.ts). 4: a meeting
 * of several days ("Trong 2 ngày 19 và 20/12/2023") is dated by its first day, and a line naming its
 * poster ("Ngày đăng: … | Người đăng: …") is a date line (ingest/dates.ts). 5: a breadcrumb whose
 * parts a spaced slash joins ("Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh") is a path, never
 * the headline (ingest/clean.ts).
 */
export const PARSER_VERSION = 5;

export interface ParseMeta {
  /** File stem. */
  docId: string;
  /** Path relative to the project root, forward slashes. */
  source: string;
  /** Where a web article came from (from its saved file's header). */
  origin?: ArticleOrigin;
}

/** Header lines examined for the headline and date; a real header is far shorter. */
const HEADER_LIMIT = 40;

interface Line {
  text: string;
  date: DateLine | null;
}

/** Fewest items of a menu whose items a page separates by runs of spaces. */
const MENU_ITEMS = 3;
/** Most words of one such item ("Thủ tục hành chính"). */
const MENU_ITEM_WORDS = 5;

/**
 * A menu row whose items the page separated by runs of spaces ("Giới thiệu   Tin tức   Văn bản"),
 * rewritten with "|" so it reads as the navigation line it is once spaces collapse; any other line
 * unchanged.
 */
function spacedMenu(line: string): string {
  const parts = line.trim().split(/[ \t]{2,}/u);
  const menu =
    parts.length >= MENU_ITEMS &&
    // A row of figures ("Thu ngân sách   186,4 tỷ đồng   81,3%") is a table's, not a menu.
    parts.every((p) => p.split(/\s+/u).length <= MENU_ITEM_WORDS && !/[.!?:;,]$/u.test(p) && !/\d/u.test(p));
  return menu ? parts.join(' | ') : line;
}

/** Source lines after normalisation: bullets off, image names out, glued captions and markers apart. */
function toLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of removeImageNames(text).split('\n')) {
    const line = spacedMenu(stripBullet(raw)).replace(/[ \t]+/g, ' ');
    for (const a of splitGluedMarker(line)) {
      for (const b of splitGluedSentences(a)) {
        const t = b.trim();
        out.push({ text: t, date: t ? readDateLine(t) : null });
      }
    }
  }
  return out;
}

/** "(TTĐT) - ", "(BLC) – ": the news agency tag some portals put before the first sentence. */
function stripAgencyTag(line: string): string {
  return line.replace(/^\((?:[\p{Lu}Đ&.-]+\s?){1,3}\)\s*[-–—]\s*/u, '');
}

/** A title candidate: not empty, not a date line, not furniture, at least two words. */
function isTitleCandidate(l: Line): boolean {
  return (
    l.text !== '' &&
    !l.date &&
    !isHeaderChrome(l.text) &&
    !isEndMarker(l.text) &&
    wordCount(l.text) >= 2 &&
    // "(Bài viết đã được biên tập lại số liệu)": an editor's note under the headline, not one.
    !EDITOR_NOTE.test(l.text)
  );
}

/** A line wholly in parentheses. */
const EDITOR_NOTE = /^\([^()]*\)$/u;

/** An all-capitals line that is not a portal name: a headline only when nothing else qualifies. */
function isCapitalsCandidate(l: Line): boolean {
  return (
    l.text !== '' &&
    !l.date &&
    isSiteName(l.text) &&
    !/(?:cổng|trang)\s+thông tin|điện tử/iu.test(l.text) &&
    !isGreeting(l.text) &&
    !isNavLine(l.text) &&
    wordCount(l.text) >= 3
  );
}

interface Header {
  titleIdx: number | null;
  publishedIdx: number | null;
  /** First line of the body region. */
  bodyFrom: number;
}

function readHeader(lines: Line[]): Header {
  let headerEnd = lines.findIndex((l, i) => i < HEADER_LIMIT && isProseParagraph(l.text));
  if (headerEnd < 0) headerEnd = Math.min(lines.length, HEADER_LIMIT);
  let titleIdx: number | null = null;
  let lastCandidate: number | null = null;
  const header = lines.slice(0, headerEnd);
  const accept = header.some(isTitleCandidate) ? isTitleCandidate : isCapitalsCandidate;
  for (let i = 0; i < headerEnd; i++) {
    if (!accept(lines[i]!)) continue;
    lastCandidate = i;
    if (lines.slice(i + 1, headerEnd).some((x) => x.date && !x.date.today)) titleIdx = i;
  }
  let publishedIdx: number | null = null;
  if (titleIdx !== null) {
    for (let i = titleIdx + 1; i < headerEnd && publishedIdx === null; i++) {
      if (lines[i]!.date && !lines[i]!.date!.today) publishedIdx = i;
    }
  } else {
    titleIdx = lastCandidate;
  }
  const bodyFrom = titleIdx !== null ? titleIdx + 1 : headerEnd < lines.length ? headerEnd : 0;
  return { titleIdx, publishedIdx, bodyFrom };
}

/**
 * Index just past the article: the first comment-box or sidebar line after `from`, or the line
 * after an unmistakable signature once the article text has begun (what follows a signature is
 * page furniture even without a header, like a block of unrelated teasers).
 */
function findEnd(lines: Line[], from: number): number {
  let prose = false;
  const teaser = (i: number) => i >= 0 && isTeaserItem(lines[i]!.text) && !isProseParagraph(lines[i]!.text);
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t) continue;
    if (isEndMarker(t)) return i;
    // A list of teasers (two in a row, or one closing the page), not one dated line of the article.
    if (teaser(i)) {
      let next = i + 1;
      while (next < lines.length && lines[next]!.text === '') next++;
      if (next >= lines.length || teaser(next) || isEndMarker(lines[next]!.text)) return i;
    }
    if (prose && readByline(t)?.strong) return i + 1;
    if (isProseParagraph(t)) prose = true;
  }
  return lines.length;
}

/** Footer furniture between the signature and the end marker ("Lượt xem: 127", "In bài | Chia sẻ"). */
function isFooterChrome(l: Line): boolean {
  return l.text === '' || l.date !== null || isCounterLine(l.text) || isNavLine(l.text);
}

/** A date line outside the header that names the posting ("Ngày đăng: …" in a footer). */
function postedDateAnywhere(lines: Line[], from: number, to: number): DateLine | null {
  for (let i = from; i < to; i++) {
    const d = lines[i]!.date;
    if (d?.posted && !d.today) return d;
  }
  return null;
}

/** No headline line: the start of the first paragraph, cut at a word, else the file stem. */
function fallbackTitle(first: string | undefined, docId: string): string {
  if (!first) return docId;
  if (first.length <= 120) return first;
  return `${first.slice(0, 120).replace(/\s+\S*$/u, '')}…`;
}

/** The site's name: the first site-name line above the headline, else the web origin's. */
function portalName(lines: Line[], header: Header, meta: ParseMeta): string | null {
  const above = lines.slice(0, header.titleIdx ?? header.bodyFrom);
  return above.find((l) => l.text !== '' && isSiteName(l.text))?.text ?? meta.origin?.site ?? null;
}

/** Parse one raw article text (any line endings, any Unicode form). Never throws. */
export function parseArticle(raw: string, meta: ParseMeta): Article {
  const lines = toLines(normalizeText(raw));
  const header = readHeader(lines);
  const end = findEnd(lines, header.bodyFrom);

  // The signature: the last content line before the end, past any footer furniture.
  let bodyTo = end;
  let author: string | null = null;
  let k = end - 1;
  while (k >= header.bodyFrom && isFooterChrome(lines[k]!)) k--;
  if (k >= header.bodyFrom) {
    const sig = readByline(lines[k]!.text);
    if (sig) {
      author = sig.author;
      bodyTo = k;
      // "Tin: X" above "Ảnh: Y": both are by-lines.
      let j = k - 1;
      while (j >= header.bodyFrom && lines[j]!.text === '') j--;
      const above = j >= header.bodyFrom ? readByline(lines[j]!.text) : null;
      if (above && /^(?:tin|bài|tác giả)/iu.test(lines[j]!.text)) {
        author = above.author ?? author;
        bodyTo = j;
      }
    }
  }

  let published: DateLine | null = header.publishedIdx !== null ? lines[header.publishedIdx]!.date : null;
  published ??= postedDateAnywhere(lines, 0, end);
  // A bare date above the headline is usually the page header (the day of the scrape).
  const aboveTitle = lines.slice(0, header.titleIdx ?? 0).find((l) => l.date && !l.date.today)?.date ?? null;
  if (!author) {
    const credited = lines.slice(0, bodyTo).find((l) => l.date?.credit);
    author = credited?.date?.credit ?? null;
  }

  const paragraphs: string[] = [];
  let seenProse = false;
  for (let i = header.bodyFrom; i < bodyTo; i++) {
    const l = lines[i]!;
    if (!l.text || l.date || isCounterLine(l.text) || isNavLine(l.text)) continue;
    // Before the first paragraph, greetings, site names and labels are still header furniture.
    if (!seenProse && (isSiteName(l.text) || isHeaderChrome(l.text))) continue;
    if (/^(?:tác giả|tin,?\s*ảnh)\s*:/iu.test(l.text) && readByline(l.text)) {
      author ??= readByline(l.text)?.author ?? null;
      continue;
    }
    const text = seenProse ? l.text : stripAgencyTag(l.text);
    if (isProseParagraph(text)) seenProse = true;
    paragraphs.push(text);
  }
  const body = paragraphs.join('\n\n');
  const title =
    header.titleIdx !== null ? lines[header.titleIdx]!.text : fallbackTitle(paragraphs[0], meta.docId);
  // Trust a date above the headline only when the body reports a meeting just before it.
  if (!published && aboveTitle && findMeetingDates(body, aboveTitle.iso).length > 0) published = aboveTitle;
  const publishedIso = published?.iso ?? null;
  return {
    docId: meta.docId,
    source: meta.source,
    title,
    published: publishedIso,
    author,
    body,
    facts: {
      ...extractFacts({ title, body, published: publishedIso }),
      portal: portalName(lines, header, meta),
    },
    ...(meta.origin ? { origin: meta.origin } : {}),
  };
}
