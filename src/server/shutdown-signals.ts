import type { Logger } from '../logging';

/**
 * SIGTERM (Kubernetes) and SIGINT (Ctrl-C) close the server gracefully, then exit 0 (1 if closing failed).
 * A second signal while closing exits at once.
 */
export function exitOnSignals(
  close: () => Promise<void>,
  logger: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn('second signal: exiting now', { signal });
      exit(1);
      return;
    }
    stopping = true;
    logger.info('shutting down', { signal });
    close().then(
      () => exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { err: error });
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
