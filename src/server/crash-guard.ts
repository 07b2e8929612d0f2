import type { Logger } from '../logging';

/**
 * The last line of defence, for a bug no request should be able to reach. A rejected promise nobody awaited is
 * logged and the process goes on: Node's default would end every conversation on the pod for one request.
 * An uncaught exception leaves the process in an unknown state, so it is logged, the server drains as on
 * SIGTERM and the process exits 1 (Kubernetes starts a new one); it never dies silently mid-response.
 */
export function guardAgainstCrashes(
  close: () => Promise<void>,
  logger: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  let closing = false;
  const onRejection = (reason: unknown): void => {
    logger.error('unhandled promise rejection', { err: reason });
  };
  const onException = (error: Error): void => {
    logger.error('uncaught exception: draining and exiting', { err: error });
    if (closing) return;
    closing = true;
    close().then(
      () => exit(1),
      () => exit(1),
    );
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
