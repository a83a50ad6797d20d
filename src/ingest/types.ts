/** A person named as chairing a meeting, with the title the article gives them. */
export interface Chair {
  name: string;
  /** Title as written, e.g. `Bí thư Đảng bộ thị xã`; null when the article gives none. */
  title: string | null;
}

/** Facts about the meeting an article reports, extracted by the parser. */
export interface MeetingFacts {
  /** Meeting date(s), ISO `YYYY-MM-DD`, in order of appearance. */
  meetingDates: string[];
  /**
   * Reporting periods, normalised: `2021-Q1`, `2022-H1` (6 tháng đầu năm), `2022-H2`,
   * `2023-9M` (9 tháng), `2020` (a year), `2015-2020` (a term).
   */
  periods: string[];
  /** Chair(s) of the meeting of record, in order of appearance. */
  chairs: Chair[];
  /** The organisation or place holding the meeting, e.g. `Huyện ủy Bảo Yên`; null when unclear. */
  organisation: string | null;
  /**
   * The portal's name as the page header writes it ("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NINH
   * BÌNH"), else the web origin's site name; null or absent (facts stored before it) when none.
   */
  portal?: string | null;
}

/** Where an article added from the web came from; stored with it and shown in its citations. */
export interface ArticleOrigin {
  url: string;
  /** The site's own name (og:site_name) or its host name. */
  site: string;
  /** What was fetched: a web page, or a document converted to HTML when it was added. */
  kind: 'html' | 'pdf' | 'docx' | 'text';
  /** When it was fetched, ISO. */
  fetchedAt: string;
}

/** One parsed article: clean text plus metadata, the unit the index stores and cites. */
export interface Article {
  /** File stem, e.g. `000_0c95c87bab80c7cf`. */
  docId: string;
  /** Path relative to the project root (or to the scanned folder's parent when outside it). */
  source: string;
  title: string;
  /** The article's own publication date, `YYYY-MM-DD`; null when none is recognisable. */
  published: string | null;
  author: string | null;
  /** Article text without site chrome. Chunks and citation quotes are substrings of it. */
  body: string;
  facts: MeetingFacts;
  /** Set for articles added from a URL: the page's address and site name. */
  origin?: ArticleOrigin;
}
