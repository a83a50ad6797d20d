import 'dotenv/config';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { MemorySessionStorage } from 'grammy';
import { loadConfig } from '../config.ts';
import { ConversationRunner, SESSION_NAME, type TurnResult } from '../conversation/ask.ts';
import type { ConversationSession } from '../conversation/session.ts';
import { openConversationState } from '../conversation/state.ts';
import { createEngine } from '../engine/create.ts';
import type { Answer } from '../engine/types.ts';
import { runCli } from './run.ts';

const USAGE = `usage: npm run ask -- [--index DIR] [--json] [--k N] [--session NAME [--choice C]] ["question"]
  With no question, reads one question per line from standard input (the index is loaded once).
  A line may also be a JSON object: {"q": "…", "session": "NAME", "choice": "…"} ("session" and
  "choice" optional): lines with the same session form one conversation, for this run only.
  --index DIR      index folder (default INDEX_DIR, else embeddings/)
  --json           one JSON object per question, one per line
  --k N            passages to retrieve (default 8)
  --session NAME   keep a conversation across calls (in STATE_DIR, forgotten after CONTEXT_TTL_MINUTES
                   idle); "câu hỏi mới" / "new question" start it over
  --choice C       answer the session's pending clarification for option C (its number or label)`;

/** One question to answer, and the conversation it belongs to (if any). */
interface Turn {
  q: string;
  session?: string;
  choice?: string;
}

async function main(): Promise<number> {
  let values: {
    index?: string;
    json?: boolean;
    k?: string;
    session?: string;
    choice?: string;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: {
        index: { type: 'string' },
        json: { type: 'boolean' },
        k: { type: 'string' },
        session: { type: 'string' },
        choice: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }));
  } catch (err) {
    process.stderr.write(`ask: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const k = values.k === undefined ? 8 : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 100) {
    process.stderr.write(`ask: --k takes a whole number from 1 to 100, not "${values.k}"\n`);
    return 2;
  }
  if (values.session !== undefined && !SESSION_NAME.test(values.session)) {
    process.stderr.write(`ask: --session takes 1–64 letters, digits, _, . or -, not "${values.session}"\n`);
    return 2;
  }
  if (values.choice !== undefined && values.session === undefined) {
    process.stderr.write('ask: --choice answers a clarification of a --session; add --session NAME\n');
    return 2;
  }
  const config = loadConfig();
  if (values.index) config.INDEX_DIR = values.index;
  const engine = await createEngine(config, { buildIfMissing: false });
  // --session conversations last across calls; the sessions of JSON lines last for this run.
  const state = values.session !== undefined ? openConversationState(config) : null;
  const stored = state ? new ConversationRunner(engine, state.sessions, k) : null;
  const batch = new ConversationRunner(engine, new MemorySessionStorage<ConversationSession>(), k);
  let unmatchedChoice = false;

  const run = async (turn: Turn): Promise<void> => {
    let result: TurnResult;
    if (values.session !== undefined && stored && turn.session === undefined) {
      result = await stored.ask(values.session, turn.q, turn.choice ?? values.choice);
    } else if (turn.session !== undefined) {
      result = await batch.ask(turn.session, turn.q, turn.choice);
    } else {
      result = { kind: 'answer', answer: await engine.ask(turn.q, { k }) };
    }
    if (result.kind === 'no-choice') unmatchedChoice = true;
    print(turn.q, result, values.json);
  };
  try {
    if (positionals.length > 0) await run({ q: positionals.join(' ') });
    else {
      let n = 0;
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        // One answer per line, blank ones included (they get the polite "ask a question" reply), so
        // output lines stay paired with input lines.
        n++;
        await run(parseLine(line, n));
      }
    }
  } finally {
    state?.close();
    await engine.close();
  }
  return unmatchedChoice ? 1 : 0;
}

/**
 * A line is a question, unless it is a JSON object with a "q" (or "question") string: then a turn
 * with an optional "session" and "choice". Anything else starting with `{` is a question too, so
 * no typed text is ever refused.
 */
function parseLine(line: string, n: number): Turn {
  let value: unknown;
  try {
    value = line.trimStart().startsWith('{') ? JSON.parse(line) : null;
  } catch {
    value = null;
  }
  const o = (value ?? {}) as Record<string, unknown>;
  const q = o.q ?? o.question;
  if (typeof q !== 'string') return { q: line };
  for (const field of ['session', 'choice'] as const) {
    if (o[field] !== undefined && typeof o[field] !== 'string') {
      throw new Error(`ask: stdin line ${n}: "${field}" must be a string`);
    }
  }
  if (typeof o.session === 'string' && !SESSION_NAME.test(o.session)) {
    throw new Error(`ask: stdin line ${n}: "session" takes 1–64 letters, digits, _, . or -`);
  }
  return {
    q,
    ...(typeof o.session === 'string' ? { session: o.session } : {}),
    ...(typeof o.choice === 'string' ? { choice: o.choice } : {}),
  };
}

function print(question: string, result: TurnResult, json: boolean | undefined): void {
  if (json) {
    const line =
      result.kind === 'answer'
        ? result.answer
        : result.kind === 'reset'
          ? { question, reset: true }
          : { question, error: 'no such option', options: result.options };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  if (result.kind === 'reset') {
    process.stdout.write(`? ${question}\n(new conversation)\n\n`);
    return;
  }
  if (result.kind === 'no-choice') {
    const options = result.options.map((o, i) => `  ${i + 1}. ${o}`).join('\n');
    process.stdout.write(
      result.options.length > 0
        ? `No option matches that choice. Options:\n${options}\n\n`
        : 'This session has no pending clarification to choose for.\n\n',
    );
    return;
  }
  process.stdout.write(formatAnswer(result.answer));
}

function formatAnswer(a: Answer): string {
  const notes = a.notes?.length ? `${a.notes.join('\n')}\n` : '';
  const choices = a.clarify
    ? `${a.clarify.prompt}\n${a.clarify.options.map((o, i) => `  ${i + 1}. ${o.label}`).join('\n')}\n(choose with --choice N, or "choice" in a JSON line)`
    : '';
  // Several meetings stated: the answer, then the choices that narrow it to one.
  const body = a.answered ? (choices ? `${a.answer}\n\n${choices}` : a.answer) : choices || a.answer;
  return `? ${a.question}\n${notes}${body}\n(${a.timings.totalMs.toFixed(1)} ms)\n\n`;
}

runCli(main);
