import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  actionsTypeFiles,
  GOOGLE_HANDLERS,
  GOOGLE_POSTBACK_INTENTS,
  googleRouter,
} from '../../../src/channels/google';
import { channelConfig, ConfigError } from '../../../src/config';
import { silentLogger } from '../../../src/logging';
import { MemorySessionStore } from '../../../src/session';
import { FakeDialogue, testConfig } from '../../server/test-app';
import { sampleData } from '../alexa/alexa-test-app';

const PROJECT = path.join(__dirname, '../../../skills/google');

describe('Actions Builder project', () => {
  it('holds the types the catalogue generates (run scripts/google-actions-types.js when this fails)', async () => {
    const { catalog } = await sampleData();
    for (const file of actionsTypeFiles(catalog)) {
      expect([file.path, readFileSync(path.join(PROJECT, file.path), 'utf8')]).toEqual([
        file.path,
        file.content,
      ]);
    }
  });

  it('has an intent file for every mapped intent, Japanese by default and English, and the webhook handlers', () => {
    const intents = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5));
    const custom = Object.keys(GOOGLE_POSTBACK_INTENTS).filter((name) => !name.startsWith('actions.'));
    expect(intents(path.join(PROJECT, 'custom/intents')).sort()).toEqual([...custom, 'volunteer'].sort());
    expect(intents(path.join(PROJECT, 'custom/intents/en')).sort()).toEqual([...custom, 'volunteer'].sort());
    const webhook = readFileSync(path.join(PROJECT, 'webhooks/ActionsOnGoogleFulfillment.yaml'), 'utf8');
    for (const handler of Object.values(GOOGLE_HANDLERS)) expect(webhook).toContain(`- name: ${handler}\n`);
    expect(webhook).toMatch(/baseUrl: https:\/\/.+\/webhooks\/google\n/u);
    const scene = readFileSync(path.join(PROJECT, 'custom/scenes/Main.yaml'), 'utf8');
    for (const name of [...custom, 'volunteer']) expect(scene).toContain(`- intent: ${name}\n`);
    expect(readFileSync(path.join(PROJECT, 'settings/settings.yaml'), 'utf8')).toMatch(
      /^defaultLocale: ja$/mu,
    );
  });
});

describe('googleRouter configuration', () => {
  it('refuses to start in production without GOOGLE_PROJECT_ID', () => {
    const prod = (env: Record<string, string>) =>
      testConfig({ NODE_ENV: 'production', CHANNELS: 'google', ...env });
    expect(() => prod({})).toThrow(ConfigError);
    expect(() => prod({})).toThrow(/GOOGLE_PROJECT_ID/u);
    const deps = {
      config: channelConfig(prod({ GOOGLE_PROJECT_ID: 'p' }), 'google'),
      logger: silentLogger,
      dialogue: new FakeDialogue(),
      store: new MemorySessionStore(),
      catalog: { prefectures: [] },
    };
    expect(deps.config.own).toEqual({ projectId: 'p' });
    expect(() => googleRouter(deps)).not.toThrow();
  });
});
