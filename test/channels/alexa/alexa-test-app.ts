import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { alexaRouter } from '../../../src/channels/alexa';
import type { AlexaRequestVerifier } from '../../../src/channels/alexa/verify';
import type { DialoguePort } from '../../../src/channels/shared';
import { channelConfig, type Config } from '../../../src/config';
import { createLogger } from '../../../src/logging';
import { createApp, createDialoguePort, loadData, type LoadedData } from '../../../src/server';
import { MemorySessionStore, type SessionStore } from '../../../src/session';
import { testConfig } from '../../server/test-app';

let loaded: Promise<LoadedData> | undefined;
/** The bundled sample catalogue and model, loaded once per test file. */
export function sampleData(): Promise<LoadedData> {
  loaded ??= loadData(testConfig());
  return loaded;
}

export interface AlexaTestApp {
  url: string;
  store: SessionStore;
  dialogue: DialoguePort;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface AlexaTestAppOptions {
  env?: Record<string, string>;
  store?: SessionStore;
  verifier?: AlexaRequestVerifier;
  dialogue?: DialoguePort;
}

/** createApp with only the Alexa router as a channel, on a free loopback port, over the real sample data. */
export async function startAlexaApp(options: AlexaTestAppOptions = {}): Promise<AlexaTestApp> {
  const data = await sampleData();
  const config: Config = testConfig({ PUBLIC_BASE_URL: 'https://soudan.example.jp', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const store = options.store ?? new MemorySessionStore();
  const dialogue = options.dialogue ?? createDialoguePort(data, config);
  const router = alexaRouter(
    { config: channelConfig(config, 'alexa'), logger, dialogue, store, catalog: data.catalog },
    options.verifier === undefined ? {} : { verifier: options.verifier },
  );
  const app = createApp({ config, logger, dialogue, catalog: data.catalog, store }, { channels: [router] });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    dialogue,
    logs,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
