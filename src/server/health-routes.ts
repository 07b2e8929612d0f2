import express from 'express';
import { SessionStoreFullError, type SessionStore } from '../session';

export interface Readiness {
  /** Catalogue and model loaded (the app is only built after they are, but a swap could unset them). */
  dataLoaded: () => boolean;
  store: SessionStore;
  /** True once shutdown began: the load balancer should stop sending new work. */
  draining: () => boolean;
  pingTimeoutMs?: number;
}

/** `/healthz`: the process answers. `/readyz`: it can serve turns right now. */
export function healthRouter(readiness: Readiness): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const data = readiness.dataLoaded();
    const store = await pingWithin(readiness.store, readiness.pingTimeoutMs ?? 2000);
    const draining = readiness.draining();
    const checks = {
      catalog: data ? 'ok' : 'missing',
      model: data ? 'ok' : 'missing',
      sessionStore: store,
      accepting: draining ? 'draining' : 'ok',
    };
    res.set('Cache-Control', 'no-store');
    if (data && store === 'ok' && !draining) {
      res.json({ status: 'ready', checks });
      return;
    }
    const message = draining
      ? 'Shutting down'
      : !data
        ? 'Catalogue or model not loaded'
        : store === 'full'
          ? 'Session store full'
          : 'Session store unavailable';
    res.locals.errorCode = 'not_ready';
    res
      .status(503)
      .set('Retry-After', '2')
      .json({ error: { code: 'not_ready', message }, checks });
  });
  return router;
}

/** `full`: the store answers but refuses writes for want of memory, so turns would fail all the same. */
type StoreState = 'ok' | 'unavailable' | 'full';

async function pingWithin(store: SessionStore, timeoutMs: number): Promise<StoreState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<StoreState>((resolve) => {
    timer = setTimeout(() => resolve('unavailable'), timeoutMs);
  });
  try {
    return await Promise.race([store.ping().then((): StoreState => 'ok'), timeout]);
  } catch (error) {
    return error instanceof SessionStoreFullError ? 'full' : 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}
