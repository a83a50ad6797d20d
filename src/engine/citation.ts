/**
 * How answers and stored articles name an article: the fields a source line, a `Nguồn` button and
 * `Toàn bài` all show, and the citation an answer carries.
 */

/** What names an article wherever it is shown. */
export interface ArticleRef {
  docId: string;
  title: string;
  published: string | null;
  /** The file under SEEDS_DIR (`seeds/000_….txt`). */
  source: string;
  /** The article's web address and site name, for articles added from a URL; null for files. */
  url: string | null;
  site: string | null;
}

/** A cited source of an answer. `quote` is an exact substring of the document's cleaned body. */
export interface Citation extends Omit<ArticleRef, 'url' | 'site'> {
  n: number;
  quote: string;
  /** Other files with the same body (syndicated copies), citable in its place. */
  alsoIn?: { docId: string; source: string }[];
  /** The article's web address and site name, for articles added from a URL (absent for files). */
  url?: string;
  site?: string;
  /** Where `quote` lies in the article's body (UTF-16 offsets), for buttons that outlive the answer. */
  span?: { start: number; end: number };
}
