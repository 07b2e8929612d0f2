import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conversationJsonSchema } from './json-schema';

describe('qa/schema/conversation.schema.json', () => {
  it('is the schema the loader validates with (regenerate: soudan replay --schema > qa/schema/conversation.schema.json)', () => {
    const committed = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'qa', 'schema', 'conversation.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(conversationJsonSchema());
  });
});
