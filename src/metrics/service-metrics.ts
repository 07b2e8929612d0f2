import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ChannelObserver, SkippedEventReason, TurnEvent } from '../channels/shared';

/** Which loaded version the metrics name: a label, so a roll-back shows as a step in the graph. */
export interface DataVersions {
  readonly model: string;
  readonly catalog: string;
  readonly strategy: string;
}

export type ReloadResult = 'loaded' | 'refused';

/**
 * The service's Prometheus metrics, in a registry of their own (tests build as many as they like). Label values
 * come from closed sets — channel names, dialogue acts, status classes — never from user input.
 */
export class ServiceMetrics implements ChannelObserver {
  readonly registry = new Registry();
  private readonly turns: Counter<'channel' | 'act' | 'outcome'>;
  private readonly turnSeconds: Histogram<'channel'>;
  private readonly storeErrors: Counter<'operation' | 'error'>;
  private readonly corruptEntries: Counter<'reason'>;
  private readonly storeFullGauge: Gauge;
  private readonly connectionsRefused: Counter<'reason'>;
  private openConnections: () => number = () => 0;
  private readonly httpResponses: Counter<'status_class'>;
  private readonly signatureFailures: Counter<'channel'>;
  private readonly skippedEvents: Counter<'channel' | 'reason'>;
  private readonly modelInfo: Gauge<'version' | 'strategy'>;
  private readonly catalogInfo: Gauge<'version'>;
  private readonly reloads: Counter<'result'>;
  private readonly conversions: Counter<'result'>;
  private readonly linkRefusals: Counter<'reason'>;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.turns = new Counter({
      name: 'soudan_turns_total',
      help: 'Dialogue turns by channel, the act answered with, and outcome (ok, store_unavailable, conflict, failed).',
      labelNames: ['channel', 'act', 'outcome'],
      registers,
    });
    this.turnSeconds = new Histogram({
      name: 'soudan_turn_duration_seconds',
      help: 'Time from the start of a turn to its stored state, session store included, by channel.',
      labelNames: ['channel'],
      // Measured p99 is 2–34 ms (README benchmarks); the alert is at 250 ms.
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.storeErrors = new Counter({
      name: 'soudan_session_store_errors_total',
      help: 'Session store operations that failed, by operation and error class.',
      labelNames: ['operation', 'error'],
      registers,
    });
    this.corruptEntries = new Counter({
      name: 'soudan_session_entries_corrupt_total',
      help: 'Session entries read as absent because this service did not write them (wrong_type, malformed).',
      labelNames: ['reason'],
      registers,
    });
    this.storeFullGauge = new Gauge({
      name: 'soudan_session_store_full',
      help: 'Whether the last readiness check found the session store out of memory and refusing writes (1) or not (0).',
      registers,
    });
    this.connectionsRefused = new Counter({
      name: 'soudan_http_connections_refused_total',
      help: 'Connections closed on arrival: server_full (HTTP_MAX_CONNECTIONS) or client_limit (per address).',
      labelNames: ['reason'],
      registers,
    });
    const open = (): number => this.openConnections();
    new Gauge({
      name: 'soudan_http_open_connections',
      help: 'Connections open on the public port.',
      registers,
      collect() {
        this.set(open());
      },
    });
    this.httpResponses = new Counter({
      name: 'soudan_http_responses_total',
      help: 'HTTP responses on the public port by status class (2xx, 3xx, 4xx, 5xx).',
      labelNames: ['status_class'],
      registers,
    });
    this.signatureFailures = new Counter({
      name: 'soudan_signature_failures_total',
      help: 'Platform requests refused because their signature or token did not verify, by channel.',
      labelNames: ['channel'],
      registers,
    });
    this.skippedEvents = new Counter({
      name: 'soudan_channel_events_skipped_total',
      help: 'Correctly signed platform events acknowledged without a turn, by channel and reason (stale, future, undated, duplicate).',
      labelNames: ['channel', 'reason'],
      registers,
    });
    this.modelInfo = new Gauge({
      name: 'soudan_model_info',
      help: 'The co-view model serving turns (value 1), by version and strategy.',
      labelNames: ['version', 'strategy'],
      registers,
    });
    this.catalogInfo = new Gauge({
      name: 'soudan_catalog_info',
      help: 'The catalogue serving turns (value 1), by version.',
      labelNames: ['version'],
      registers,
    });
    this.reloads = new Counter({
      name: 'soudan_data_reloads_total',
      help: 'Model and catalogue reloads (SIGHUP) by result: loaded, or refused (the last good one kept serving).',
      labelNames: ['result'],
      registers,
    });
    for (const status_class of ['2xx', '3xx', '4xx', '5xx']) this.httpResponses.inc({ status_class }, 0);
    for (const result of ['loaded', 'refused']) this.reloads.inc({ result }, 0);
    this.conversions = new Counter({
      name: 'soudan_conversions_total',
      help: 'Conversion reports by result: recorded, duplicate, or refused_<reason> (unsigned, signature, stale, future, malformed).',
      labelNames: ['result'],
      registers,
    });
    this.linkRefusals = new Counter({
      name: 'soudan_job_links_refused_total',
      help: 'Job links (/r/<token>) answered with an error page, by reason (malformed, signature, expired, unknown_job).',
      labelNames: ['reason'],
      registers,
    });
    for (const reason of ['wrong_type', 'malformed']) this.corruptEntries.inc({ reason }, 0);
    for (const reason of ['server_full', 'client_limit']) this.connectionsRefused.inc({ reason }, 0);
    if (options.defaultMetrics === true) collectDefaultMetrics({ register: this.registry });
  }

  turnFinished(event: TurnEvent): void {
    this.turns.inc({ channel: event.channel, act: event.act ?? 'none', outcome: event.outcome });
    this.turnSeconds.observe({ channel: event.channel }, event.seconds);
  }

  signatureRejected(channel: string): void {
    this.signatureFailures.inc({ channel });
  }

  eventSkipped(channel: string, reason: SkippedEventReason): void {
    this.skippedEvents.inc({ channel, reason });
  }

  storeFailed(operation: string, error: unknown): void {
    const name = error instanceof Error ? error.name : 'Unknown';
    this.storeErrors.inc({ operation, error: name });
  }

  connectionRefused(reason: string): void {
    this.connectionsRefused.inc({ reason });
  }

  /** Where the open-connections gauge reads its value at each scrape. */
  watchOpenConnections(count: () => number): void {
    this.openConnections = count;
  }

  storeFull(full: boolean): void {
    this.storeFullGauge.set(full ? 1 : 0);
  }

  sessionEntryCorrupt(reason: string): void {
    this.corruptEntries.inc({ reason });
  }

  httpResponse(status: number): void {
    const status_class = status >= 200 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
    this.httpResponses.inc({ status_class });
  }

  dataLoaded(versions: DataVersions): void {
    this.modelInfo.reset();
    this.modelInfo.set({ version: versions.model, strategy: versions.strategy }, 1);
    this.catalogInfo.reset();
    this.catalogInfo.set({ version: versions.catalog }, 1);
  }

  conversion(result: string): void {
    this.conversions.inc({ result });
  }

  linkRefused(reason: string): void {
    this.linkRefusals.inc({ reason });
  }

  reloaded(result: ReloadResult): void {
    this.reloads.inc({ result });
  }
}
