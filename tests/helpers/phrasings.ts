/**
 * Scoring of a three-way phrasing set (formal / chat / English questions of one fact share a
 * `group`): correct answers per style, groups that agree (all right or all wrong), groups all
 * correct, and answerable questions answered wrongly.
 */
import type { Engine } from '../../src/engine/types.ts';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../../src/eval/score.ts';

/** One line of a phrasing set: an evaluation question with its phrasing and the fact it asks. */
export interface PhrasingQuestion extends EvalQuestion {
  style: 'formal' | 'chat' | 'en';
  group: string;
}

/** What a phrasing set scored. */
export interface PhrasingScores {
  style: Record<PhrasingQuestion['style'], number>;
  groups: number;
  agreeing: number;
  allCorrect: number;
  wrong: number;
}

/** Ask every question of the set and score it. */
export async function scorePhrasings(engine: Engine, questions: PhrasingQuestion[]): Promise<PhrasingScores> {
  const results = new Map<string, EvalResult>();
  for (const q of questions) results.set(q.id, scoreAnswer(q, await engine.ask(q.q)));
  const correct = (style: PhrasingQuestion['style']): number =>
    questions.filter((q) => q.style === style && results.get(q.id)?.correct).length;
  const groups = new Map<string, boolean[]>();
  for (const q of questions)
    groups.set(q.group, [...(groups.get(q.group) ?? []), results.get(q.id)?.correct === true]);
  const wrong = questions.filter((q) => {
    const r = results.get(q.id);
    return q.type !== 'none' && r?.answered && !r.correct;
  }).length;
  return {
    style: { formal: correct('formal'), chat: correct('chat'), en: correct('en') },
    groups: groups.size,
    agreeing: [...groups.values()].filter((g) => g.every((v) => v === g[0])).length,
    allCorrect: [...groups.values()].filter((g) => g.every(Boolean)).length,
    wrong,
  };
}

/** A line of a chat set whose variants are finer than the three styles, split into dev and held-out halves. */
export interface VariantQuestion<V extends string> extends PhrasingQuestion {
  variant: V;
  half: 'dev' | 'held';
}

/** Per half: correct answers per variant, the groups, and the groups all correct. */
export type VariantScores<V extends string> = Record<
  'dev' | 'held',
  { variant: Record<V, number>; groups: number; allCorrect: number }
>;

/** Ask every question once and score each half by variant (chat-2: formal/light/heavy; chat-3: formal/teen/typo). */
export async function scoreVariants<V extends string>(
  engine: Engine,
  questions: VariantQuestion<V>[],
  variants: readonly V[],
): Promise<VariantScores<V>> {
  const correct = new Map<string, boolean>();
  for (const q of questions) correct.set(q.id, scoreAnswer(q, await engine.ask(q.q)).correct);
  const half = (h: 'dev' | 'held') => {
    const own = questions.filter((q) => q.half === h);
    const groups = new Map<string, boolean[]>();
    for (const q of own) groups.set(q.group, [...(groups.get(q.group) ?? []), correct.get(q.id) === true]);
    const variant = Object.fromEntries(
      variants.map((v) => [v, own.filter((q) => q.variant === v && correct.get(q.id)).length]),
    ) as Record<V, number>;
    return {
      variant,
      groups: groups.size,
      allCorrect: [...groups.values()].filter((g) => g.every(Boolean)).length,
    };
  };
  return { dev: half('dev'), held: half('held') };
}
