import { loadConfig } from '../config';
import { createLogger } from '../logging';
import { startServer } from '../server';
import { createRedisClient } from '../session';

/**
 * The server under benchmark, in its own process so the load generator does not share its event loop. Started
 * by http-benchmark.ts with IPC; reports `{ port }`, stops on 'stop'. Loopback only; rate limits off, and loopback
 * counts as the load balancer (no per-address connection cap).
 */
async function main(): Promise<void> {
  const redisUrl = process.env.BENCH_REDIS_URL;
  const namespace = process.env.BENCH_NAMESPACE;
  const qaToken = process.env.BENCH_QA_TOKEN;
  if (
    redisUrl === undefined ||
    namespace === undefined ||
    qaToken === undefined ||
    process.send === undefined
  ) {
    throw new Error('http-server-child is started by the HTTP benchmark only');
  }
  const config = loadConfig({
    ...process.env,
    REDIS_URL: redisUrl,
    SESSION_NAMESPACE: namespace,
    SESSION_TTL_SECONDS: '600',
    RATE_LIMIT_ENABLED: 'false',
    // The load generator holds its connections as the load balancer would: many, kept alive, from one address.
    LOAD_BALANCER_RANGES: '127.0.0.0/8',
    LOG_LEVEL: 'info',
    WEB_QA_TOKEN: qaToken,
  });
  const logger = createLogger({ level: config.log.level });
  const floorClient = createRedisClient(redisUrl);
  const running = await startServer(config, {
    logger,
    host: '127.0.0.1',
    port: 0,
    metricsPort: 0,
    benchFloor: floorClient,
  });
  process.on('message', (message) => {
    if (message !== 'stop') return;
    void running.close().then(async () => {
      await floorClient.quit().catch(() => floorClient.disconnect());
      process.exit(0);
    });
  });
  process.send({ port: running.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
