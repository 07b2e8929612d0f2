import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog, Listing } from '../../src/catalog';
import type { DialoguePort } from '../../src/channels/shared';
import { loadConfig, type Config } from '../../src/config';
import type { Reply, ResultCard, TurnInput } from '../../src/dialogue/types';
import { createLogger, type Logger } from '../../src/logging';
import { createApp, type Lifecycle } from '../../src/server';
import { MemorySessionStore, type SessionStore } from '../../src/session';

/** The QA bearer token tests run with: they name their own conversation ids, as QA scripts do. */
export const TEST_QA_TOKEN = 'qa-token-for-tests-0123456789abcdef';
/** A fixed conversation secret, so that production-mode tests can build the app. */
const TEST_CONVERSATION_SECRET = 'conversation-secret-for-tests-0123456789abcdef';
/** Headers of a QA script's turn: JSON and the QA token. */
export const QA_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json',
  Authorization: `Bearer ${TEST_QA_TOKEN}`,
};

/**
 * Config for tests: quiet logs, a fixed conversation secret and the QA token (tests use the QA path; the issued
 * path is tested in turns-access.test.ts and the chat page test), the given variables on top of the defaults.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    METRICS_PORT: '0',
    WEB_CONVERSATION_SECRET: TEST_CONVERSATION_SECRET,
    WEB_QA_TOKEN: TEST_QA_TOKEN,
    ...env,
  });
}

const FAKE_LISTINGS: readonly Listing[] = [
  {
    id: 'L1',
    title: 'カフェスタッフ <週2日から>',
    company: '喫茶 & 珈琲',
    jobTypeIds: ['cafe'],
    conditionIds: ['daily-pay'],
    wage: { unit: 'hour', min: 1200, max: 1500 },
    area: { prefecture: '東京都', municipality: '渋谷区' },
    url: '/jobs/L1',
  },
  {
    id: 'L2',
    title: 'コンビニ夜勤',
    jobTypeIds: ['convenience-store'],
    conditionIds: [],
    url: 'https://jobs.example.jp/jobs/L2',
  },
];

export const FAKE_CATALOG: Pick<Catalog, 'jobTypes' | 'conditions'> = {
  jobTypes: [
    { id: 'cafe', name: 'カフェ', category: 'フード・飲食', synonyms: [] },
    { id: 'convenience-store', name: 'コンビニ', synonyms: [] },
  ],
  conditions: [{ id: 'daily-pay', name: '日払い', synonyms: [] }],
};

interface FakeState {
  answers: string[];
}

/**
 * A stand-in dialogue for contract tests: asks three yes/no questions, then shows FAKE_LISTINGS. It records every
 * input it is handed, so tests can see what the channel passed on. (The real dialogue is tested in its folder.)
 */
export class FakeDialogue implements DialoguePort {
  readonly inputs: { state: unknown; input: TurnInput }[] = [];

  takeTurn(state: unknown, input: TurnInput): { state: unknown; reply: Reply } {
    this.inputs.push({ state, input });
    const current = (state as FakeState | null) ?? null;
    if (input.kind === 'start' || current === null) {
      return { state: { answers: [] }, reply: question(0, 'greet') };
    }
    const value = input.kind === 'postback' ? input.value : input.kind === 'text' ? input.text : '';
    if (value !== 'yes' && value !== 'no') {
      return { state: current, reply: { ...question(current.answers.length, 'clarify') } };
    }
    const answers = [...current.answers, value];
    if (answers.length < 3) return { state: { answers }, reply: question(answers.length, 'askJobType') };
    return {
      state: { answers },
      reply: {
        messages: [{ text: '見つかりました！', speech: 'お仕事が <2件> 見つかりました & どうぞ' }],
        reprompt: null,
        suggestions: [],
        question: null,
        jobs: FAKE_LISTINGS,
        matches: FAKE_LISTINGS.map(() => 'exact' as const),
        cards: FAKE_LISTINGS.map((listing, i) => fakeCard(listing, i + 1)),
        action: null,
        done: true,
        act: 'showResults',
      },
    };
  }
}

function question(n: number, act: Reply['act']): Reply {
  const asked = { text: `質問${n + 1}：カフェは好きですか？`, speech: `質問${n + 1}、カフェは好きですか` };
  return {
    messages: [asked],
    reprompt: asked,
    suggestions: [
      { label: 'はい', postback: 'yes' },
      { label: 'いいえ', postback: 'no' },
    ],
    question: { kind: 'jobType', id: 'cafe', label: 'カフェ' },
    jobs: [],
    matches: [],
    cards: [],
    action: null,
    done: false,
    act,
  };
}

export interface TestApp {
  url: string;
  server: Server;
  store: SessionStore;
  dialogue: DialoguePort;
  lifecycle: Lifecycle;
  /** Every JSON log line written so far. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  store?: SessionStore;
  dialogue?: DialoguePort;
  catalog?: Pick<Catalog, 'jobTypes' | 'conditions'>;
  logger?: Logger;
}

/** createApp on a free loopback port, with a memory store and the fake dialogue unless told otherwise. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = testConfig({ PUBLIC_BASE_URL: 'https://soudan.example.jp', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const logger =
    options.logger ??
    createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const store = options.store ?? new MemorySessionStore();
  const dialogue = options.dialogue ?? new FakeDialogue();
  const lifecycle: Lifecycle = { draining: false };
  const app = createApp({
    config,
    logger,
    dialogue,
    catalog: options.catalog ?? FAKE_CATALOG,
    store,
    lifecycle,
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    store,
    dialogue,
    lifecycle,
    logs,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** POST with a JSON (or raw string) body, as a QA script by default; the answer's body parsed when it is JSON. */
export async function post(
  url: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = QA_HEADERS,
): Promise<JsonResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return readResponse(response);
}

export async function get(url: string): Promise<JsonResponse> {
  return readResponse(await fetch(url));
}

async function readResponse(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** The documented error shape, and nothing that looks like a stack trace. */
export function expectErrorBody(response: JsonResponse, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status,
    body: { error: { code, message: expect.any(String) } },
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.text).not.toMatch(/\bat .*\(.*:\d+:\d+\)|node_modules|\/src\//);
}

/** A card as the real dialogue words it, for the fake's listings (plain Japanese, no renderer). */
function fakeCard(listing: Listing, index: number): ResultCard {
  const wage = listing.wage;
  const pay = wage && {
    text: `時給${wage.min.toLocaleString('ja-JP')}〜${wage.max.toLocaleString('ja-JP')}円`,
    speech: `時給${wage.min}から${wage.max}円`,
  };
  const area = listing.area && {
    text: listing.area.prefecture + (listing.area.municipality ?? '').replace(/\s+/gu, ''),
    speech: listing.area.prefecture + (listing.area.municipality ?? '').replace(/\s+/gu, ''),
  };
  return {
    id: listing.id,
    index,
    title: listing.title,
    company: listing.company ?? null,
    pay: pay ?? null,
    area: area ?? null,
    jobTypes: [...listing.jobTypeIds],
    meets: [],
    misses: [],
    hours: [],
    why: { text: 'これまでのお答えから選びました。', speech: 'これまでのお答えから選びました。' },
    match: 'exact',
    url: listing.url,
  };
}
