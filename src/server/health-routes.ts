import express from 'express';
import type { SessionStore } from '../session';

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
      sessionStore: store ? 'ok' : 'unavailable',
      accepting: draining ? 'draining' : 'ok',
    };
    res.set('Cache-Control', 'no-store');
    if (data && store && !draining) {
      res.json({ status: 'ready', checks });
      return;
    }
    const message = draining
      ? 'Shutting down'
      : !data
        ? 'Catalogue or model not loaded'
        : 'Session store unavailable';
    res.locals.errorCode = 'not_ready';
    res
      .status(503)
      .set('Retry-After', '2')
      .json({ error: { code: 'not_ready', message }, checks });
  });
  return router;
}

async function pingWithin(store: SessionStore, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([store.ping().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
