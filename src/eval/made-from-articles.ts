/**
 * Every near-miss made from articles rather than questions, for one corpus: details its reports do
 * not state (details.ts), topics and counted subjects they never write (topics.ts) and the teasers
 * of their sidebars that no article reports (sidebars.ts). Each article's headline is parsed once.
 */
import { parseArticle } from '../ingest/parse.ts';
import { detailQuestions } from './details.ts';
import type { Mutation } from './mutations.ts';
import { sidebarQuestions } from './sidebars.ts';
import { namedPersons, strangerQuestions } from './strangers.ts';
import { subjectQuestions, topicQuestions } from './topics.ts';

/** The near-misses of every article of `files` (a file's name is its id), each kind's oracle over all of them. */
export function madeFromArticles(files: readonly { id: string; text: string }[]): Mutation[] {
  const texts = files.map((x) => x.text);
  const persons = namedPersons(texts);
  return files.flatMap(({ id, text }, i) => {
    const article = { id, title: parseArticle(text, { docId: id, source: id }).title };
    return [
      ...detailQuestions(article, texts),
      ...topicQuestions(article, texts),
      ...subjectQuestions(article, texts),
      ...sidebarQuestions({ id, text }, texts),
      ...strangerQuestions(article, texts, persons, i),
    ];
  });
}
