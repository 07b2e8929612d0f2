import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createAlexaSkill } from '../channels/alexa';
import { createGoogleApp, GOOGLE_PARAMS } from '../channels/google';
import { SpokenReadings, type DialoguePort } from '../channels/shared';
import { PACKAGE_ROOT } from '../cli/paths';
import type { Catalog } from '../catalog';
import { createRenderer } from '../i18n';
import { silentLogger } from '../logging';
import type { SessionStore } from '../session';

/** Turns per dialogue, the launch included. */
export const VOICE_TURNS = 10;

export interface VoiceBenchRow {
  channel: 'alexa' | 'google';
  store: string;
  dialogues: number;
  turns: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface VoiceBenchInput {
  readonly dialogue: DialoguePort;
  readonly catalog: Pick<Catalog, 'prefectures'>;
  readonly stores: readonly { readonly name: string; readonly store: SessionStore }[];
  readonly dialogues: number;
  readonly warmup: number;
}

/** The answers a user gives after naming no particular area; a shown result list is answered "none fit". */
const ANSWERS = {
  alexa: ['AMAZON.YesIntent', 'AMAZON.NoIntent', 'MaybeIntent', 'DontKnowIntent', 'ProbablyNotIntent'],
  google: ['yes', 'no', 'maybe', 'dont_know', 'probably_not'],
} as const;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function alexaEnvelope(userId: string, sessionId: string, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: 'amzn1.ask.skill.bench' };
  return {
    version: '1.0',
    session: {
      new: request.type === 'LaunchRequest',
      sessionId,
      application,
      attributes: {},
      user: { userId },
    },
    context: {
      System: {
        application,
        user: { userId },
        device: { deviceId: 'bench', supportedInterfaces: {} },
        apiEndpoint: '',
      },
    },
    request: {
      requestId: `req-${randomBytes(4).toString('hex')}`,
      timestamp: new Date().toISOString(),
      locale: 'ja-JP',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

/** One Alexa dialogue of VOICE_TURNS turns; returns each turn's handler time. */
async function alexaDialogue(skill: Skill, n: number): Promise<number[]> {
  const userId = `amzn1.ask.account.bench-${n}-${randomBytes(8).toString('hex')}`;
  const sessionId = `amzn1.echo-api.session.${randomBytes(8).toString('hex')}`;
  const times: number[] = [];
  let shownJobs = false;
  for (let turn = 0; turn < VOICE_TURNS; turn++) {
    const intent =
      turn === 1
        ? 'AnywhereIntent'
        : shownJobs
          ? 'NoneFitIntent'
          : ANSWERS.alexa[(turn + n) % ANSWERS.alexa.length]!;
    const request =
      turn === 0
        ? { type: 'LaunchRequest' }
        : { type: 'IntentRequest', intent: { name: intent, confirmationStatus: 'NONE' } };
    const started = performance.now();
    const response = await skill.invoke(alexaEnvelope(userId, sessionId, request));
    times.push(performance.now() - started);
    shownJobs = response.response.card !== undefined;
  }
  return times;
}

/** One Google dialogue of VOICE_TURNS turns; returns each turn's handler time. */
async function googleDialogue(app: ReturnType<typeof createGoogleApp>, n: number): Promise<number[]> {
  const sessionId = `bench-${n}-${randomBytes(8).toString('hex')}`;
  const times: number[] = [];
  let params: Record<string, unknown> = {};
  let shownJobs = false;
  for (let turn = 0; turn < VOICE_TURNS; turn++) {
    const intent =
      turn === 1 ? 'anywhere' : shownJobs ? 'none_fit' : ANSWERS.google[(turn + n) % ANSWERS.google.length]!;
    const body = {
      handler: { name: turn === 0 ? 'start' : 'turn' },
      intent: { name: turn === 0 ? 'actions.intent.MAIN' : intent, params: {}, query: '' },
      session: { id: sessionId, params, typeOverrides: [], languageCode: '' },
      user: { locale: 'ja-JP', params: {} },
      device: { capabilities: ['SPEECH', 'RICH_RESPONSE'] },
    };
    const started = performance.now();
    const result = await app.handler(body, {});
    times.push(performance.now() - started);
    const responseBody = result.body as {
      session?: { params?: Record<string, unknown> };
      prompt?: { content?: unknown };
    };
    params = Object.fromEntries(
      Object.entries(responseBody.session?.params ?? {}).filter(([, v]) => v !== null),
    );
    shownJobs = responseBody.prompt?.content !== undefined;
    if (typeof params[GOOGLE_PARAMS.conversation] !== 'string')
      throw new Error('google: conversation key lost');
  }
  return times;
}

/**
 * Handler time per turn for each channel and store: the SDK's dispatch (Alexa skill.invoke, Actions
 * app.handler) with the whole turn inside it (store get + compare-and-set, dialogue, rendering). No HTTP, no
 * signature checks: those are the platform's and the network's.
 */
export async function runVoiceBenchmark(input: VoiceBenchInput): Promise<VoiceBenchRow[]> {
  const renderer = createRenderer(join(PACKAGE_ROOT, 'locales'));
  const publicBaseUrl = 'https://soudan.example.jp';
  const rows: VoiceBenchRow[] = [];
  for (const { name, store } of input.stores) {
    const common = {
      store,
      dialogue: input.dialogue,
      namespace: `bench-${randomBytes(3).toString('hex')}`,
      ttlSeconds: 300,
      logger: silentLogger,
    };
    const skill = createAlexaSkill({
      ...common,
      skillId: null,
      view: { renderer, readings: new SpokenReadings(input.catalog.prefectures), publicBaseUrl },
    });
    const app = createGoogleApp({
      ...common,
      projectId: null,
      view: { renderer, readings: new SpokenReadings(input.catalog.prefectures), publicBaseUrl },
    });
    const channels = [
      ['alexa', (n: number) => alexaDialogue(skill, n)],
      ['google', (n: number) => googleDialogue(app, n)],
    ] as const;
    for (const [channel, dialogue] of channels) {
      for (let n = 0; n < input.warmup; n++) await dialogue(n);
      const times: number[] = [];
      for (let n = 0; n < input.dialogues; n++) times.push(...(await dialogue(n)));
      const sorted = [...times].sort((a, b) => a - b);
      rows.push({
        channel,
        store: name,
        dialogues: input.dialogues,
        turns: times.length,
        p50Ms: round(percentile(sorted, 50)),
        p99Ms: round(percentile(sorted, 99)),
        maxMs: round(sorted.at(-1) ?? 0),
        meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
      });
    }
  }
  return rows;
}
