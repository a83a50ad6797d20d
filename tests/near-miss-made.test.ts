/**
 * Near-misses made from answerable questions (src/eval/mutations.ts): a district or province swapped
 * for a neighbour no article names, a year or quarter moved to one no article about the place
 * writes, a person's given name changed, a Party committee made the People's Committee of the
 * place when no article names that one, a district the index does report on but not for that year,
 * another person the articles name but never with that place, a meeting's ordinal moved to one the
 * place's articles never write, a district's body raised to its province's when no article reports
 * the province's own meetings that year. Unit checks of the generator and its oracle, the fixes
 * its first run found (each failed before), then the property over the dev, seeds and fixture
 * questions: none of their near-misses is answered. Floors are the measured figures
 * (`npx tsx scripts/mutation-near-miss.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldBranchesIn } from '../src/answer/bodies.ts';
import { listAsk, reframe } from '../src/answer/list-ask.ts';
import { placeFit } from '../src/answer/places.ts';
import { detailQuestions, meetingOf } from '../src/eval/details.ts';
import { madeFromArticles } from '../src/eval/made-from-articles.ts';
import { loweredMutations, scoreMutations, variedMutations } from '../src/eval/mutation-score.ts';
import {
  foldCorpus,
  type Mutation,
  type MutationCorpus,
  type MutationKind,
  mutations,
  viOrdinalWords,
} from '../src/eval/mutations.ts';
import { sidebarQuestions, teasersOf } from '../src/eval/sidebars.ts';
import { namedPersons, strangerQuestions } from '../src/eval/strangers.ts';
import { topicQuestions } from '../src/eval/topics.ts';
import { placesNamed } from '../src/place/names.ts';
import { placeKey } from '../src/place/relations.ts';
import { englishPostsNamed } from '../src/query/english-titles.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { sectionTopic } from '../src/query/section-topic.ts';
import { extractOrdinals } from '../src/query/time.ts';
import { whoAskedWords, whoAskedWordsEn } from '../src/query/who-asked.ts';
import { DEV_CORPUS, devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

describe('mutations', () => {
  const corpus = foldCorpus([
    'Huyện ủy Bảo Yên giao ban quý III năm 2022. Đồng chí Lục Văn Khởi chủ trì.',
    'Ba Bể tổng kết công tác năm 2021.',
    'Huyện ủy Tuy Phong giao ban quý II năm 2022.',
  ]);

  it('swaps a district for an unnamed one of its province, spelled as the question spells it', () => {
    const [place] = mutations(
      { id: 'a', q: 'Ai chủ trì giao ban quý III năm 2022 của Huyện ủy Bảo Yên?' },
      corpus,
    );
    expect(place).toMatchObject({ kind: 'place', from: 'Bảo Yên' });
    expect(placesNamed(place!.to, 'district')[0]?.provinceName).toBe('Lào Cai');
    expect(place!.q).toBe(`Ai chủ trì giao ban quý III năm 2022 của Huyện ủy ${place!.to}?`);
    const [bare] = mutations(
      { id: 'b', q: 'ai chu tri giao ban quy 3 nam 2022 cua huyen uy bao yen' },
      corpus,
    );
    expect(bare?.to).toMatch(/^[a-z ]+$/);
  });

  it('moves the year only to one no article about the place writes', () => {
    const found = mutations(
      { id: 'a', q: 'Ai chủ trì giao ban quý III năm 2022 của Huyện ủy Bảo Yên?' },
      corpus,
    );
    expect(found.find((m) => m.kind === 'year')).toMatchObject({ from: '2022', to: '2021' });
    // A province's article may name only its district: Ba Bể (Bắc Kạn) wrote 2021, so 2021 is no near-miss.
    const province = mutations(
      { id: 'c', q: 'Các hội nghị năm 2022 ở Bắc Kạn gồm những hội nghị nào?' },
      corpus,
    );
    expect(province.find((m) => m.kind === 'year')?.to).not.toBe('2021');
  });

  it('moves the quarter to one the place never wrote, keeping how it is written', () => {
    const found = mutations({ id: 'a', q: 'giao ban q2 2022 huyen uy tuy phong ai chu tri' }, corpus);
    expect(found.find((m) => m.kind === 'period')?.q).toBe('giao ban q3 2022 huyen uy tuy phong ai chu tri');
  });

  it('never swaps to a province merged in 2025 with one the corpus names', () => {
    // Bình Thuận (Tuy Phong's province) joined Lâm Đồng: "tỉnh Lâm Đồng" would rightly find Tuy Phong.
    const found = mutations({ id: 'a', q: 'Những huyện nào của tỉnh Lâm Đồng có giao ban?' }, corpus);
    const to = found.find((m) => m.kind === 'place')?.to;
    expect(to).toBeDefined();
    expect(['Bình Thuận', 'Đắk Nông', 'Lâm Đồng']).not.toContain(to);
  });

  it("makes a Party committee the place's People's Committee only when no article names that one", () => {
    const found = mutations(
      { id: 'a', q: 'UBND huyện X? Thị ủy An Khê giao ban quý I năm 2024 chưa?' },
      corpus,
    );
    expect(found.find((m) => m.kind === 'body')?.q).toBe(
      'UBND huyện X? UBND thị xã An Khê giao ban quý I năm 2024 chưa?',
    );
    const named = foldCorpus(['UBND thị xã An Khê họp phiên thường kỳ.']);
    expect(
      mutations({ id: 'b', q: 'Thị ủy An Khê giao ban quý I năm 2024 chưa?' }, named).map((m) => m.kind),
    ).not.toContain('body');
  });

  it('swaps in a district the corpus reports on only when no article about it writes the year', () => {
    const q = 'Ai chủ trì giao ban quý II năm 2022 của Huyện ủy Tuy Phong?';
    const known = mutations({ id: 'a', q }, corpus).find((m) => m.kind === 'known-place');
    // Bảo Yên is reported on, but in 2022: no near-miss; Ba Bể (2021) is.
    expect(known).toMatchObject({ from: 'Tuy Phong', to: 'Ba Bể' });
  });

  it("moves a meeting's ordinal to one no article about the place writes, written as the question writes it", () => {
    const sessions = foldCorpus([
      'Hội nghị lần thứ ba Ban Chấp hành Đảng bộ huyện Tiền Hải.',
      'Hội nghị lần thứ tư Ban Chấp hành Đảng bộ huyện Tiền Hải.',
      'Kỳ họp thứ 14 HĐND huyện Hải Lăng.',
    ]);
    const session = (q: string) => mutations({ id: 'a', q }, sessions).find((m) => m.kind === 'session');
    // The fourth is written, so the fifth.
    expect(session('Hội nghị lần thứ ba Ban Chấp hành Đảng bộ huyện Tiền Hải do ai chủ trì?')?.q).toBe(
      'Hội nghị lần thứ năm Ban Chấp hành Đảng bộ huyện Tiền Hải do ai chủ trì?',
    );
    expect(session('hoi nghi lan 3 bch dang bo huyen tien hai ai chu tri')?.q).toBe(
      'hoi nghi lan 5 bch dang bo huyen tien hai ai chu tri',
    );
    expect(session('ky hop thu 14 hdnd hai lang hop ngay nao')?.to).toBe('15');
    expect(session("When was the 14th session of the Hai Lang district People's Council held?")?.to).toBe(
      '15th',
    );
    expect(session('Who chaired the third plenum of the Tien Hai district Party Committee?')?.to).toBe('5th');
  });

  it('moves a date by a few days, or a month without a day, to one no article about the place writes in any spelling', () => {
    const dated = foldCorpus([
      'Ngày 26/8/2021, Thường trực Tỉnh ủy Quảng Bình làm việc với Ban Thường vụ Huyện ủy Minh Hóa.',
      'Ngày 28/08/2021, Huyện ủy Minh Hóa giao ban. Tháng 9 năm 2021, huyện Minh Hóa tổ chức hội nghị.',
    ]);
    const date = (q: string) => mutations({ id: 'a', q }, dated).find((m) => m.kind === 'date');
    // 28/8 is written ("28/08/2021"), so two days back.
    expect(date('Buổi làm việc với Ban Thường vụ Huyện ủy Minh Hóa ngày 26/8/2021 diễn ra ở đâu?')?.q).toBe(
      'Buổi làm việc với Ban Thường vụ Huyện ủy Minh Hóa ngày 24/8/2021 diễn ra ở đâu?',
    );
    // September is written ("Tháng 9 năm 2021"), so July.
    expect(date('ai lam truong doan lam viec voi minh hoa thang 8/2021')?.q).toBe(
      'ai lam truong doan lam viec voi minh hoa thang 7/2021',
    );
    // No place, no date near-miss: another place's meeting may fall on any day.
    expect(date('Hội nghị ngày 26/8/2021 diễn ra ở đâu?')).toBeUndefined();
  });

  it('writes ordinals 1–99 in Vietnamese words that read back to the same number', () => {
    for (let n = 1; n <= 99; n++)
      expect(extractOrdinals(`Hội nghị lần thứ ${viOrdinalWords(n)}`)).toEqual([n]);
  });

  it("raises a district's body to its province's, only when no article reports the province's own meetings that year", () => {
    const level = (q: string, c: MutationCorpus = corpus) =>
      mutations({ id: 'a', q }, c).find((m) => m.kind === 'level');
    expect(level('Ai chủ trì giao ban quý II năm 2022 của Huyện ủy Tuy Phong?')?.q).toBe(
      'Ai chủ trì giao ban quý II năm 2022 của Tỉnh ủy Bình Thuận?',
    );
    expect(level('huyen uy tuy phong giao ban quy 2 nam 2022 ai chu tri')?.to).toBe('tinh uy binh thuan');
    expect(level('How many tonnes of seafood did Tuy Phong district catch in 2022?')?.to).toBe(
      'Binh Thuan province',
    );
    expect(level('Who chaired the Q2 2022 briefing of the Tuy Phong district Party Committee?')?.to).toBe(
      'Binh Thuan provincial',
    );
    // A bare district name (no type word) would give a bare province name, which may fairly be
    // answered from one of its districts: no near-miss.
    expect(level('tuy phong giao ban quy 2 2022 ai chu tri')).toBeUndefined();
    const reported = foldCorpus(['Tỉnh ủy Bình Thuận giao ban quý II năm 2022.']);
    expect(level('Ai chủ trì giao ban quý II năm 2022 của Huyện ủy Tuy Phong?', reported)).toBeUndefined();
  });

  it("changes a named person's given name to one no article writes", () => {
    const found = mutations({ id: 'a', q: 'Đồng chí Lục Văn Khởi đã chủ trì những hội nghị nào?' }, corpus);
    expect(found.find((m) => m.kind === 'person')).toMatchObject({
      from: 'Lục Văn Khởi',
      to: 'Lục Văn Khải',
    });
  });
});

describe('detail questions made from articles', () => {
  it('names the meeting by its headline, as a question would', () => {
    expect(meetingOf('Huyện ủy Tuy Phong giao ban quý II năm 2022')).toBe(
      'hội nghị Huyện ủy Tuy Phong giao ban quý II năm 2022',
    );
    expect(meetingOf('Bảo Yên: Giao ban công tác xây dựng Đảng 9 tháng năm 2022.')).toBe(
      'hội nghị Bảo Yên giao ban công tác xây dựng Đảng 9 tháng năm 2022',
    );
    expect(meetingOf('Kỳ họp thứ 14 HĐND huyện Hải Lăng')).toBe('kỳ họp thứ 14 HĐND huyện Hải Lăng');
    expect(meetingOf('  ')).toBeNull();
  });

  it('asks only the details no copy of the article states', () => {
    const title = 'Huyện ủy Tuy Phong giao ban quý II năm 2022';
    const silent = `${title}\nSáng 07/7, Huyện ủy Tuy Phong tổ chức hội nghị giao ban.`;
    const made = detailQuestions({ id: 'a', title }, [silent]);
    expect(new Set(made.map((m) => m.from))).toEqual(
      new Set([
        'attendees',
        'duration',
        'cost',
        'secretary',
        'host',
        'presenter',
        'concluder',
        'absent',
        'women',
        'venue',
      ]),
    );
    // "Sáng 07/7" states the part of the day, so the hour is not asked; without it, it is; a hall states the venue.
    const dated = `${title}\nNgày 07/7, Huyện ủy Tuy Phong tổ chức hội nghị giao ban tại Hội trường Huyện ủy.`;
    const made2 = detailQuestions({ id: 'b', title }, [dated]).map((m) => m.from);
    expect(made2).toContain('start time');
    expect(made2).not.toContain('venue');
    // English: the headline without diacritics, as English users type names.
    expect(made.find((m) => m.from === 'secretary' && m.to === 'en')?.q).toBe(
      'Who took the minutes at the Huyen uy Tuy Phong giao ban quy II nam 2022 meeting?',
    );
    expect(made.find((m) => m.from === 'secretary' && m.to === 'formal')?.q).toBe(
      'Ai là thư ký hội nghị Huyện ủy Tuy Phong giao ban quý II năm 2022?',
    );
    expect(made.find((m) => m.from === 'secretary' && m.to === 'chat')?.q).toBe(
      'ai la thu ky hoi nghi huyen uy tuy phong giao ban quy ii nam 2022',
    );
    // A copy stating the attendance and the cost (in any form) rules those two out.
    const stated = `${title}\nHội nghị có 45 đại biểu dự; kinh phí do huyện bảo đảm.`;
    const fewer = detailQuestions({ id: 'a', title }, [silent, stated]).map((m) => m.from);
    expect(fewer).not.toContain('attendees');
    expect(fewer).not.toContain('cost');
    expect(fewer).toContain('secretary');
    // A report presented or a conclusion written, in any words, rules out asking who gave it.
    const spoken = `${title}\nTheo báo cáo, quý II huyện kết nạp 20 đảng viên. Đồng chí Lê Văn A phát biểu chỉ đạo.`;
    const roles = detailQuestions({ id: 'a', title }, [silent, spoken]).map((m) => m.from);
    expect(roles).not.toContain('presenter');
    expect(roles).not.toContain('concluder');
    // No article writes the headline: nothing is made.
    expect(detailQuestions({ id: 'a', title }, ['Một bài khác.'])).toEqual([]);
    // A namesake meeting (another year's, its headline holding every word of this one) that states
    // the venue answers "… diễn ra ở đâu?" as well: the question names no year.
    const working = 'Thường trực Tỉnh ủy làm việc với Thị ủy Vĩnh Châu';
    const own = `${working}\nNgày 10/11/2022, Thường trực Tỉnh ủy làm việc với Thị ủy Vĩnh Châu.`;
    const namesake =
      'Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Vĩnh Châu\nNgày 23/8/2019, buổi làm việc diễn ra tại Hội trường Thị ủy.';
    const asked = (texts: string[]) => detailQuestions({ id: 'v', title: working }, texts).map((m) => m.from);
    expect(asked([own])).toContain('venue');
    expect(asked([own, namesake])).not.toContain('venue');
    // Another town's working session is no namesake.
    expect(asked([own, namesake.replaceAll('Vĩnh Châu', 'Ngã Năm')])).toContain('venue');
  });
});

describe('what the made near-misses found', () => {
  it('a who-question naming a part other than the chair is no chair question; a bare one still is', () => {
    expect(whoAskedWords('Ai là thư ký hội nghị Thị ủy Ngã Năm giao ban 9 tháng năm 2022?')).toBe('thu ky');
    expect(whoAskedWords('ai dan chuong trinh hoi nghi thi uy nga nam')).toBe('dan chuong trinh');
    expect(whoAskedWords('Thư ký hội nghị giao ban quý II là ai?')).toBe('thu ky');
    expect(whoAskedWords('Còn ai nữa?')).toBeNull();
    expect(whoAskedWords('Ông ấy là ai?')).toBeNull();
    expect(
      parseQuestion('Ai là thư ký hội nghị Thị ủy Ngã Năm giao ban 9 tháng năm 2022?').target.target,
    ).toEqual({
      kind: 'open',
    });
    expect(parseQuestion('Người đó là ai?').target.target).toEqual({ kind: 'role', role: 'chair' });
    // An English verb of the chair ("hosted the … briefing") is the chair's role.
    expect(
      parseQuestion('Who hosted the Q2 2022 briefing of the Tuy Phong district Party Committee?').target
        .target,
    ).toEqual({ kind: 'role', role: 'chair' });
  });

  it('an English who-question naming a part no role cue or act reads is no chair question; names, follow-ups and acts keep theirs', () => {
    expect(whoAskedWordsEn('Who took the minutes at the Tuy Phong Q2 2022 briefing?')).toBe('minutes');
    expect(whoAskedWordsEn('Who was the MC of the Tuy Phong Q2 2022 briefing?')).toBe('mc');
    expect(whoAskedWordsEn('Who else?')).toBeNull();
    expect(whoAskedWordsEn('Who is Nguyen Van Son?')).toBeNull();
    expect(whoAskedWordsEn('Who moderated the discussion at the Ba Be review?')).toBeNull();
    expect(parseQuestion('Who took the minutes at the Tuy Phong Q2 2022 briefing?').target.target).toEqual({
      kind: 'open',
    });
    // "led the … delegation" however many words name the delegation.
    expect(
      parseQuestion(
        "Who led the Quang Binh provincial Party Standing Committee's working delegation to Minh Hoa in 2021?",
      ).target.target,
    ).toEqual({ kind: 'role', role: 'leader' });
    expect(parseQuestion('Who was in charge of the Tuy Phong Q2 2022 briefing?').target.target).toEqual({
      kind: 'role',
      role: 'chair',
    });
  });

  it('an English question word opening the question outweighs the unaccented headline words it copies', () => {
    expect(
      parseQuestion('Who took the minutes at the Muong Lay: Giao ban Khoi Dang quy I nam 2021 meeting?').lang,
    ).toBe('en');
    expect(parseQuestion('ai chu tri giao ban quy 2 nam 2022').lang).toBe('vi');
  });

  it('reads the topic a question asks of a section by its marker, and none where the words are what is asked', () => {
    expect(sectionTopic('Hội nghị X đề ra nhiệm vụ gì về chuyển đổi số?', 'vi')).toEqual({
      words: 'chuyển đổi số',
      untranslated: [],
    });
    expect(sectionTopic('hoi nghi x han che gi ve an toan giao thong', 'vi')?.words).toBe(
      'an toan giao thong',
    );
    expect(
      sectionTopic('Hội nghị X chỉ ra những hạn chế gì trong công tác phòng chống ma túy?', 'vi')?.words,
    ).toBe('phòng chống ma túy');
    expect(sectionTopic('What tasks on digital transformation were set at the X meeting?', 'en')?.words).toBe(
      'chuyển đổi số',
    );
    expect(
      sectionTopic('What shortcomings in traffic safety did the X meeting point out?', 'en')?.untranslated,
    ).toEqual(['traffic', 'safety']);
    // No topic: none named, "trọng tâm" typed bare, or the words lead to the question word.
    expect(sectionTopic('Hội nghị đề ra những nhiệm vụ gì?', 'vi')).toBeNull();
    expect(sectionTopic('What shortcomings were pointed out at the Tua Chua briefing?', 'en')).toBeNull();
    expect(sectionTopic('ngoc hoi quy 4 2024 nhiệm vụ trong tam la j', 'vi')).toBeNull();
    expect(
      sectionTopic('Các đại biểu làm rõ nguyên nhân hạn chế trong những lĩnh vực nào?', 'vi'),
    ).toBeNull();
  });

  it('makes topic near-misses only of topics no copy writes, and only of headlines naming a place', () => {
    const title = 'Huyện ủy Tuy Phong giao ban quý II năm 2022';
    const body = `${title}\nHội nghị bàn về chuyển đổi số và an toàn giao thông; hạn chế: phòng cháy còn yếu.`;
    const made = topicQuestions({ id: 'a', title }, [body]);
    const topics = new Set(made.map((m) => m.from.split(': ')[1]));
    expect(topics).toEqual(new Set(['cải cách hành chính', 'bảo vệ môi trường']));
    expect(made.map((m) => m.to)).toEqual([
      'formal',
      'chat',
      'en',
      'formal',
      'chat',
      'en',
      'formal',
      'chat',
      'en',
      'formal',
      'chat',
      'en',
    ]);
    expect(made[0]?.q).toBe(
      'Hội nghị Huyện ủy Tuy Phong giao ban quý II năm 2022 đề ra nhiệm vụ gì về cải cách hành chính?',
    );
    expect(
      topicQuestions({ id: 'b', title: '5 năm một chặng đường phát triển' }, [
        '5 năm một chặng đường phát triển',
      ]),
    ).toEqual([]);
  });

  it('makes stranger near-misses of people no copy of the article names, invented or named elsewhere', () => {
    const texts = [
      'Huyện ủy Tuy Phong giao ban quý II năm 2022\nĐồng chí Nguyễn Văn Khởi chủ trì. Đồng chí Khải dự.',
      'Thị ủy La Gi giao ban 9 tháng năm 2023\nĐồng chí Cao Văn Thọ chủ trì.',
    ];
    const made = strangerQuestions(
      { id: 'a', title: 'Huyện ủy Tuy Phong giao ban quý II năm 2022' },
      texts,
      namedPersons(texts),
      0,
    );
    expect(made.map((m) => [m.from, m.to])).toEqual([
      ['said (invented)', 'formal'],
      ['said (invented)', 'chat'],
      ['said (invented)', 'en'],
      ['said (invented)', 'formal, lower case'],
      ['said (invented)', 'en, lower case'],
      ['said (known)', 'formal'],
      ['said (known)', 'chat'],
      ['said (known)', 'en'],
      ['said (known)', 'formal, lower case'],
      ['said (known)', 'en, lower case'],
    ]);
    // "Khải" is written after "Đồng chí": no invented name ending in it; the known one is La Gi's.
    expect(made[0]?.q).toMatch(
      /^Đồng chí \p{Lu}\p{L}* \p{Lu}\p{L}* \p{Lu}\p{L}* phát biểu những gì tại hội nghị Huyện ủy Tuy Phong giao ban quý II năm 2022\?$/u,
    );
    expect(made[0]?.q).not.toContain('Khải');
    expect(made[5]?.q).toBe(
      'Đồng chí Cao Văn Thọ phát biểu những gì tại hội nghị Huyện ủy Tuy Phong giao ban quý II năm 2022?',
    );
    expect(made[6]?.q).toBe(
      'dc cao van tho phat bieu gi tai hoi nghi huyen uy tuy phong giao ban quy ii nam 2022',
    );
    expect(made[7]?.q).toBe(
      'What did Cao Van Tho say at the Huyen uy Tuy Phong giao ban quy II nam 2022 meeting?',
    );
    expect(made[9]?.q).toBe(
      'what did cao van tho say at the huyen uy tuy phong giao ban quy ii nam 2022 meeting?',
    );
  });

  it('makes sidebar near-misses of the teasers no article reports: when, and how many for a count (not a year)', () => {
    const page =
      'Tiêu đề\nNội dung bài.\nTin khác\n• Thành ủy Kon Tum giao ban quý III/2024, đồng chí Lê Minh Quân chủ trì (01/10/2024)\n• Bảo Yên: Trao 250 suất quà cho học sinh nghèo vượt khó (26/09/2022)\n';
    expect(teasersOf(page)).toEqual([
      'Thành ủy Kon Tum giao ban quý III/2024, đồng chí Lê Minh Quân chủ trì',
      'Bảo Yên: Trao 250 suất quà cho học sinh nghèo vượt khó',
    ]);
    const made = sidebarQuestions({ id: 'a', text: page }, [page]).map((m) => m.q);
    expect(made).toContain('Bảo Yên: Trao bao nhiêu suất quà cho học sinh nghèo vượt khó?');
    expect(made).toContain('bao yen: trao bn suat qua cho hoc sinh ngheo vuot kho');
    // Retold with the place woven in (a teaser opening with its place): when, who, how many.
    expect(made).toContain('Khi nào Bảo Yên trao 250 suất quà cho học sinh nghèo vượt khó?');
    expect(made).toContain('Ai chủ trì trao 250 suất quà cho học sinh nghèo vượt khó tại Bảo Yên?');
    expect(made).toContain('Bảo Yên trao bao nhiêu suất quà cho học sinh nghèo vượt khó?');
    expect(made.filter((q) => q.includes('bao nhiêu') || q.includes(' bn '))).toHaveLength(3);
    // A teaser another article reports is no near-miss.
    const reported = 'Bảo Yên: Trao 250 suất quà cho học sinh nghèo vượt khó\nSáng 26/9, huyện trao quà.';
    expect(sidebarQuestions({ id: 'a', text: page }, [page, reported]).map((m) => m.from)).not.toContain(
      'Bảo Yên: Trao 250 suất quà cho học sinh nghèo vượt khó',
    );
  });

  it('"la gi" opening a chat question is the town La Gi, not "là gì"', () => {
    const p = parseQuestion('la gi 9t 2022 giai ngan von dau tu cong dc bn %');
    expect(p.places.map((x) => x.surface)).toEqual(['la gi']);
    expect(parseQuestion('Thị xã này là gì vậy?').places).toEqual([]);
  });

  it('"giao ban" (a briefing) does not make a list question ask for tasks; "giao Ban …" and "cần" do', () => {
    const kindOf = (text: string) => {
      const q = parseQuestion(text);
      const list = listAsk(q);
      return list ? reframe(q, list).target.target : null;
    };
    expect(
      kindOf(
        'Những cơ quan nào trong Khối Đảng thị xã Mường Lay được nêu kết quả tại hội nghị giao ban quý II năm 2021?',
      ),
    ).toEqual({ kind: 'open' });
    expect(kindOf('Đồng chí Lò Minh Hùng giao Ban Tổ chức Tỉnh ủy những nhiệm vụ gì?')).toMatchObject({
      kind: 'section',
    });
    expect(kindOf('tuy phong giao ban quy 2 2022 nhung xa nao can dam bao nuoc sinh hoat')).toMatchObject({
      kind: 'section',
      section: 'task',
    });
  });

  it('"giao ban của UBND huyện X" pins the meeting to the People\'s Committee ("giao" is no address there)', () => {
    expect([...heldBranchesIn('Ai chủ trì hội nghị giao ban của UBND huyện Đồng Văn?')]).toEqual([
      'government',
    ]);
    expect([...heldBranchesIn('Bí thư giao UBND huyện Đồng Văn rà soát các dự án')]).toEqual([]);
  });

  it('a one-syllable name no Vietnamese word spells is a place, capitalised or in chat ("KBang", "kbang")', () => {
    expect(
      parseQuestion('Who led the delegation that worked with KBang in November 2019?').places.map(
        (p) => p.surface,
      ),
    ).toEqual(['KBang']);
    expect(
      parseQuestion('truong doan lam viec voi kbang nam 2019 la ai').places.map((p) => p.surface),
    ).toEqual(['kbang']);
    // A Vietnamese syllable or a number is not ("Lắk" needs its type word; "6" is no Quận 6).
    expect(
      parseQuestion('tam duong 6 thang dau nam 2023 con han che gi').places.map((p) => p.surface),
    ).toEqual(['tam duong']);
  });

  it('a district name that is also an everyday phrase, typed bare where chat puts a place, must be written by the answer', () => {
    expect(parseQuestion('tam dao 6t dau 2023 don dc bn luot khach').looseNames).toEqual(['tam dao']);
    expect(parseQuestion('dien tich ho tieu dai tu 10t 2019 bn ha').looseNames).toEqual(['dai tu']);
    expect(parseQuestion('hn thong qua van ban nao').looseNames).toEqual([]);
    expect(parseQuestion('phai xong gpmb du an duong cao toc truoc ngay nao').looseNames).toEqual([]);
  });

  it('"provincial" after a name is its type word: the province, not a commune of that name', () => {
    const [p] = parseQuestion(
      'Who chaired the H1 2023 review of the Kien Giang provincial Steering Committee 35?',
    ).places;
    expect(p?.typeWord).toBe('provincial');
    expect(p?.candidates.map((c) => c.level)).toEqual(['province']);
  });

  it('reads the posts an English question writes with their level, wherever they stand', () => {
    expect(
      englishPostsNamed('What did the Binh Thuan provincial party secretary ask the town to focus on?'),
    ).toEqual([{ folded: 'bi thu tinh uy', written: 'provincial party secretary' }]);
    expect(
      englishPostsNamed("Which vice-chairman of the Kon Tum provincial People's Committee attended?").map(
        (p) => p.folded,
      ),
    ).toEqual(['pho chu tich ubnd tinh']);
    expect(
      englishPostsNamed('Who is the secretary of the Dong Van district Party Committee?')[0]?.folded,
    ).toBe('bi thu huyen uy');
    expect(englishPostsNamed('Who chaired the Q2 2022 briefing?')).toEqual([]);
  });

  it('an article naming only another province (its own place unknown) conflicts with the asked province', () => {
    const asked = parseQuestion('Ban Chỉ đạo 32 tỉnh An Giang họp ngày nào?').places[0]!;
    const sonLa = placeKey(placesNamed('Sơn La', 'province')[0]!);
    const anGiang = placeKey(placesNamed('An Giang', 'province')[0]!);
    expect(placeFit(asked, { own: [], named: [sonLa] })).toBe('conflict');
    expect(placeFit(asked, { own: [], named: [sonLa, anGiang] })).toBe('named');
    expect(placeFit(asked, { own: [], named: [] })).toBe('absent');
  });
});

const present = devCorpusPresent('near-miss-made.test', 'the made near-misses');

describe.skipIf(!present)('made near-misses over the dev, seeds and fixture questions (keyword-only)', () => {
  const engine = useEvalEngine({
    prefix: 'near-miss-made',
    extra: ['eval/robustness/corpus', 'tests/fixtures/answers-b'],
  });
  const dirs = [
    resolve('seeds'),
    DEV_CORPUS,
    resolve('eval/robustness/corpus'),
    resolve('tests/fixtures/answers-b'),
  ];
  // Read when a test runs: the describe body runs even when skipped, and the dev corpus may be absent.
  let read: { id: string; text: string }[] | undefined;
  const files = () =>
    (read ??= dirs.flatMap((d) =>
      readdirSync(d).map((f) => ({ id: f, text: readFileSync(join(d, f), 'utf8') })),
    ));
  let folded: MutationCorpus | undefined;
  const corpus = (): MutationCorpus => (folded ??= foldCorpus(files().map((x) => x.text)));
  let made: Mutation[] | undefined;
  /** The near-misses made from the articles (made-from-articles.ts) of the given kinds. */
  const madeOf = (...kinds: MutationKind[]) => {
    made ??= madeFromArticles(files());
    return made.filter((m) => kinds.includes(m.kind));
  };
  /** The near-misses made from articles, asked and scored (the summary logged under `label`). */
  const scoreMade = async (label: string, made: readonly Mutation[]) => {
    const s = await scoreMutations(engine(), [], corpus(), made);
    console.info(`near-miss-made.test ${label}: ${s.summary}`);
    return s;
  };
  /** Each question is answered "not found". */
  const expectRefused = async (questions: readonly string[]) => {
    for (const q of questions) expect((await engine().ask(q)).answered, q).toBe(false);
  };
  type Q = { id: string; q: string; type: string; half?: string };
  const fixtures = readdirSync('tests/fixtures')
    .filter((f) => f.endsWith('.jsonl') && !/^(?:scale-kinds|bench-kinds)/u.test(f))
    .flatMap((f) => readJsonLines<Q>(join('tests/fixtures', f)).map((q) => ({ ...q, id: `${f}:${q.id}` })));
  const shared = resolve('../shared/eval');
  /** The questions near-misses are made from: dev, seeds, and the fixtures' halves not held out. */
  const sourceQuestions = (): Q[] => [
    ...readJsonLines<Q>(join(shared, 'questions.jsonl')),
    ...readJsonLines<Q>(join(shared, 'seeds-questions.jsonl')),
    ...fixtures.filter((q) => q.half !== 'held'),
  ];

  it('answers none of the 5,237 near-misses made from the answerable questions (5,241 until the capitalised words of a title stopped being taken for a person, "Trưởng Ban Chỉ đạo" → "Trưởng Ban Khải đạo"; 26 answered before the first fixes; 23 when the session and level kinds came; 7 of the 212 made of a period mentioned in passing and 1 of the 251 of a district mentioned in passing when they came; 0 of the 59 of a moved date; 4 of the 68 of another State body or steering committee; 3 of the 218 figures of a period mentioned in passing)', async () => {
    const questions = sourceQuestions();
    const s = await scoreMutations(engine(), questions, corpus());
    console.info(`near-miss-made.test: ${s.summary}`);
    expect(s.results.length).toBeGreaterThanOrEqual(5_200);
    expect(s.answered.map((r) => `${r.mutation.sourceId}: ${r.mutation.q}`)).toEqual([]);
  }, 600_000);

  it('answers none of the 825 detail questions of the earlier kinds made from the articles, formal, chat and English, and none of the venue and start-time ones (1 until the thirty-first session, 2 for a while in it: a sentence that says more of the rest swapped in for a venue asked; 4 until the detail oracle of the eighteenth session counted a namesake meeting, another year of the Vĩnh Châu working session that states its venue, as one the question may be about; 7 until a question typed bare was read with its restored diacritics for its description; 215 of 348 before the first fixes: the chair for "who was the secretary", a revenue figure for "what did it cost"; 17 of 771 when English and absence came, 1 until an English question word decided the language; 2 of the 54 presenter and concluder ones when they came: a district\'s presenter for "hội nghị Thị ủy …")', async () => {
    const s = await scoreMade('details', madeOf('detail'));
    expect(s.results.length).toBeGreaterThanOrEqual(925);
    // The venue and start-time details came in the seventeenth session: 68 of 129 answered at first
    // (the date for "bắt đầu lúc mấy giờ", another meeting's venue); 7 venue ones in that session,
    // 4 since a question typed bare is read with its restored diacritics (support.ts describedUnwritten),
    // 1 once the oracle knew namesake meetings (details.ts), 0 in the thirty-first session.
    expect(s.answered.map((r) => r.mutation.q)).toEqual([]);
  }, 600_000);

  it('money of the meeting itself, an absence count and an English part are refused; money of a subject and a stated target still answer', async () => {
    const ask = (q: string) => engine().ask(q);
    // Each failed before: a fund for schools, the budget revenue, those present, the chair.
    await expectRefused([
      'Kinh phí tổ chức kỳ họp thứ 14 HĐND huyện Hải Lăng là bao nhiêu?',
      'How much was spent on the Chiem Hoa district Q1 2024 briefing?',
      'Hội nghị giao ban Ban Thường vụ Huyện ủy Chiêm Hóa quý I năm 2024 tốn bao nhiêu tiền?',
      'Hội nghị HĐND thị xã Ninh Hòa khóa XII tổ chức kỳ họp thứ 9 có bao nhiêu đại biểu vắng mặt?',
      "How many women delegates attended the 14th session of the Hai Lang district People's Council?",
      'Who took the minutes at the Chiem Hoa district Q1 2024 briefing?',
    ]);
    expect((await ask('Kinh phí hỗ trợ xóa nhà tạm của Đồng Văn là bao nhiêu?')).answer).toContain(
      '10,75 tỷ đồng',
    );
    expect(
      (
        await ask(
          'Nghị quyết nhiệm vụ năm 2024 của huyện Ngọc Hồi đặt mục tiêu tăng trưởng kinh tế bao nhiêu phần trăm?',
        )
      ).answer,
    ).toContain('9,5%');
  }, 120_000);

  it("answers none of the 420 topic near-misses made from the articles (229 of 540 at first, the place-less headlines then included: the section's best sentence about something else)", async () => {
    const s = await scoreMade('topics', madeOf('topic'));
    expect(s.results.length).toBeGreaterThanOrEqual(410);
    expect(s.answered.map((r) => r.mutation.q)).toEqual([]);
  }, 600_000);

  it('a section asked about a topic it writes still answers; about one it never writes, not', async () => {
    const ask = (q: string) => engine().ask(q);
    expect(
      (
        await ask(
          'Hội nghị Huyện ủy Chợ Đồn giao ban công tác quý II năm 2022 chỉ ra những hạn chế gì về giải ngân vốn?',
        )
      ).answer,
    ).toContain('tiến độ giải ngân vốn');
    expect(
      (await ask('What shortcomings in disbursement did the Cho Don district Q2 2022 briefing point out?'))
        .answer,
    ).toContain('tiến độ giải ngân vốn');
    await expectRefused([
      'Hội nghị Huyện ủy Chợ Đồn giao ban công tác quý II năm 2022 chỉ ra những hạn chế gì trong công tác chuyển đổi số?',
      'What tasks on digital transformation were set at the Cho Don district Q2 2022 briefing?',
      'cho don quy 2 2022 nhiem vu ve an toan giao thong la gi',
    ]);
  }, 120_000);

  it("answers at most 6 of the 1,231 sidebar near-misses (7 until a question typed bare was read with its restored diacritics) (1,069 until the eighteenth session asked every teaser of an article and retold those opening with their place: none of those 162 answered) and none of the 210 counted-subject ones (0 of the 460 asking when and how many; 13 until the eighteenth session's rule that a number describing the event be written (constraints.ts numbersOk); 25 when the who, whether and where ones came in the seventeenth session, 13 once a role or date question's description had to be written as word pairs (9 with a share of 0.34, which refused two questions of a frozen fixture half) and an English quote's pairs too; 6 of 460 until that session's checks of a count's noun and of a figure's unwritten word, \"126 cấp ủy viên\" met by \"126 căn nhà\"; 34 at first: the date of the place's briefing for an event only a teaser names)", async () => {
    const sidebars = madeOf('sidebar');
    const subjects = madeOf('subject');
    const s = await scoreMade('sidebars and subjects', [...sidebars, ...subjects]);
    expect(sidebars.length).toBeGreaterThanOrEqual(1_230);
    expect(subjects.length).toBeGreaterThanOrEqual(200);
    expect(s.answered.filter((r) => r.mutation.kind === 'sidebar').length).toBeLessThanOrEqual(6);
    // The kinds asked before the seventeenth session stay unanswered.
    const old = s.answered.filter((r) => ['formal', 'chat', 'en'].includes(r.mutation.to));
    expect(old.map((r) => r.mutation.q)).toEqual([]);
    expect(s.answered.filter((r) => r.mutation.kind === 'subject')).toEqual([]);
  }, 600_000);

  it('answers none of the 450 stranger near-misses, invented or named elsewhere, formal, chat, English and typed in lower case (1 at first: "dc le minh quan" read "minh" as a stop word, so no name; 21 when the lower-case styles came: "did tran van luom attend …" named nobody)', async () => {
    const s = await scoreMade('strangers', madeOf('stranger'));
    expect(s.results.length).toBeGreaterThanOrEqual(440);
    expect(s.answered.map((r) => r.mutation.q)).toEqual([]);
  }, 600_000);

  it("answers none of the detail, topic and subject near-misses typed all in lower case, and at most 6 of the sidebar and venue ones, all of kinds of the seventeenth session (8 until the detail oracle knew namesake meetings; 12 until the eighteenth session's numbersOk; 2 until then; 5 of 1,221 at first, 3 details: an English question copying a headline in lower case was read as Vietnamese, and a name inside its quote was none)", async () => {
    const lowered = loweredMutations(madeOf('detail', 'topic', 'subject', 'sidebar'));
    const s = await scoreMade('lower case', lowered);
    expect(s.results.length).toBeGreaterThanOrEqual(1_700);
    const newer = (r: { mutation: Mutation }) => r.mutation.kind === 'sidebar' || r.mutation.from === 'venue';
    expect(s.answered.filter((r) => !newer(r)).map((r) => r.mutation.q)).toEqual([]);
    // Of the sidebar and venue kinds that came in the seventeenth session: 5 + 1 measured.
    expect(s.answered.length).toBeLessThanOrEqual(6);
  }, 600_000);

  it('answers none but sidebar and venue ones of the near-misses typed bare, with some marks only, or in chat shorthand, and at most 18 of those (23 until the detail oracle knew namesake meetings; 32 until a question typed bare was read with its restored diacritics; 43 until the eighteenth session\'s numbersOk; one more of the retold sidebars it added), 1 of the kinds made before the who, whether and where sidebars (31 of 12,395 at first: strangers after "đồng chi", "thi uy la gi" closing a question, "h dai tu", a count of other things for a sidebar\'s "126 cấp ủy viên", an English question pasting a headline bare)', async () => {
    const questions = sourceQuestions();
    const made = [
      ...questions.flatMap((q) => (q.type === 'none' ? [] : mutations(q, corpus()))),
      ...madeOf('detail', 'topic', 'subject', 'sidebar', 'stranger'),
    ];
    const typed = (['bare', 'partial', 'chat'] as const).flatMap((k) => variedMutations(made, k));
    const s = await scoreMade('typed as chat users type', typed);
    expect(s.results.length).toBeGreaterThanOrEqual(13_000);
    const newer = (r: { mutation: Mutation }) => r.mutation.kind === 'sidebar' || r.mutation.from === 'venue';
    expect(s.answered.filter((r) => !newer(r)).map((r) => r.mutation.q)).toEqual([]);
    // 1 of the sidebar kinds before the seventeenth session's who, whether and where ones; 32 with
    // them; and 11 of the venue details of that session. 32 (21 sidebar, 11 venue) since the
    // eighteenth session's rule that a number describing the event be written and its retold sidebars;
    // 23 (18 sidebar, 5 venue) since a bare question's description is read with its restored diacritics;
    // 18 (all sidebar) once the detail oracle knew namesake meetings.
    expect(s.answered.length).toBeLessThanOrEqual(18);
  }, 900_000);

  it('a figure of another thing, a count of another noun, a plan asked as a target are refused or read right', async () => {
    const ask = (q: string) => engine().ask(q);
    // Each answered before: 390 households of livelihood models, the date of a briefing whose
    // "126" counts houses, a briefing of Bảo Yên for Đại Từ, La Gi's 2023 briefing for 2022.
    await expectRefused([
      'Sóc Trăng: bao nhiêu hộ dân được hỗ trợ nước sạch?',
      'soc trang bao nhieu ho dan duoc ho tro nuoc sach',
      'Hội nghị tập huấn nghiệp vụ công tác Đảng cho 126 cấp ủy viên cơ sở diễn ra vào ngày nào?',
      'ai chu tri giao ban xd dang 9 thang 2022 h dai tu',
      'ai chu tri giao ban 9 thang 2022 cua thi uy la gi',
      'when did tuy phong ngu dan trung dam ca com dau vu take place',
    ]);
    // A briefing of the place for an event only its sidebar names, asked who led it or whether it
    // happened (the chair, and "Yes", before word pairs).
    await expectRefused([
      'Bảo Yên: Trao 250 suất quà cho học sinh nghèo vượt khó: ai chủ trì?',
      'tuy phong: ngu dan trung dam ca com dau vu ai chu tri',
      'Is it true that "Thanh pho Bac Kan to chuc Le hoi Long tong nam 2023"?',
    ]);
    expect(
      (
        await ask(
          'Ai chủ trì hội nghị giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022 của Bảo Yên?',
        )
      ).answer,
    ).toContain('Lục Văn Khởi');
    // A clock time asked of an article that states only the date; another meeting's venue.
    await expectRefused([
      'Hội nghị Huyện ủy Chợ Đồn giao ban công tác quý II năm 2022 bắt đầu lúc mấy giờ?',
      'Hoi nghi Huyen uy Cho Don giao ban cong tac quy II nam 2022 bat dau luc may gio',
      'Hội nghị 5 năm một chặng đường phát triển diễn ra ở đâu?',
    ]);
    expect((await ask('Kế Sách hỗ trợ bao nhiêu con bò giống?')).answer).toContain('214');
    expect((await ask('Ngã Năm trao 126 nhà đại đoàn kết phải không?')).answer).toMatch(/^Đúng/u);
    expect((await ask('ai chu tri giao ban 9 thang 2023 cua thi uy la gi')).answer).toContain('Cao Văn Thọ');
    // "95% vốn đầu tư công" (a target) was cited for the plan's total before.
    for (const q of [
      'Điều chỉnh kế hoạch đầu tư công năm 2023 của huyện Hải Lăng tổng vốn bao nhiêu?',
      'dieu chinh ke hoach dau tu cong nam 2023 cua huyen hai lang tong von bao nhieu',
    ])
      expect((await ask(q)).answer, q).toContain('486 tỷ đồng');
  }, 120_000);

  it("the date of an event no article reports is not found; a meeting's date, however named, still is", async () => {
    const ask = (q: string) => engine().ask(q);
    await expectRefused([
      'Chợ Đồn: Bàn giao 15 căn nhà cho hộ nghèo diễn ra vào ngày nào?',
      'bao yen: trao 250 suat qua cho hoc sinh ngheo vuot kho ngay nao',
      // A meeting kind the article is not ("tổng kết" of an HĐND session's report).
      'Ninh Hòa tổng kết công tác dân vận năm 2023 diễn ra vào ngày nào?',
    ]);
    expect(
      (await ask('Hội nghị tổng kết năm 2021 của Ban Chấp hành Đảng bộ huyện Ba Bể diễn ra ngày nào?'))
        .answer,
    ).toContain('22/12/2021');
    expect((await ask('Huyện ủy Chợ Đồn giao ban quý II năm 2022 diễn ra ngày nào?')).answer).toContain(
      '4/7/2022',
    );
    expect((await ask('hn so ket 6 thang 2023 bch dang bo h tam duong hop ngay nao')).answered).toBe(true);
  }, 120_000);

  it("answers at most 4 of the 792 made from the held-out halves (11 before the first fixes; 5 when the kinds of a period mentioned in passing came, 4 after; 5 with the 26 of a district mentioned in passing, one of them answered; 4 of 792 after the sixteenth session's chat readings; counted, never listed)", async () => {
    const s = await scoreMutations(
      engine(),
      fixtures.filter((q) => q.half === 'held'),
      corpus(),
    );
    console.info(`near-miss-made.test held: ${s.summary}`);
    expect(s.results.length).toBeGreaterThanOrEqual(780);
    expect(s.answered.length).toBeLessThanOrEqual(4);
  }, 600_000);
});
