/**
 * The answer step's work-saving paths (s6-tail) give what the direct computation gives: a deferred
 * haystack reads its text only when searched and then answers as the eager one; the body checks
 * remember one question's held branches and Party body without mixing two questions up; the list
 * kind and the place of an entity are remembered per question object.
 */
import { describe, expect, it } from 'vitest';
import { partyAskedOfState } from '../src/answer/bodies.ts';
import { Haystack } from '../src/answer/haystack.ts';
import { listAsk } from '../src/answer/list-ask.ts';
import { entityIsPlace } from '../src/answer/places.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { extractRecords } from '../src/records/extract.ts';
import type { MeetingRecord } from '../src/records/types.ts';

const TEXT = 'Huyện ủy Bảo Yên có 3.742 đảng viên; Ban Chỉ đạo 35 tỉnh họp quý I/2021.';

describe('Haystack.deferred', () => {
  it('reads nothing until searched, then answers as the eager haystack and reads once', () => {
    let reads = 0;
    const eager = new Haystack(TEXT, ['2021-Q1']);
    const lazy = Haystack.deferred(() => {
      reads++;
      return eager;
    });
    expect(reads).toBe(0);
    for (const needle of ['Bảo Yên', 'bao yen', 'Bao', 'Yên Bái', '3742', '3.742', 'ban chi dao 35', ''])
      expect(lazy.has(needle), needle).toBe(eager.has(needle));
    expect(lazy.hasNumber('3742')).toBe(true);
    expect(lazy.text).toBe(TEXT);
    expect(lazy.periods).toEqual(['2021-Q1']);
    expect(reads).toBe(1);
  });
});

/** The meeting record of an empty article, held by `orgName`. */
const meeting = (orgName: string): MeetingRecord => ({
  ...extractRecords({
    title: '',
    body: '',
    published: null,
    facts: { meetingDates: [], periods: [], chairs: [], organisation: null },
  }).meeting,
  orgName,
});

describe('partyAskedOfState across questions', () => {
  const council = meeting('Hội đồng nhân dân huyện Bảo Yên');
  const title = 'Kỳ họp thứ 5 HĐND huyện Bảo Yên';
  const party = 'Hội nghị Ban Chấp hành Đảng bộ huyện Bảo Yên quý I/2021 có những nội dung gì?';
  const state = 'Kỳ họp HĐND huyện Bảo Yên quý I/2021 có những nội dung gì?';
  const none = 'Cuộc họp quý I/2021 ở Bảo Yên có những nội dung gì?';

  it('answers each question as asked alone, in any order', () => {
    const alone = [party, state, none].map((q) => partyAskedOfState(q, council, title));
    expect(alone).toEqual(['Ban Chấp hành Đảng bộ', null, null]);
    for (const order of [
      [party, state, party, none, party],
      [none, party, none, state, state, party],
    ])
      for (const q of order)
        expect(partyAskedOfState(q, council, title), q).toBe(alone[[party, state, none].indexOf(q)]);
  });

  it('is null for a Party body meeting', () => {
    expect(partyAskedOfState(party, meeting('Huyện ủy Bảo Yên'), 'Hội nghị Huyện ủy Bảo Yên')).toBeNull();
  });
});

describe('per-question memos', () => {
  it('listAsk gives the same kind when asked again and for a copy of the question', () => {
    const q = parseQuestion('Những huyện nào của tỉnh Lào Cai tổ chức giao ban quý II năm 2024?');
    const first = listAsk(q);
    expect(first).toBe('places');
    expect(listAsk(q)).toBe(first);
    expect(listAsk({ ...q, latest: true })).toBeNull();
    expect(listAsk(q)).toBe(first);
  });

  it('entityIsPlace answers per places list', () => {
    const q = parseQuestion('Ai chủ trì giao ban quý I/2021 của Huyện ủy Bảo Yên?');
    expect(entityIsPlace('Bảo Yên', q.places)?.surface).toBe('Bảo Yên');
    expect(entityIsPlace('Bảo Yên', [])).toBeUndefined();
    expect(entityIsPlace('Bảo Yên', q.places)?.surface).toBe('Bảo Yên');
    expect(entityIsPlace('Nguyễn Văn An', q.places)).toBeUndefined();
  });
});
