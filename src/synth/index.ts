/** Deterministic synthetic corpus of Vietnamese meeting reports, for benchmarks, soak runs and tests. */
export { generateArticles, generateCorpus } from './article.ts';
export {
  generateQuestions,
  type QuestionLang,
  type QuestionOptions,
  type QuestionType,
  type SynthQuestion,
} from './questions.ts';
export type {
  CorpusOptions,
  Fact,
  GeneratedArticle,
  Person,
  SynthArticle,
  SynthParts,
  SynthTruth,
} from './types.ts';
