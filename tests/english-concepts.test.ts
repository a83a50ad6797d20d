import { describe, expect, it } from 'vitest';
import { englishConcepts } from '../src/answer/english-concepts.ts';
import type { EvidenceQuery } from '../src/answer/evidence.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { useCorpusEngine } from './helpers/eval-engine.ts';

/**
 * The content rule of English questions counts glossary concepts, each carried by any one of its
 * renderings (src/answer/english-concepts.ts). Before it, English answers were judged by no content
 * word at all (the English words are no index terms): a poverty rate answered a growth rate, a
 * disbursement deadline a housing one. Questions written for this test over the project's own
 * articles (eval/robustness/corpus), each refusal beside a control the same article answers.
 */
describe('English concepts', () => {
  it('groups a phrase’s renderings; a phrase rendered in frame words asks nothing', () => {
    const q = parseQuestion('What was the total cost of removing temporary houses in Ngoc Hoi district?');
    const idf = new Map(
      ['tien', 'kinh', 'phi', 'von', 'go', 'bo', 'xoa', 'nha', 'tam', 'huyen'].map((t) => [t, 1]),
    );
    const eq: EvidenceQuery = { idf, folded: true, ignore: new Set(), phrases: [], units: [], shape: null };
    const concepts = englishConcepts(q, eq, new Set(['huyen']));
    expect(concepts.map((c) => c.en)).toEqual(['cost', 'removing', 'temporary houses']);
    expect(concepts[0]?.renderings).toEqual([['tien'], ['kinh', 'phi'], ['von']]);
  });

  describe('over the robustness articles (keyword-only)', () => {
    const engine = useCorpusEngine('english-concepts', ['eval/robustness/corpus']);
    const ask = (text: string) => engine().ask(text);

    it('a growth rate is answered with the growth, not the poverty rate’s fall; the poverty rate with the rate', async () => {
      const growth = await ask('What was the economic growth rate of Ngoc Hoi in 2023?');
      expect(growth.answer).toContain('tăng trưởng 9,2%');
      expect(growth.answer).not.toContain('1,36%');
      expect((await ask('What was the poverty rate of Ngoc Hoi district in 2023?')).answer).toContain(
        '4,87%',
      );
      // Cao Bằng's report states its poverty rate (1,62%), no growth.
      expect(
        (await ask('What was the economic growth rate of Cao Bang city in the first half of 2022?')).answered,
      ).toBe(false);
    });

    it('a deadline is the asked task’s in English too', async () => {
      const other = await ask(
        'By what date did the 17th plenum of the Ngoc Hoi district Party Committee ask to finish removing temporary houses?',
      );
      expect(other.answered).toBe(false);
      const stated = await ask(
        'By what date did Ngoc Hoi’s 17th plenum ask to complete the disbursement of 2023 public investment capital?',
      );
      expect(stated.answer).toContain('31/1/2024');
    });

    it('counted party organisations are tổ chức đảng, not the Đảng bộ of a place', async () => {
      expect(
        parseQuestion('How many party organisations were disciplined in Cao Bang city?').unitPhrases,
      ).toEqual(['tổ chức đảng']);
      expect(
        (await ask('In the first half of 2022, how many party organisations did Cao Bang city discipline?'))
          .answered,
      ).toBe(false);
      const inspected = await ask(
        'How many party organisations were inspected in Cao Bang city in the first half of 2022?',
      );
      expect(inspected.answer).toMatch(/^21 tổ chức đảng — /mu);
      const members = await ask('How many party members does the Cao Bang city Party organisation have?');
      expect(members.answer).toMatch(/^6\.482 đảng viên — /mu);
    });

    it('a place’s level is no concept; a folded collision ("kỷ" / "kỳ") leaves a word its size', async () => {
      // "town"/"district" rendered "thị xã"/"huyện" once made a second concept the quote carried, and
      // "kỷ luật" counted one syllable: the total of 3.471 members answered a disciplinary count.
      expect((await ask('How many party members did Ngoc Hoi district discipline in 2023?')).answered).toBe(
        false,
      );
      const admitted = await ask('How many party members did Ngoc Hoi district admit in 2023?');
      expect(admitted.answer).toMatch(/^156 đảng viên — /mu);
      const disciplined = await ask(
        'How many party members did Dong Van district discipline in the first nine months of 2023?',
      );
      expect(disciplined.answer).toMatch(/^6 đảng viên — /mu);
    });

    it('a total cost asks money: a count of houses is no answer', async () => {
      const cost = await ask(
        'What was the total cost of removing temporary houses in Ngoc Hoi in the first nine months of 2024?',
      );
      expect(cost.answered).toBe(false);
      const count = await ask(
        'How many temporary houses did Ngoc Hoi remove in the first nine months of 2024?',
      );
      expect(count.answer).toContain('96');
    });
  });
});
