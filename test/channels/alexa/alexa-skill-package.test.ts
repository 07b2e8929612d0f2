import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ALEXA_MODEL_LOCALES,
  ALEXA_POSTBACK_INTENTS,
  ALEXA_SLOT_INTENTS,
  alexaInteractionModel,
  alexaRouter,
  type AlexaInteractionModel,
} from '../../../src/channels/alexa';
import { channelConfig, ConfigError, type Config } from '../../../src/config';
import { silentLogger } from '../../../src/logging';
import { MemorySessionStore } from '../../../src/session';
import { FakeDialogue, testConfig } from '../../server/test-app';
import { sampleData } from './alexa-test-app';

const PACKAGE = path.join(__dirname, '../../../skills/alexa/skill-package');
const committed = (locale: string): AlexaInteractionModel =>
  JSON.parse(
    readFileSync(path.join(PACKAGE, 'interactionModels', 'custom', `${locale}.json`), 'utf8'),
  ) as AlexaInteractionModel;

describe('Alexa skill package', () => {
  it('holds the interaction models the catalogue generates (run scripts/alexa-interaction-model.js when this fails)', async () => {
    const { catalog } = await sampleData();
    for (const locale of ALEXA_MODEL_LOCALES) {
      expect(committed(locale)).toEqual(alexaInteractionModel(catalog, locale));
    }
  });

  it('gives every mapped intent Japanese samples and every job type, condition and area a slot value', async () => {
    const { catalog } = await sampleData();
    const model = committed('ja-JP').interactionModel.languageModel;
    const intents = new Map(model.intents.map((i) => [i.name, i]));
    for (const name of [...Object.keys(ALEXA_POSTBACK_INTENTS), ...Object.keys(ALEXA_SLOT_INTENTS)]) {
      if (name === 'AMAZON.NavigateHomeIntent' || name === 'AMAZON.PreviousIntent') continue;
      expect([name, (intents.get(name)?.samples.length ?? 0) > 0]).toEqual([name, true]);
    }
    const values = (type: string) =>
      new Set(model.types.find((t) => t.name === type)!.values.map((v) => v.name.value));
    expect(catalog.jobTypes.filter((t) => !values('JOB_TYPE').has(t.name))).toEqual([]);
    expect(catalog.conditions.filter((c) => !values('JOB_CONDITION').has(c.name))).toEqual([]);
    expect(values('JOB_AREA').has('東京都')).toBe(true);
    expect(values('JOB_AREA').has('札幌市中央区')).toBe(true);
    const skill = JSON.parse(readFileSync(path.join(PACKAGE, 'skill.json'), 'utf8')) as {
      manifest: {
        publishingInformation: { locales: Record<string, unknown> };
        apis: { custom: { endpoint: { uri: string } } };
      };
    };
    expect(Object.keys(skill.manifest.publishingInformation.locales).sort()).toEqual(
      [...ALEXA_MODEL_LOCALES].sort(),
    );
    expect(skill.manifest.apis.custom.endpoint.uri).toMatch(/^https:\/\/.+\/webhooks\/alexa$/u);
  });
});

describe('alexaRouter configuration', () => {
  const deps = (config: Config) => ({
    config: channelConfig(config, 'alexa'),
    logger: silentLogger,
    dialogue: new FakeDialogue(),
    store: new MemorySessionStore(),
    catalog: { prefectures: [] },
  });

  it('refuses to start in production without a skill id or with verification switched off', () => {
    const prod = (env: Record<string, string>) =>
      testConfig({ NODE_ENV: 'production', CHANNELS: 'alexa', ...env });
    expect(() => prod({})).toThrow(/ALEXA_SKILL_ID/u);
    expect(() => prod({ ALEXA_SKILL_ID: 'amzn1.ask.skill.x', ALEXA_VERIFY_SIGNATURE: 'false' })).toThrow(
      ConfigError,
    );
    const config = prod({ ALEXA_SKILL_ID: 'amzn1.ask.skill.x' });
    expect(config.channels.alexa).toEqual({ verifySignature: true, skillId: 'amzn1.ask.skill.x' });
    expect(() => alexaRouter(deps(config))).not.toThrow();
  });
});
