import type { WebTurnResponse } from '../../src/channels/web';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { post, testConfig } from './test-app';

const TURNS = '/api/v1/turns';

describe('the saved list asked for in words on the web chat', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer(testConfig({ RATE_LIMIT_ENABLED: 'false' }), {
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
    });
  });
  afterAll(() => running.close());

  it('「保存したお仕事を見せて」 after a save shows the saved job', async () => {
    const say = async (body: Record<string, unknown>): Promise<WebTurnResponse> => {
      const response = await post(running.url + TURNS, body);
      expect(response.status).toBe(200);
      return response.body as WebTurnResponse;
    };
    const started = await say({ event: 'start' });
    const conversation = {
      conversationId: started.conversationId,
      conversationToken: started.conversationToken,
    };
    let reply = await say({ ...conversation, text: '渋谷でカフェ' });
    for (let i = 0; i < 6 && reply.jobs.length === 0; i++)
      reply = await say({ ...conversation, text: 'わからない' });
    const first = reply.jobs[0]!;
    await say({ ...conversation, text: '1番目を保存' });
    const listed = await say({ ...conversation, text: '保存したお仕事を見せて' });
    expect(listed.jobs.map((j) => j.id)).toEqual([first.id]);
  });
});
