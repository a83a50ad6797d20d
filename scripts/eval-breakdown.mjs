// Aggregate breakdown of an eval-all.sh result (by type, style, language): no per-question output,
// so a frozen set can be watched without being read.
import { readFileSync } from 'node:fs';

const [file, questions] = process.argv.slice(2);
const r = JSON.parse(readFileSync(file, 'utf8'));
const qs = new Map(
  readFileSync(questions, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const q = JSON.parse(l);
      return [q.id, q];
    }),
);
const tally = {};
const add = (k, ok) => {
  tally[k] ??= [0, 0];
  tally[k][1]++;
  if (ok) tally[k][0]++;
};
let wrongAnswered = 0,
  answerable = 0;
const groups = new Map();
for (const x of r.results) {
  const q = qs.get(x.id);
  add(`type:${x.type}`, x.correct);
  add(`style:${q.style ?? x.lang}`, x.correct);
  if (x.type !== 'none') {
    answerable++;
    if (x.answered && !x.correct) wrongAnswered++;
  }
  if (q.group) {
    const g = groups.get(q.group) ?? [];
    g.push(x.correct);
    groups.set(q.group, g);
  }
}
const agree = [...groups.values()].filter((g) => g.every((v) => v === g[0])).length;
// Groups whose phrasings are all answered correctly: agreeing by being right, not by all failing.
const allCorrect = [...groups.values()].filter((g) => g.every(Boolean)).length;
console.log(
  Object.entries(tally)
    .map(([k, [c, t]]) => `${k} ${c}/${t}`)
    .join('  '),
);
console.log(
  `answered-but-wrong ${wrongAnswered}/${answerable} answerable; phrasings agree in ${agree}/${groups.size} groups, all correct in ${allCorrect}`,
);
