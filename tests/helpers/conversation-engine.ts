/**
 * A fake engine that implements the conversation contract (src/engine/types.ts) over five invented
 * meetings, well enough to drive the bot: a question fixes a place, a quarter and a year; a
 * follow-up inherits whatever it leaves out from `opts.context` (and says so in `understood` and at
 * the start of the answer); several matching meetings give a clarification whose options are the
 * meetings; `opts.choice` picks one. Not the real resolution logic, which lives in the engine.
 */
import type { Answer, AskOptions, ConversationContext } from '../../src/engine/types.ts';
import { createFakeEngine, type FakeEngine } from './fake-engine.ts';

export interface FakeMeeting {
  id: string;
  place: string;
  quarter: 'I' | 'II' | 'III' | 'IV';
  year: number;
  chair: string;
  date: string;
}

export const MEETINGS: FakeMeeting[] = [
  {
    id: 'kt-q3-2024',
    place: 'Kon Tum',
    quarter: 'III',
    year: 2024,
    chair: 'Nguyễn Văn An',
    date: '5/10/2024',
  },
  { id: 'kt-q2-2024', place: 'Kon Tum', quarter: 'II', year: 2024, chair: 'Trần Thị Bình', date: '4/7/2024' },
  { id: 'nh-q2-2024', place: 'Ngọc Hồi', quarter: 'II', year: 2024, chair: 'Lê Văn Cường', date: '6/7/2024' },
  {
    id: 'nh-q3-2024',
    place: 'Ngọc Hồi',
    quarter: 'III',
    year: 2024,
    chair: 'Phạm Thị Dung',
    date: '8/10/2024',
  },
  {
    id: 'ml-q1-2021',
    place: 'Mường Lay',
    quarter: 'I',
    year: 2021,
    chair: 'Ngôn Ngọc Khuê',
    date: '31/3/2021',
  },
  {
    id: 'hg-q1-2021',
    place: 'Hậu Giang',
    quarter: 'I',
    year: 2021,
    chair: 'Lê Tiến Châu',
    date: '17/3/2021',
  },
];

/** The frame this fake keeps in `context.frame`. */
export interface FakeFrame {
  place?: string;
  quarter?: FakeMeeting['quarter'];
  year?: number;
  target: 'who' | 'when';
}

const QUARTER = /quý\s+(IV|III|II|I)\b(?:\s*(?:\/|năm)\s*(\d{4}))?/iu;
const YEAR = /năm\s+(\d{4})/iu;

/** The frame a question states by itself. */
function parse(question: string): Partial<FakeFrame> {
  const frame: Partial<FakeFrame> = {};
  const lower = question.toLowerCase();
  const place = MEETINGS.map((m) => m.place).find((p) => lower.includes(p.toLowerCase()));
  if (place) frame.place = place;
  const q = QUARTER.exec(question);
  if (q) frame.quarter = q[1]!.toUpperCase() as FakeMeeting['quarter'];
  const year = q?.[2] ?? YEAR.exec(question)?.[1];
  if (year) frame.year = Number(year);
  if (/ngày nào|khi nào|when/iu.test(question)) frame.target = 'when';
  else if (/ai chủ trì|who/iu.test(question)) frame.target = 'who';
  return frame;
}

function contextOf(frame: FakeFrame, docIds: string[]): ConversationContext {
  return { v: 1, frame, docIds };
}

const timings = { retrieveMs: 1, answerMs: 1, totalMs: 2 };

/** The contract's `ask`, over MEETINGS. */
export function conversationalAnswer(question: string, opts: AskOptions = {}): Answer {
  const stated = parse(question);
  const previous = (opts.context?.v === 1 ? opts.context.frame : null) as FakeFrame | null;
  const frame: FakeFrame = { target: stated.target ?? previous?.target ?? 'who' };
  const inherited: string[] = [];
  for (const key of ['place', 'quarter', 'year'] as const) {
    const value = stated[key] ?? previous?.[key];
    if (value === undefined) continue;
    (frame as unknown as Record<string, unknown>)[key] = value;
    if (stated[key] === undefined) inherited.push(key);
  }
  let matches = MEETINGS.filter(
    (m) =>
      (frame.place === undefined || m.place === frame.place) &&
      (frame.quarter === undefined || m.quarter === frame.quarter) &&
      (frame.year === undefined || m.year === frame.year),
  );
  if (opts.choice !== undefined) matches = matches.filter((m) => m.id === opts.choice);
  if (matches.length > 1) {
    return {
      question,
      answered: false,
      answer: 'Có nhiều hội nghị khớp với câu hỏi. Bạn hỏi về hội nghị nào?',
      citations: [],
      passages: [],
      timings,
      clarify: {
        prompt: 'Có nhiều hội nghị khớp với câu hỏi. Bạn hỏi về hội nghị nào?',
        options: matches.map((m) => ({ label: `${m.place} · ${m.date}`, choice: m.id })),
      },
      ...(opts.context ? { context: opts.context } : {}),
    };
  }
  const meeting = matches[0];
  if (!meeting) {
    return {
      question,
      answered: false,
      answer: 'Không tìm thấy thông tin trong các bản tin.',
      citations: [],
      passages: [],
      timings,
      context: contextOf(frame, []),
    };
  }
  const resolved: FakeFrame = {
    ...frame,
    place: meeting.place,
    quarter: meeting.quarter,
    year: meeting.year,
  };
  const understood =
    inherited.length > 0 ? `${meeting.place}, quý ${meeting.quarter}/${meeting.year}` : undefined;
  const fact =
    frame.target === 'when' ? `Hội nghị tổ chức ngày ${meeting.date} [1].` : `Chủ trì: ${meeting.chair} [1].`;
  return {
    question,
    answered: true,
    answer: `${understood ? `(${understood}) ` : ''}${fact}`,
    citations: [
      {
        n: 1,
        docId: meeting.id,
        title: `Giao ban quý ${meeting.quarter}/${meeting.year} — ${meeting.place}`,
        published: null,
        source: `seeds/${meeting.id}.txt`,
        quote: `${meeting.chair} chủ trì hội nghị ngày ${meeting.date}.`,
        // Where the quote sits in the article: source buttons carry it (stable across restarts).
        span: { start: 0, end: `${meeting.chair} chủ trì hội nghị ngày ${meeting.date}.`.length },
      },
    ],
    passages: [],
    lang: 'vi',
    timings,
    context: contextOf(resolved, [meeting.id]),
    ...(understood ? { understood } : {}),
  };
}

/** A FakeEngine (recording calls) whose `ask` is {@link conversationalAnswer}. */
export function createConversationEngine(): FakeEngine {
  const engine = createFakeEngine();
  engine.ask = async (question, opts) => {
    engine.calls.push({ method: 'ask', args: [question, opts] });
    return conversationalAnswer(question, opts);
  };
  return engine;
}
