import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { ensureSample } from '../cli/setup-command';
import type { Config } from '../config';
import { createLogger, setIdHashSalt, type Logger } from '../logging';
import type { SessionStore } from '../session';
import { createApp, type Lifecycle } from './app';
import { channelRouters } from './channel-routers';
import { createDialoguePort } from './dialogue-binding';
import { loadData, type DialogueFactory, type LoadedData } from './load-service';
import { createSessionStore } from './session-store-factory';

export interface StartServerOptions {
  logger?: Logger;
  /** Interface to listen on. Default: all interfaces. */
  host?: string;
  /** Overrides config.server.port (0 = any free port). */
  port?: number;
  createDialogue?: DialogueFactory;
  /** Benchmark only: mount the floor endpoint on this Redis client. */
  benchFloor?: Redis;
  /** Where the start-up clock started (performance.now() scale). Default: process start. */
  startedAt?: number;
}

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  /** `http://127.0.0.1:<port>` — for tests and the benchmark. */
  readonly url: string;
  readonly store: SessionStore;
  readonly data: LoadedData;
  readonly logger: Logger;
  /** Graceful: stop accepting, let in-flight turns finish (up to SHUTDOWN_TIMEOUT_MS), close the store. */
  close(): Promise<void>;
}

/**
 * Everything `soudan serve` does before it answers: the bundled sample (generated on first use), catalogue and
 * model, session store, app, listening socket; then one start-up log line.
 */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  const startedAt = options.startedAt ?? 0;
  const logger = options.logger ?? createLogger({ level: config.log.level });
  setIdHashSalt(config.log.hashSalt);
  if (config.data.usesBundledSample) {
    await ensureSample((line) => logger.info('bundled sample', { detail: line }));
  }
  const data = await loadData(config);
  const dialogue = (options.createDialogue ?? createDialoguePort)(data, config);
  const created = createSessionStore(config, logger);
  const lifecycle: Lifecycle = { draining: false };
  const channels = channelRouters({ config, logger, dialogue, store: created.store, catalog: data.catalog });
  const app = createApp(
    { config, logger, dialogue, catalog: data.catalog, store: created.store, lifecycle },
    { benchFloor: options.benchFloor, channels },
  );
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  try {
    server.listen(options.port ?? config.server.port, options.host);
    await once(server, 'listening');
  } catch (error) {
    await created.store.close();
    throw error;
  }
  const storeReady = await created.firstContact(1500);
  const port = (server.address() as AddressInfo).port;
  logger.info('listening', {
    port,
    store: created.kind,
    storeReady,
    sessionNamespace: config.session.namespace,
    strategy: config.strategy,
    nodeEnv: config.nodeEnv,
    jobTypes: data.catalog.jobTypes.length,
    conditions: data.catalog.conditions.length,
    listings: data.catalog.listings.length,
    catalogChecksum: data.catalog.checksum.slice(0, 12),
    msToReady: Math.round(performance.now() - startedAt),
  });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= shutdown(server, created.store, lifecycle, config.server.shutdownTimeoutMs, logger);
    return closing;
  };
  return { server, port, url: `http://127.0.0.1:${port}`, store: created.store, data, logger, close };
}

async function shutdown(
  server: Server,
  store: SessionStore,
  lifecycle: Lifecycle,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  lifecycle.draining = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // close() drops idle keep-alive sockets once; sockets busy now turn idle after their turn, so sweep again.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    closed.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  clearInterval(sweeper);
  if (timedOut) {
    logger.warn('shutdown timeout: closing remaining connections', { timeoutMs });
    server.closeAllConnections();
    await closed;
  }
  await store.close();
  logger.info('stopped', { ms: Math.round(performance.now() - started) });
}
