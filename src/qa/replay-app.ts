import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelConfig, loadConfig } from '../config';
import { createLogger } from '../logging';
import { alexaRouter } from '../channels/alexa';
import { AlexaRequestVerifier } from '../channels/alexa/verify';
import { googleRouter } from '../channels/google';
import { lineRouter } from '../channels/line';
import { teamsRouter } from '../channels/teams';
import { createApp, createDialoguePort, loadData } from '../server';
import { createRedisClient, MemorySessionStore, RedisSessionStore } from '../session';
import { MemorySavedJobsStore } from '../saved';
import { ScriptError } from './script-error';
import { RedisCutProxy } from './redis-cut-proxy';
import type { ReplayChannel } from './script';
import { alexaDriver } from './channels/alexa-driver';
import type { ChannelDriver } from './channels/driver';
import { googleDriver } from './channels/google-driver';
import { LineApiSink } from './channels/line-api-sink';
import { lineDriver } from './channels/line-driver';
import { TEAMS_SERVICE_URL, teamsDriver } from './channels/teams-driver';
import { createQaLab, labSigners } from './qa-lab';
import { qaTrustedChannels } from '../server/qa-trust-channels';
import { webDriver } from './channels/web-driver';
import type { VariantLookup } from './check-expectation';
import { DialogueTap } from './dialogue-tap';
import { localeVariants } from './locale-variants';
import { understander } from './understand';
import { startAlexaLab, type AlexaLab } from './alexa-lab-pki';
import { pageErrorWords } from './page-error-words';
import type { UnderstandingReport } from '../cli/describe-utterance';
import type { OpenQuestion, Suggestion } from '../dialogue/types';
import type { Locale } from '../nlu';

/** The skill id the replay's Alexa requests carry and its in-process app checks. */
const QA_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000qa00';
/** The Actions project and the bot's app id the run's tokens are made for. */
const QA_PROJECT_ID = 'soudan-qa-replay';
const QA_APP_ID = '00000000-0000-4000-8000-0000000000qa';

interface SessionStoreSwitch {
  readonly isDown: boolean;
  down(): Promise<void>;
  /** Resolves once the service's Redis client is connected again. */
  up(): Promise<void>;
}

export interface ReplayAppOptions {
  /**
   * Sessions in this Redis (a namespace of the run's own), reached through a loopback proxy the replay can cut:
   * what `sessionStore: down` needs. Default: memory sessions.
   */
  readonly redisUrl?: string;
  /** A fixed catalogue and model for the suite; default: the bundled sample. */
  readonly catalogDir?: string;
  readonly modelPath?: string;
}

/** The real app (createApp, every channel router, memory sessions) on loopback, and a driver per channel. */
export interface ReplayApp {
  /** Where the app listens (loopback). */
  readonly baseUrl: string;
  readonly drivers: Readonly<Record<ReplayChannel, ChannelDriver>>;
  /** Cuts the service off from Redis and back (in-process with --redis only). */
  readonly sessionStore?: SessionStoreSwitch | null;
  /** The dialogue's own replies: in-process only (null against a URL). */
  readonly tap: DialogueTap | null;
  /** Message variants by locale key, for `says:` checks. */
  readonly variants: VariantLookup;
  /** Without the dialogue's reply: the words a voice user says for a button (see postbackWords). */
  readonly buttonWords?: (postback: string) => Suggestion | null;
  understand(
    text: string,
    open: Pick<OpenQuestion, 'kind' | 'id'> | null,
    locale: Locale,
  ): UnderstandingReport;
  close(): Promise<void>;
}

/**
 * Builds the service in this process as `soudan serve` would, but from its own settings only (never the
 * caller's environment): secrets made up for this run (the LINE channel secret the driver signs with, the QA
 * token), Alexa requests signed with a certificate chain of a throwaway root only this app trusts, Google's
 * and Teams' tokens signed with a throwaway lab's keys (see qaTrustedChannels), rate limits off, LINE's API a
 * local sink.
 */
export async function startReplayApp(
  options: ReplayAppOptions = {},
): Promise<ReplayApp & { readonly tap: DialogueTap }> {
  const sink = await new LineApiSink().start();
  const alexaLab = await startAlexaLab();
  try {
    return await assemble(options, sink, alexaLab);
  } catch (error) {
    // 「no model at MODEL_PATH」: say so and end; the stand-ins already listening would keep the process alive.
    await sink.stop();
    await alexaLab.close();
    throw error;
  }
}

async function assemble(
  options: ReplayAppOptions,
  sink: LineApiSink,
  alexaLab: AlexaLab,
): Promise<ReplayApp & { readonly tap: DialogueTap }> {
  // Google's and Teams' tokens are signed with a lab made for this run, trusted as QA_TRUST_FILE would be.
  const lab = createQaLab(1);
  const signers = labSigners(lab.keys);
  const secret = (): string => randomBytes(24).toString('base64url');
  const lineSecret = secret();
  const qaToken = secret();
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    METRICS_PORT: '0',
    // A namespace per run: a shared Redis never mixes two runs' conversations.
    SESSION_NAMESPACE: `qa-replay-${randomBytes(6).toString('hex')}`,
    PUBLIC_BASE_URL: 'https://soudan.example.jp',
    RATE_LIMIT_ENABLED: 'false',
    CHANNELS: 'alexa,google,line,teams',
    WEB_QA_TOKEN: qaToken,
    WEB_CONVERSATION_SECRET: secret(),
    LINE_CHANNEL_SECRET: lineSecret,
    LINE_CHANNEL_ACCESS_TOKEN: secret(),
    LINE_API_BASE_URL: sink.url,
    ALEXA_SKILL_ID: QA_SKILL_ID,
    ALEXA_VERIFY_SIGNATURE: 'true',
    GOOGLE_PROJECT_ID: QA_PROJECT_ID,
    MICROSOFT_APP_ID: QA_APP_ID,
    MICROSOFT_APP_PASSWORD: secret(),
    ...(options.catalogDir === undefined ? {} : { CATALOG_DIR: options.catalogDir }),
    ...(options.modelPath === undefined ? {} : { MODEL_PATH: options.modelPath }),
  });
  const logger = createLogger({ level: 'silent' });
  const data = await loadData(config);
  const tap = new DialogueTap(createDialoguePort(data, config));
  const redis = options.redisUrl === undefined ? null : await cuttableRedis(options.redisUrl);
  const store = redis?.store ?? new MemorySessionStore();
  // One saved-jobs store for every channel, as start-server gives them (createApp only defaults the web's).
  const saved = new MemorySavedJobsStore({ ttlSeconds: config.session.savedJobsTtlSeconds });
  const deps = { config, logger, dialogue: tap, store, saved, catalog: data.catalog };
  const trusted = await qaTrustedChannels(config, lab.trust, logger);
  // The routers channelRouters mounts, every one verifying its platform's signature against the run's lab;
  // Alexa's verifier downloads the chain from a stand-in for S3, as in production.
  // Voice channels take the dialogue paged for speech, as channelRouters gives it them.
  const spoken = { ...deps, dialogue: tap.voice ?? tap };
  const channels = [
    alexaRouter(
      { ...spoken, config: channelConfig(config, 'alexa') },
      { verifier: new AlexaRequestVerifier(alexaLab.verifier) },
    ),
    googleRouter(
      { ...spoken, config: channelConfig(config, 'google') },
      { certificates: trusted.googleCertificates },
    ),
    lineRouter({ ...deps, config: channelConfig(config, 'line') }),
    teamsRouter({ ...deps, config: channelConfig(config, 'teams') }, { authOverrides: trusted.teamsAuth }),
  ];
  const app = createApp(deps, { channels });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    drivers: {
      web: webDriver(base, qaToken, { pageWords: pageErrorWords(), retry: false }),
      line: lineDriver(base, lineSecret, sink),
      alexa: alexaDriver(base, QA_SKILL_ID, alexaLab.sign),
      google: googleDriver(`${base}/webhooks/google`, () => signers.google(QA_PROJECT_ID)),
      teams: teamsDriver(`${base}/webhooks/teams`, () => signers.teams(QA_APP_ID, TEAMS_SERVICE_URL)),
    },
    tap,
    sessionStore: redis?.control ?? null,
    variants: localeVariants(),
    understand: understander(data.catalog),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await redis?.proxy.stop();
      await sink.stop();
      await alexaLab.close();
      await trusted.close();
    },
  };
}

/** How long `sessionStore: up` waits for the service's client to reconnect. */
const RECONNECT_LIMIT_MS = 10_000;

/** The service's Redis session store, reached through a proxy the replay cuts and restores. */
async function cuttableRedis(
  url: string,
): Promise<{ store: RedisSessionStore; proxy: RedisCutProxy; control: SessionStoreSwitch }> {
  let target: URL;
  try {
    target = new URL(url);
    if (target.protocol !== 'redis:') throw new Error('not redis://');
  } catch (cause) {
    throw new ScriptError(`--redis must be a redis:// URL (TLS is not proxied), got ${JSON.stringify(url)}`, {
      cause,
    });
  }
  const proxy = new RedisCutProxy({ host: target.hostname, port: Number(target.port || 6379) });
  const port = await proxy.start();
  const through = new URL(target.href);
  through.hostname = '127.0.0.1';
  through.port = String(port);
  // Reconnect quickly once the proxy lets connections through again; connection errors are the point here.
  const client = createRedisClient(through.href, { log: () => undefined, maxBackoffMs: 100 });
  try {
    await connected(client, 5000);
    await client.ping();
  } catch (cause) {
    client.disconnect();
    await proxy.stop();
    throw new ScriptError(`--redis ${target.host}: Redis does not answer`, { cause });
  }
  const store = new RedisSessionStore(client);
  const control: SessionStoreSwitch = {
    get isDown() {
      return proxy.isDown;
    },
    down() {
      proxy.down();
      return Promise.resolve();
    },
    async up() {
      proxy.up();
      await connected(client, RECONNECT_LIMIT_MS);
    },
  };
  return { store, proxy, control };
}

/** Waits (polling) until the client is ready. */
async function connected(client: { readonly status: string }, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (client.status !== 'ready') {
    if (Date.now() > deadline) {
      throw new ScriptError(`the session store did not connect within ${limitMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
