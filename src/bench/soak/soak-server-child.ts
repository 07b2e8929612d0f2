import { loadConfig } from '../../config';
import { createLogger } from '../../logging';
import { startServer } from '../../server';

/**
 * The service under soak, in its own process (as in production, and so its memory is its own), started by
 * soak-benchmark.ts with IPC: reports `{ port, metricsPort }`, stops on 'stop'. Loopback only; rate limits off.
 * Alexa and Google run without request verification and Teams in emulator mode (allowed outside production);
 * LINE is signed for real.
 */
async function main(): Promise<void> {
  const { SOAK_REDIS_URL, SOAK_LINE_API, SOAK_LINE_SECRET, SOAK_QA_TOKEN } = process.env;
  if (
    !SOAK_REDIS_URL ||
    !SOAK_LINE_API ||
    !SOAK_LINE_SECRET ||
    !SOAK_QA_TOKEN ||
    process.send === undefined
  ) {
    throw new Error('soak-server-child is started by the soak benchmark only');
  }
  const config = loadConfig({
    NODE_ENV: 'development',
    REDIS_URL: SOAK_REDIS_URL,
    SESSION_NAMESPACE: 'soak',
    SESSION_TTL_SECONDS: '900',
    RATE_LIMIT_ENABLED: 'false',
    // The load generator holds its connections as the load balancer would: many, kept alive, from one address.
    LOAD_BALANCER_RANGES: '127.0.0.0/8',
    LOG_LEVEL: 'warn',
    CHANNELS: 'alexa,google,line,teams',
    ALEXA_VERIFY_SIGNATURE: 'false',
    LINE_CHANNEL_SECRET: SOAK_LINE_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: 'soak-token',
    LINE_API_BASE_URL: SOAK_LINE_API,
    WEB_QA_TOKEN: SOAK_QA_TOKEN,
  });
  const running = await startServer(config, {
    logger: createLogger({ level: config.log.level }),
    host: '127.0.0.1',
    port: 0,
    metricsPort: 0,
  });
  process.on('message', (message) => {
    if (message === 'stop') void running.close().then(() => process.exit(0));
  });
  process.send({ port: running.port, metricsPort: running.metricsPort });
}

main().catch((error: unknown) => {
  process.stderr.write(`soak server failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
