/**
 * The frozen robustness and dialogue sets (eval/robustness, eval/dialogues) as regression floors:
 * the scores measured when they were last reported in the README, so a change that loses ground
 * fails here. The robustness floor is below the answers issue's target (≥ 90%, reported as missed
 * in the README); the dialogue floor keeps the conversation issue's 0 wrong meetings. The sets need the dev corpus
 * beside the project; without it they are skipped with a message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialogues, runDialogues, summarizeDialogues } from '../src/eval/dialogues.ts';
import { type EvalQuestion, scoreAnswer, summarize } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('robustness.test', 'the frozen sets');

describe.skipIf(!present)('frozen robustness and dialogue sets (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'robustness', extra: ['eval/robustness/corpus'] });

  it('robustness set: at least 90% correct (90.8% when last measured)', async () => {
    const questions = readJsonLines<EvalQuestion>('eval/robustness/questions.jsonl');
    const results = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const s = summarize(results);
    console.info(`robustness.test: ${s.correct}/${s.total}, none answered ${s.noneAnswered}`);
    // 233/249 = 93.6% (twenty-eighth session); 0.92 before (230/249 = 92.4%, eleventh session), 0.9
    // before that (226/249 = 90.8%, fifth session; 221 = 88.8% after the fourth).
    expect(s.accuracy).toBeGreaterThanOrEqual(0.935);
    expect(s.noneAnswered).toBeLessThanOrEqual(4);
  }, 300_000);

  it('dialogue set: at least 84% of turns, no answer about another meeting', async () => {
    const file = 'eval/dialogues/dialogues.jsonl';
    const s = summarizeDialogues(
      await runDialogues(engine(), parseDialogues(readFileSync(file, 'utf8'), file)),
    );
    console.info(
      `robustness.test: dialogues ${s.turnsCorrect}/${s.turns} turns, ${s.wrongMeeting} wrong meetings`,
    );
    // 0.84 until the eleventh session; 129/148 (87.2%) since who-questions of an act no role cue
    // names are answered by whoever the article writes doing it (answer/asked-act.ts).
    expect(s.turnAccuracy).toBeGreaterThanOrEqual(0.87);
    expect(s.wrongMeeting).toBe(0);
  }, 300_000);
});
