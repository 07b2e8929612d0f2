import { z } from 'zod';
import { CONVERSATION_TURN_MESSAGE } from '../../channels/shared/conversation-log';
import { ScriptError } from '../script-error';
import type { RecordedConversation, RecordedTurn } from './recorded-turn';

const QUESTION = z
  .object({ kind: z.enum(['area', 'jobType', 'condition', 'results']), id: z.string().nullable() })
  .nullable();
const JOBS = z.array(z.object({ id: z.string(), match: z.enum(['exact', 'related']) }));

/** What public/qa-export.js downloads. */
const CHAT_EXPORT = z.object({
  format: z.literal('soudan-chat-export'),
  version: z.literal(1),
  locale: z.enum(['ja', 'en']).nullable().optional(),
  turns: z.array(
    z.object({
      sent: z.object({
        event: z.literal('start').optional(),
        text: z.string().optional(),
        postback: z.string().optional(),
      }),
      reply: z.object({ question: QUESTION, jobs: JOBS, done: z.boolean() }),
    }),
  ),
});

/** A `conversation turn` line of the conversation log (LOG_CONVERSATIONS). */
const LOG_TURN = z.object({
  message: z.literal(CONVERSATION_TURN_MESSAGE),
  channel: z.string(),
  conversation: z.string(),
  turn: z.number(),
  input: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('start'), locale: z.enum(['ja', 'en']).optional() }),
    z.object({ kind: z.literal('text'), text: z.string(), locale: z.enum(['ja', 'en']).optional() }),
    z.object({ kind: z.literal('postback'), value: z.string(), locale: z.enum(['ja', 'en']).optional() }),
    z.object({
      kind: z.literal('location'),
      latitude: z.number(),
      longitude: z.number(),
      locale: z.enum(['ja', 'en']).optional(),
    }),
  ]),
  reply: z.object({ question: QUESTION, jobs: JOBS, done: z.boolean() }),
});
type LogTurn = z.infer<typeof LOG_TURN>;

/**
 * A recording, whichever it is: a web chat export (one JSON object, `format: soudan-chat-export`) or log lines
 * (JSON Lines, as the service writes them; only `conversation turn` lines count). A log holding several
 * conversations needs `conversation` (the hashed id its lines carry); the error lists them.
 */
export function readRecording(text: string, file: string, conversation?: string): RecordedConversation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const isExport = typeof json === 'object' && json !== null && 'format' in json;
  return isExport ? fromChatExport(json, file) : fromLog(text, file, conversation);
}

function fromChatExport(json: unknown, file: string): RecordedConversation {
  const parsed = CHAT_EXPORT.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScriptError(
      `${file}: not a chat export the chat page writes (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  const turns = parsed.data.turns.flatMap((t): RecordedTurn[] => {
    const { sent } = t;
    const input: RecordedTurn['input'] | null =
      sent.event === 'start'
        ? { kind: 'start' }
        : sent.text !== undefined
          ? { kind: 'text', text: sent.text }
          : sent.postback !== undefined
            ? { kind: 'postback', value: sent.postback }
            : null;
    return input === null ? [] : [{ input, reply: t.reply }];
  });
  if (turns.length === 0) throw new ScriptError(`${file}: the export holds no turn`);
  return { source: 'a web chat export', channel: 'web', locale: parsed.data.locale ?? null, turns };
}

function fromLog(text: string, file: string, wanted: string | undefined): RecordedConversation {
  const byConversation = new Map<string, LogTurn[]>();
  for (const line of text.split('\n')) {
    if (!line.includes(CONVERSATION_TURN_MESSAGE)) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = LOG_TURN.safeParse(json);
    if (!parsed.success) continue;
    const key = parsed.data.conversation;
    byConversation.set(key, [...(byConversation.get(key) ?? []), parsed.data]);
  }
  if (byConversation.size === 0) {
    throw new ScriptError(
      `${file}: neither a chat export nor a log with "${CONVERSATION_TURN_MESSAGE}" lines ` +
        '(the service writes them with LOG_CONVERSATIONS=true and LOG_LEVEL=debug)',
    );
  }
  const key = wanted ?? (byConversation.size === 1 ? [...byConversation.keys()][0]! : undefined);
  const lines = key === undefined ? undefined : byConversation.get(key);
  if (lines === undefined) {
    const listed = [...byConversation]
      .map(([id, turns]) => `${id} (${turns[0]!.channel}, ${turns.length} turns)`)
      .join(', ');
    throw new ScriptError(
      `${file}: ${wanted === undefined ? 'several conversations' : `no conversation ${wanted}`}: ` +
        `pick one with --conversation: ${listed}`,
    );
  }
  const locale = lines.find((l) => l.input.locale !== undefined)?.input.locale ?? null;
  return {
    source: `the conversation log (${lines[0]!.channel})`,
    channel: lines[0]!.channel,
    locale,
    turns: lines.map((l) => ({ input: logInput(l.input), reply: l.reply })),
  };
}

function logInput(input: LogTurn['input']): RecordedTurn['input'] {
  switch (input.kind) {
    case 'start':
      return { kind: 'start' };
    case 'text':
      return { kind: 'text', text: input.text };
    case 'postback':
      return { kind: 'postback', value: input.value };
    case 'location':
      return { kind: 'location', latitude: input.latitude, longitude: input.longitude };
  }
}
