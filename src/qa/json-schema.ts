import { z } from 'zod';
import { CONVERSATION, INCLUDED } from './script';

/**
 * The JSON Schema of a script file (a conversation, or an included file of steps), generated from the zod schema
 * the loader validates with, so editors and the loader never disagree. draft-07: what YAML editors read best.
 */
export function conversationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([CONVERSATION, INCLUDED]), { target: 'draft-7', reused: 'ref' });
  return {
    ...schema,
    $id: 'https://soudan.example.jp/qa/schema/conversation.schema.json',
    title: 'soudan QA replay script',
    description:
      'A conversation (name, steps, expectations) or a file of steps to include. See docs/qa-replay.md.',
  };
}
