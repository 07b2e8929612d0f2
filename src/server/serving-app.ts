import type { RequestListener } from 'node:http';
import type { Config } from '../config';
import { SoudanError } from '../errors';
import type { Logger } from '../logging';
import type { ServiceMetrics } from '../metrics';
import { loadData, type LoadedData } from './load-service';

/** What is served now: the app built on one loaded model and catalogue. */
export interface ServingVersion {
  readonly data: LoadedData;
  readonly handler: RequestListener;
  readonly versions: { model: string; catalog: string; strategy: string };
}

/** Builds the request handler for freshly loaded data; throws when the data fails its trial. */
export type AppBuilder = (data: LoadedData) => RequestListener;

/**
 * Holds the serving version and swaps it whole on reload, so a request sees one model and one catalogue from
 * start to end (in-flight requests finish on the version they began on). A new version that cannot be read,
 * fails validation or fails its trial conversation is refused and the last good one keeps serving.
 */
export class ServingApp {
  private version: ServingVersion;
  private reloading: Promise<boolean> | null = null;

  private constructor(
    private readonly config: Config,
    private readonly build: AppBuilder,
    private readonly logger: Logger,
    private readonly metrics: ServiceMetrics,
    first: ServingVersion,
  ) {
    this.version = first;
  }

  /** Loads and builds the first version; without one the service must not start, so this throws. */
  static async start(config: Config, build: AppBuilder, logger: Logger, metrics: ServiceMetrics) {
    const first = await loadVersion(config, build);
    metrics.dataLoaded(first.versions);
    return new ServingApp(config, build, logger, metrics, first);
  }

  get current(): ServingVersion {
    return this.version;
  }

  /** The request listener for node:http: always the current version's. */
  readonly handle: RequestListener = (req, res) => this.version.handler(req, res);

  /** Reloads from the configured paths; resolves true when the new version serves. Reloads never overlap. */
  reload(): Promise<boolean> {
    this.reloading ??= this.reloadOnce().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  private async reloadOnce(): Promise<boolean> {
    const previous = this.version.versions;
    try {
      const next = await loadVersion(this.config, this.build);
      this.version = next;
      this.metrics.dataLoaded(next.versions);
      this.metrics.reloaded('loaded');
      this.logger.info('data reloaded', {
        model: next.versions.model,
        catalog: next.versions.catalog,
        previousModel: previous.model,
        previousCatalog: previous.catalog,
        modelPath: this.config.data.modelPath,
        catalogDir: this.config.data.catalogDir,
      });
      return true;
    } catch (error) {
      this.metrics.reloaded('refused');
      this.logger.error('data reload refused: the last good version keeps serving', {
        // Bad data is an expected refusal: name, message and context (file, line, field), no stack trace.
        err:
          error instanceof SoudanError
            ? { name: error.name, message: error.message, context: error.context }
            : error,
        servingModel: previous.model,
        servingCatalog: previous.catalog,
        modelPath: this.config.data.modelPath,
        catalogDir: this.config.data.catalogDir,
      });
      return false;
    }
  }
}

async function loadVersion(config: Config, build: AppBuilder): Promise<ServingVersion> {
  const data = await loadData(config);
  const handler = build(data);
  return {
    data,
    handler,
    versions: {
      model: shortChecksum(data.modelChecksum),
      catalog: shortChecksum(data.catalog.checksum),
      strategy: config.strategy,
    },
  };
}

/** 12 hex digits name a version in logs and metrics; the full checksum is in the files. */
function shortChecksum(checksum: string): string {
  return checksum.replace(/^sha256:/, '').slice(0, 12);
}
