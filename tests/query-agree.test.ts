/**
 * The mechanisms that make the three phrasings of a fact read alike (tests/fixtures/phrasings-3way):
 * chat abbreviations, the mid-year period word, English directing verbs, body acronyms, posts
 * before "nào", bodies attending or represented.
 */
import { describe, expect, it } from 'vitest';
import { attendingBranchesIn, heldBranchesIn } from '../src/answer/bodies.ts';
import { prepareEvidenceQuery } from '../src/answer/evidence.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { detectTarget } from '../src/query/target.ts';
import { extractTime } from '../src/query/time.ts';
import { withBodyAliases } from '../src/text/acronyms.ts';
import { syllables } from '../src/text/normalize.ts';

describe('phrasings read alike', () => {
  it.each([
    ['ba be 2022 them bn xa dat chuan ntm', 'ba be 2022 them bao nhieu xa dat chuan nong thon moi'],
    ['bt thanh uy cao bang yc xong gpmb', 'bi thu thanh uy cao bang yeu cau xong giai phong mat bang'],
    ['bt dang uy xa', 'bi thu dang uy xa'],
    ['giai ngan von dtc dc bn %', 'giai ngan von dau tu cong duoc bao nhieu %'],
  ])('chat %s → %s', (q, want) => {
    expect(expandShorthand(q, 'vi')).toBe(want);
  });

  it('"giữa năm" is the first half, with or without diacritics', () => {
    expect(extractTime('Kỳ họp giữa năm 2023 của HĐND huyện').periods).toEqual(['2023-H1']);
    expect(extractTime('ky hop giua nam 2023 hdnd').periods).toEqual(['2023-H1']);
  });

  it('a figure someone is asked to reach is a target; the directing verbs also ask a directive', () => {
    const howMany = new Set(['howmany'] as const);
    const what = new Set(['what'] as const);
    expect(
      detectTarget('How many new party members did the Party secretary ask to admit in 2022?', howMany, 'en')
        .target,
    ).toEqual({ kind: 'figure', figure: 'target' });
    expect(detectTarget('How many new party members were admitted in 2022?', howMany, 'en').target).toEqual({
      kind: 'figure',
      figure: 'new',
    });
    // Only a how-many question: "which project … ask to focus on" asks no figure.
    expect(
      detectTarget("Which project's clearance did the secretary ask to focus on?", what, 'en').target,
    ).toEqual({
      kind: 'open',
    });
    expect(detectTarget('What did the secretary call for?', what, 'en').target).toEqual({
      kind: 'section',
      section: 'directive',
    });
  });

  it('an English period rendered in Vietnamese terms scores no sentence, as a Vietnamese one does', () => {
    const q = parseQuestion(
      'What percentage of public investment capital had Ngoc Hoi disbursed in the third quarter of 2024?',
    );
    const eq = prepareEvidenceQuery(q, new Map(), 'quantity');
    expect(eq.ignore.has('quy')).toBe(true);
    expect(eq.ignore.has('iii')).toBe(true);
    expect(eq.ignore.has('ngan')).toBe(false);
  });

  it('a body in one form covers the question that writes it in the other', () => {
    const sentence = withBodyAliases(syllables('dự hội nghị có ủy ban mttq huyện'), false);
    for (const w of ['mặt', 'trận', 'tổ', 'quốc']) expect(sentence.has(w)).toBe(true);
    expect(withBodyAliases(syllables('uy ban mat tran to quoc huyen'), true).has('mttq')).toBe(true);
    expect(withBodyAliases(syllables('ủy ban nhân dân huyện'), false).has('mttq')).toBe(false);
  });

  it('a post with its body before "nào" asks a person, in Vietnamese and English', () => {
    expect([...parseQuestion('Phó Trưởng ban Dân vận Tỉnh ủy nào dự hội nghị?').asks]).toEqual(['who']);
    expect([...parseQuestion('Huyện ủy nào tổ chức giao ban?').asks]).toEqual(['where']);
    expect([...parseQuestion('Which deputy head of the commission attended the meeting?').asks]).toEqual([
      'who',
    ]);
  });

  it('a body attending or represented is not the one that met, and is the one an attendee must hold a post of', () => {
    expect(
      heldBranchesIn('mttq huyen co du giao ban 9 thang 2023 huyen uy vi xuyen khong').has('front'),
    ).toBe(false);
    expect([...attendingBranchesIn('Ai đại diện MTTQ dự kỳ họp thứ 14 HĐND huyện?')]).toEqual(['front']);
    expect([...attendingBranchesIn('Who represented the Fatherland Front at the session?')]).toEqual([
      'front',
    ]);
    expect(attendingBranchesIn('Ai chủ trì kỳ họp HĐND huyện?').size).toBe(0);
  });
});
