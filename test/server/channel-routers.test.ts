import { createLogger } from '../../src/logging';
import { channelRouters } from '../../src/server';
import { MemorySessionStore } from '../../src/session';
import { FAKE_CATALOG, FakeDialogue, testConfig } from './test-app';

function mounted(env: Record<string, string>): { routers: number; logs: Record<string, unknown>[] } {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(JSON.parse(line)) });
  const routers = channelRouters({
    config: testConfig(env),
    logger,
    dialogue: new FakeDialogue(),
    store: new MemorySessionStore(),
    catalog: { ...FAKE_CATALOG, listings: [], prefectures: [] },
  });
  return { routers: routers.length, logs };
}

describe('channelRouters', () => {
  it('mounts only the platform channels CHANNELS lists, and says which it left out', () => {
    expect(mounted({ CHANNELS: 'none' }).routers).toBe(0);
    const some = mounted({ CHANNELS: 'alexa,teams' });
    expect(some.routers).toBe(2);
    expect(some.logs).toContainEqual(expect.objectContaining({ channels: ['google', 'line'] }));
  });

  it('in production refuses a listed channel without its secrets, and starts without the unlisted ones', () => {
    expect(() => mounted({ NODE_ENV: 'production', CHANNELS: 'google' })).toThrow(/GOOGLE_PROJECT_ID/);
    expect(
      mounted({ NODE_ENV: 'production', CHANNELS: 'google', GOOGLE_PROJECT_ID: 'soudan-test' }).routers,
    ).toBe(1);
  });
});
