import type { Logger } from '../logging';

/**
 * SIGHUP reloads model and catalogue from their configured paths (see ServingApp.reload): how an operator rolls
 * a new model forward or back without a restart. The outcome is logged by the reload itself.
 */
export function reloadOnHangup(reload: () => Promise<boolean>, logger: Logger): () => void {
  const onHangup = (): void => {
    logger.info('reload requested', { signal: 'SIGHUP' });
    reload().catch((error: unknown) => logger.error('reload failed', { err: error }));
  };
  process.on('SIGHUP', onHangup);
  return () => process.off('SIGHUP', onHangup);
}
