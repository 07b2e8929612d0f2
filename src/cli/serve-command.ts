import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logging';
import { exitOnSignals, reloadOnHangup, startServer } from '../server';
import { numberOption } from './options';

export const SERVE_USAGE =
  'soudan serve [--port N]   (HTTP API + web chat; configured by environment, see README)';

/**
 * `soudan serve`: reads the environment, starts the server (generating the bundled sample on first use) and
 * runs until SIGTERM or SIGINT (SIGHUP reloads model and catalogue), then shuts down gracefully and exits 0. Resolves only if start-up fails (throws).
 */
export async function serveCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
  const config = loadConfig();
  const port = numberOption(values, 'port', config.server.port, { min: 0, max: 65535, integer: true });
  const logger = createLogger({ level: config.log.level, write: (line) => out(line.replace(/\n$/, '')) });
  const running = await startServer(config, { logger, port });
  exitOnSignals(running.close, logger);
  reloadOnHangup(running.reload, logger);
  // Keep the command pending: the process ends through the signal handler.
  return new Promise<number>(() => undefined);
}
