import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { ImportError } from '../catalog';
import { ModelError } from '../engine';
import { SoudanError } from '../errors';
import { ensureSample } from '../cli/setup-command';
import type { Config } from '../config';
import { createRenderer } from '../i18n';
import { createLogger, setIdHashSalt, type Logger } from '../logging';
import { InstrumentedSessionStore, ServiceMetrics, startMetricsServer, type MetricsServer } from '../metrics';
import type { SessionStore } from '../session';
import { linkBaseUrl } from '../config';
import { createApp, type Lifecycle } from './app';
import { channelRouters } from './channel-routers';
import { readQaTrust } from './qa-trust';
import { qaTrustedChannels } from './qa-trust-channels';
import { connectionsCheckingInterval, guardConnections } from './connection-guard';
import { createDialoguePort, LOCALES_DIR } from './dialogue-binding';
import type { DialogueFactory, LoadedData } from './load-service';
import { fitConnectionCap, openFileLimit } from './open-file-limit';
import { ServingApp } from './serving-app';
import { isAddressProblem, portError, StartupError } from './startup-error';
import { createSessionStore } from './session-store-factory';
import {
  createRedirectLinker,
  DISCARDING_SINK,
  experimentArms,
  experimentTap,
  fileEventSink,
  stdoutEventSink,
  type EventSink,
} from '../experiments';
import { experimentRouters } from './experiment-routers';
import { jobEventLog } from './job-event-log';

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
  /** Overrides config.metrics.port (0 = any free port, null = no metrics server). */
  metricsPort?: number | null;
  /** Node's process metrics (heap, event loop lag, GC) in the registry. Default: true. */
  defaultMetrics?: boolean;
}

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  /** `http://127.0.0.1:<port>` — for tests and the benchmark. */
  readonly url: string;
  readonly store: SessionStore;
  /** The catalogue, model and strategy serving now (changes on reload). */
  readonly data: LoadedData;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  /** null when metrics are off (METRICS_PORT=0). */
  readonly metricsPort: number | null;
  /** Loads model and catalogue again from the configured paths (SIGHUP); false = refused, the old one serves. */
  reload(): Promise<boolean>;
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
  const metrics = new ServiceMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  const lifecycle: Lifecycle = { draining: false };
  const created = createSessionStore(config, logger, {
    corruptEntry: (reason) => metrics.sessionEntryCorrupt(reason),
  });
  const store = new InstrumentedSessionStore(
    created.store,
    (operation, error) => metrics.storeFailed(operation, error),
    (full) => metrics.storeFull(full),
  );
  const trust = await readQaTrust(config.channels.qaTrustFile);
  const qaTrust = trust === null ? null : await qaTrustedChannels(config, trust, logger);
  const makeDialogue = options.createDialogue ?? createDialoguePort;
  const jobEvents = jobEventLog(logger);
  // Locales ship with the code: read them once, not once per channel and again on every reload.
  const renderer = createRenderer(LOCALES_DIR);
  const events = eventSink(config, logger);
  let serving: ServingApp;
  try {
    // Everything that reads the catalogue is rebuilt with it, so a reload swaps one consistent app.
    serving = await ServingApp.start(
      config,
      (data) => {
        const dialogue = makeDialogue(data, config, renderer);
        const arms = experimentArms(data.experiments, Date.now);
        const tap = experimentTap(arms, events.sink, (error) =>
          logger.error('experiment events of a turn lost', { err: error }),
        );
        // With LINK_SECRET every job link counts its click through /r/:token; without, links stay direct.
        const { linkSecrets, linkTtlSeconds } = config.experiments;
        const linker =
          linkSecrets.length > 0
            ? createRedirectLinker({
                baseUrl: linkBaseUrl(config),
                secrets: linkSecrets,
                ttlSeconds: linkTtlSeconds,
                arms,
              })
            : undefined;
        const deps = {
          config,
          logger,
          dialogue,
          store,
          saved: created.saved,
          jobEvents,
          catalog: data.catalog,
          observer: metrics,
          renderer,
          tap,
          ...(linker === undefined ? {} : { linker }),
        };
        const { catalog: indexed } = data.engine;
        const jobUrl = (id: string) => {
          const index = indexed.listingIndex(id);
          return index === undefined ? undefined : indexed.listings[index]?.url;
        };
        return createApp(
          { ...deps, lifecycle },
          {
            benchFloor: options.benchFloor,
            channels: channelRouters({ ...deps, qaTrust }),
            renderer,
            experimentRouters: experimentRouters({
              config,
              jobUrl,
              store,
              sink: events.sink,
              renderer,
              logger,
              metrics,
            }),
          },
        );
      },
      logger,
      metrics,
    );
  } catch (error) {
    await created.store.close();
    await events.close();
    await qaTrust?.close();
    throw nameDataSetting(error);
  }
  const limits = config.server;
  const fileLimit = openFileLimit();
  const maxConnections = fitConnectionCap(limits.maxConnections, fileLimit);
  if (maxConnections < limits.maxConnections) {
    logger.warn('HTTP_MAX_CONNECTIONS lowered to fit the open-file limit', {
      configured: limits.maxConnections,
      maxConnections,
      openFileLimit: fileLimit,
    });
  }
  const server = createServer({
    connectionsCheckingInterval: connectionsCheckingInterval(limits.headersTimeoutMs),
  });
  const guard = guardConnections(server, serving.handle, {
    maxConnections,
    maxPerClient: limits.maxConnectionsPerClient,
    keepAliveTimeoutMs: limits.keepAliveTimeoutMs,
    headersTimeoutMs: limits.headersTimeoutMs,
    requestTimeoutMs: limits.headersTimeoutMs + limits.bodyTimeoutMs,
    loadBalancerRanges: limits.loadBalancerRanges,
    onRefused: (reason) => metrics.connectionRefused(reason),
  });
  metrics.watchOpenConnections(guard.openConnections);
  let metricsServer: MetricsServer | null = null;
  try {
    const httpPort = options.port ?? config.server.port;
    try {
      server.listen(httpPort, options.host);
      await once(server, 'listening');
    } catch (error) {
      if (!isAddressProblem(error)) throw error;
      throw portError(error, httpPort, 'set PORT (or soudan serve --port) to a free port');
    }
    // An accept error (out of file descriptors) is an 'error' event: unheard, it would end the process.
    server.on('error', acceptErrorLog(logger));
    // METRICS_PORT=0 switches metrics off; the option's 0 means any free port (tests, benchmarks).
    const metricsPort =
      options.metricsPort !== undefined
        ? options.metricsPort
        : config.metrics.port === 0
          ? null
          : config.metrics.port;
    if (metricsPort !== null)
      metricsServer = await startMetrics(metrics, metricsPort, options.host, config, logger);
  } catch (error) {
    server.close();
    await created.store.close();
    throw error;
  }
  const storeReady = await created.firstContact(1500);
  const port = (server.address() as AddressInfo).port;
  const { data, versions } = serving.current;
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
    catalog: versions.catalog,
    model: versions.model,
    metricsPort: metricsServer?.port ?? null,
    maxConnections,
    openFileLimit: fileLimit,
    msToReady: Math.round(performance.now() - startedAt),
  });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= shutdown(server, store, lifecycle, config.server.shutdownTimeoutMs, logger).finally(
      async () => {
        metricsServer?.close();
        await qaTrust?.close();
        await events.close();
      },
    );
    return closing;
  };
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    store,
    get data() {
      return serving.current.data;
    },
    logger,
    metrics,
    metricsPort: metricsServer?.port ?? null,
    reload: () => serving.reload(),
    close,
  };
}

/**
 * EVENTS_FILE: `-` (the default in production) is stdout, where Cloud Logging picks the lines up and its sink
 * takes them to BigQuery; a path (a laptop) is a file; unset outside production, none are written.
 */
function eventSink(config: Config, logger: Logger): { sink: EventSink; close: () => Promise<void> } {
  const path = config.experiments.eventsFile;
  const done = () => Promise.resolve();
  if (path === '-') return { sink: stdoutEventSink(), close: done };
  if (path === null) return { sink: DISCARDING_SINK, close: done };
  const file = fileEventSink(path, (error) => logger.error('experiment events file failed', { err: error }));
  return { sink: file, close: () => file.close() };
}

/**
 * The metrics server. A taken METRICS_PORT stops a production start (the scraper would see nothing) but not
 * one elsewhere: a second `npm start` on a laptop warns and serves without metrics.
 */
async function startMetrics(
  metrics: ServiceMetrics,
  port: number,
  host: string | undefined,
  config: Config,
  logger: Logger,
): Promise<MetricsServer | null> {
  try {
    return await startMetricsServer(metrics.registry, port, host);
  } catch (error) {
    if (!isAddressProblem(error)) throw error;
    if (config.nodeEnv === 'production') {
      throw portError(
        error,
        port,
        'set METRICS_PORT to a free port (the scraper must be told), or 0 to switch metrics off',
      );
    }
    logger.warn('metrics port unavailable: serving without metrics', {
      metricsPort: port,
      code: error.code,
      setting: 'METRICS_PORT',
      remedy: 'set METRICS_PORT to a free port, or 0 to switch metrics off',
    });
    return null;
  }
}

/** A catalogue or model that cannot be served: the message says which variable points at it. */
function nameDataSetting(error: unknown): unknown {
  if (error instanceof ImportError) {
    return new StartupError(`${error.message} (set CATALOG_DIR to a valid catalogue directory)`, {
      cause: error,
    });
  }
  if (error instanceof ModelError) {
    return new StartupError(`${error.message} (set MODEL_PATH to a valid model file)`, { cause: error });
  }
  if (error instanceof SoudanError && !(error instanceof StartupError)) {
    return new StartupError(`${error.message} (check MODEL_PATH, CATALOG_DIR and STRATEGY)`, {
      cause: error,
    });
  }
  return error;
}

/** At most one line a minute: accept errors come in bursts. */
function acceptErrorLog(logger: Logger): (error: Error) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (error) => {
    const now = performance.now();
    if (now - lastAt < 60_000) {
      suppressed++;
      return;
    }
    lastAt = now;
    logger.warn('accepting a connection failed', {
      err: { name: error.name, message: error.message, code: (error as NodeJS.ErrnoException).code },
      suppressed,
    });
    suppressed = 0;
  };
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
