import type { TurnInput } from '../../dialogue/types';
import { hashId, type Logger } from '../../logging';
import type { RecordedTurn } from './run-channel-turn';

/** The message of the conversation log's lines: `soudan record --log` reads them. */
export const CONVERSATION_TURN_MESSAGE = 'conversation turn';

/**
 * The opt-in conversation log (LOG_CONVERSATIONS=true, which needs LOG_LEVEL=debug): one debug line per
 * finished turn with what the user sent and what the reply asked and showed, so that `soudan record` can turn a
 * conversation into a QA script. The conversation id is hashed like everywhere else; a shared location is
 * rounded to about a kilometre; the reply's words are not written (the script checks the question, the jobs and
 * the end). It carries what users typed: keep it off wherever that is not agreed.
 */
export function conversationLog(logger: Logger): (turn: RecordedTurn) => void {
  return ({ channel, conversationId, turn, input, reply }) => {
    logger.debug(CONVERSATION_TURN_MESSAGE, {
      channel,
      conversation: hashId(conversationId),
      turn,
      input: loggedInput(input),
      reply: {
        question: reply.question === null ? null : { kind: reply.question.kind, id: reply.question.id },
        jobs: reply.jobs.map((job, i) => ({ id: job.id, match: reply.matches[i] ?? 'related' })),
        done: reply.done,
      },
    });
  };
}

function loggedInput(input: TurnInput): Record<string, unknown> {
  const locale = input.locale === undefined ? {} : { locale: input.locale };
  switch (input.kind) {
    case 'start':
      return { kind: 'start', ...locale };
    case 'text':
      return { kind: 'text', text: input.text, ...locale };
    case 'postback':
      return { kind: 'postback', value: input.value, ...locale };
    case 'unsupported':
      return { kind: 'unsupported', what: input.what, ...locale };
    case 'location':
      return {
        kind: 'location',
        latitude: Math.round(input.lat * 100) / 100,
        longitude: Math.round(input.lng * 100) / 100,
        ...locale,
      };
  }
}
