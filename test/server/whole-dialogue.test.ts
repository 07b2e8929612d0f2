import { randomBytes } from 'node:crypto';
import type { WebTurnResponse } from '../../src/channels/web';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { describeWithRedis, REDIS_URL } from '../session/redis-available';
import { post, testConfig } from './test-app';

const TURNS = '/api/v1/turns';

/** Talks to the server like the chat page: start, then the first quick reply each time, until jobs appear. */
async function dialogueUntilJobs(url: string, conversationId: string): Promise<WebTurnResponse[]> {
  const replies: WebTurnResponse[] = [];
  let body: Record<string, unknown> = { conversationId, event: 'start' };
  for (let turn = 1; turn <= 30; turn++) {
    const response = await post(url + TURNS, body);
    expect(response.status).toBe(200);
    const reply = response.body as WebTurnResponse;
    replies.push(reply);
    expect(reply.turn).toBe(turn);
    if (reply.jobs.length > 0) return replies;
    expect(reply.suggestions.length).toBeGreaterThan(0);
    body = { conversationId, postback: reply.suggestions[0]!.postback };
  }
  throw new Error('no jobs after 30 turns');
}

function expectWellFormed(replies: readonly WebTurnResponse[]): void {
  for (const reply of replies) {
    expect(reply.messages.length).toBeGreaterThan(0);
    for (const message of reply.messages) {
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.speech).toMatch(/^<speak>[^<>]*<\/speak>$/s);
      expect(message.speech).not.toMatch(/https?:/);
    }
    for (const suggestion of reply.suggestions) {
      expect(suggestion.postback.length).toBeLessThanOrEqual(300);
    }
  }
  const last = replies.at(-1)!;
  expect(last.question === null || last.question.kind === 'results').toBe(true);
  for (const job of last.jobs) {
    expect(job).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      company: expect.any(String),
      jobTypeIds: expect.any(Array),
      conditionIds: expect.any(Array),
      wage: {
        unit: expect.stringMatching(/^(hour|day|month)$/),
        min: expect.any(Number),
        max: expect.any(Number),
      },
      area: { prefecture: expect.any(String), municipality: expect.anything() },
      url: expect.stringMatching(/^https?:\/\/[^/]+\//),
      match: expect.stringMatching(/^(exact|related)$/),
      card: expect.objectContaining({ index: expect.any(Number), why: expect.any(String) }),
      postbacks: {
        details: `job:details:${job.id}`,
        choose: `job:choose:${job.id}`,
        save: `job:save:${job.id}`,
        unsave: `job:unsave:${job.id}`,
      },
    });
    expect(job.card?.area ?? '').not.toMatch(/\s/u);
  }
}

async function start(env: Record<string, string>): Promise<RunningServer> {
  return startServer(testConfig({ RATE_LIMIT_ENABLED: 'false', ...env }), {
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
  });
}

describe('a whole dialogue over HTTP with in-memory sessions (bundled sample, real dialogue)', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await start({});
  });
  afterAll(() => running.close());

  it('asks questions with quick replies and ends with absolute job links', async () => {
    const replies = await dialogueUntilJobs(running.url, 'http-memory-1');
    expect(replies[0]!.question).not.toBeNull();
    expectWellFormed(replies);
  });

  it('answers typed Japanese, unknown postbacks and turns for unknown conversations politely', async () => {
    const typed = await post(running.url + TURNS, {
      conversationId: 'http-typed',
      text: '渋谷でカフェのバイトがしたい',
    });
    expect(typed.status).toBe(200);
    expect((typed.body as WebTurnResponse).turn).toBe(1);
    // A new conversation is greeted, not told that an earlier one was lost.
    const typedText = (typed.body as WebTurnResponse).messages.map((m) => m.text).join('');
    expect(typedText).toMatch(/そうだん/u);
    expect(typedText).not.toMatch(/続きが見つからなかった/u);
    const unknown = await post(running.url + TURNS, {
      conversationId: 'http-typed',
      postback: 'zzz:not-a-postback',
    });
    expect(unknown.status).toBe(200);
    expect((unknown.body as WebTurnResponse).messages.length).toBeGreaterThan(0);
    const fresh = await post(running.url + TURNS, { conversationId: 'http-fresh', postback: 'yes' });
    expect(fresh.status).toBe(200);
    expect((fresh.body as WebTurnResponse).messages.length).toBeGreaterThan(0);
  });

  it('speaks English when asked', async () => {
    const response = await post(running.url + TURNS, {
      conversationId: 'http-en',
      event: 'start',
      locale: 'en',
    });
    expect(response.status).toBe(200);
    expect((response.body as WebTurnResponse).messages[0]!.text).toMatch(/[A-Za-z]/);
  });
});

describeWithRedis('a whole dialogue over HTTP with Redis sessions', () => {
  let running: RunningServer;
  const namespace = `itest-${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    running = await start({ REDIS_URL, SESSION_NAMESPACE: namespace, SESSION_TTL_SECONDS: '120' });
  });
  afterAll(() => running.close());

  it('keeps the conversation in Redis between turns and ends with jobs', async () => {
    const replies = await dialogueUntilJobs(running.url, 'http-redis-1');
    expectWellFormed(replies);
    const stored = await running.store.get(`soudan:${namespace}:web:http-redis-1`);
    expect(stored).not.toBeNull();
    expect(JSON.parse(stored!.value)).toMatchObject({ f: 1, turn: replies.length });
  });

  it('applies concurrent turns of one conversation in order', async () => {
    await post(running.url + TURNS, { conversationId: 'http-redis-race', event: 'start' });
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(running.url + TURNS, { conversationId: 'http-redis-race', text: 'わからない' }),
      ),
    );
    const turns = responses.map((r) => (r.body as WebTurnResponse).turn).sort((a, b) => a - b);
    expect(turns).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
