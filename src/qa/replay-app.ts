import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config';
import { createLogger } from '../logging';
import { alexaRouter } from '../channels/alexa';
import { AlexaRequestVerifier } from '../channels/alexa/verify';
import { googleRouter } from '../channels/google';
import { lineRouter } from '../channels/line';
import { teamsRouter } from '../channels/teams';
import { createApp, createDialoguePort, loadData } from '../server';
import { MemorySessionStore } from '../session';
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
import { startAlexaLab } from './alexa-lab-pki';
import type { UnderstandingReport } from '../cli/describe-utterance';
import type { OpenQuestion, Suggestion } from '../dialogue/types';
import type { Locale } from '../nlu';

/** The skill id the replay's Alexa requests carry and its in-process app checks. */
const QA_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000qa00';
/** The Actions project and the bot's app id the run's tokens are made for. */
const QA_PROJECT_ID = 'soudan-qa-replay';
const QA_APP_ID = '00000000-0000-4000-8000-0000000000qa';

export interface ReplayAppOptions {
  /** A fixed catalogue and model for the suite; default: the bundled sample. */
  readonly catalogDir?: string;
  readonly modelPath?: string;
}

/** The real app (createApp, every channel router, memory sessions) on loopback, and a driver per channel. */
export interface ReplayApp {
  /** Where the app listens (loopback). */
  readonly baseUrl: string;
  readonly drivers: Readonly<Record<ReplayChannel, ChannelDriver>>;
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
    SESSION_NAMESPACE: 'qa-replay',
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
  const store = new MemorySessionStore();
  const deps = { config, logger, dialogue: tap, store, catalog: data.catalog };
  const trusted = await qaTrustedChannels(config, lab.trust, logger);
  // The routers channelRouters mounts, every one verifying its platform's signature against the run's lab;
  // Alexa's verifier downloads the chain from a stand-in for S3, as in production.
  const channels = [
    alexaRouter(deps, { verifier: new AlexaRequestVerifier(alexaLab.verifier) }),
    googleRouter(deps, { certificates: trusted.googleCertificates }),
    lineRouter(deps),
    teamsRouter(deps, { authOverrides: trusted.teamsAuth }),
  ];
  const app = createApp(deps, { channels });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    drivers: {
      web: webDriver(base, qaToken),
      line: lineDriver(base, lineSecret, sink),
      alexa: alexaDriver(base, QA_SKILL_ID, alexaLab.sign),
      google: googleDriver(`${base}/webhooks/google`, () => signers.google(QA_PROJECT_ID)),
      teams: teamsDriver(`${base}/webhooks/teams`, () => signers.teams(QA_APP_ID, TEAMS_SERVICE_URL)),
    },
    tap,
    variants: localeVariants(),
    understand: understander(data.catalog),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await sink.stop();
      await alexaLab.close();
      await trusted.close();
    },
  };
}
