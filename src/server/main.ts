import { ConfigError, loadConfig } from '../config';
import { SoudanError } from '../errors';
import { createLogger } from '../logging';
import { guardAgainstCrashes } from './crash-guard';
import { reloadOnHangup } from './reload-signal';
import { exitOnSignals } from './shutdown-signals';
import { startServer } from './start-server';

/** `node dist/server/main.js`: the container entry point. Configuration comes from the environment only. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`soudan: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.log.level });
  try {
    const running = await startServer(config, { logger });
    exitOnSignals(running.close, logger);
    guardAgainstCrashes(running.close, logger);
    reloadOnHangup(running.reload, logger);
  } catch (error) {
    // Bad data or a taken port: one clear line, no stack trace for errors we raise on purpose.
    logger.error('start-up failed', {
      err: error instanceof SoudanError ? { name: error.name, message: error.message } : error,
    });
    process.exit(1);
  }
}

void main();
