import path from 'node:path';
import type { Redis } from 'ioredis';
import { VirtualAlexa } from 'virtual-alexa';
import { ALEXA_PATH } from '../../../src/channels/alexa';
import { RedisSessionStore, sessionKeyPrefix } from '../../../src/session';
import { describeWithRedis, REDIS_URL } from '../../session/redis-available';
import { deleteKeysUnder, readyClient, uniqueEnv } from '../../session/redis-test-utils';
import { startAlexaApp, type AlexaTestApp } from './alexa-test-app';

const MODEL = path.join(__dirname, '../../../skills/alexa/skill-package/interactionModels/custom/ja-JP.json');

describeWithRedis('Alexa conversations in Redis', () => {
  const env = uniqueEnv();
  let client: Redis;
  let app: AlexaTestApp;
  beforeAll(async () => {
    client = await readyClient(REDIS_URL);
    app = await startAlexaApp({
      store: new RedisSessionStore(client, { closeClient: false }),
      env: { SESSION_NAMESPACE: env },
    });
  });
  afterAll(async () => {
    await app.close();
    await deleteKeysUnder(client, sessionKeyPrefix(env));
    client.disconnect();
  });

  it('keeps one entry per Alexa user and session, keyed by a digest, with a TTL', async () => {
    const alexa = VirtualAlexa.Builder()
      .skillURL(app.url + ALEXA_PATH)
      .interactionModelFile(MODEL)
      .locale('ja-JP')
      .create();
    await alexa.launch();
    await alexa.utter('どこでもいい');
    await alexa.utter('はい');
    const keys = await client.keys(`${sessionKeyPrefix(env, 'alexa')}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/:alexa:[0-9a-f]{64}$/u);
    expect(await client.ttl(keys[0]!)).toBeGreaterThan(0);
    expect(JSON.parse((await client.hget(keys[0]!, 'v'))!)).toMatchObject({ turn: 3 });
  });
});
