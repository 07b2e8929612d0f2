import express from 'express';
import type { Catalog } from '../catalog';

const CATALOG_PATH = '/api/v1/catalog';

/** `GET /api/v1/catalog`: job types (id, name, category) and conditions (id, name). Built once: it never changes. */
export function catalogRouter(catalog: Pick<Catalog, 'jobTypes' | 'conditions'>): express.Router {
  const body = JSON.stringify({
    jobTypes: catalog.jobTypes.map((t) => ({ id: t.id, name: t.name, category: t.category ?? null })),
    conditions: catalog.conditions.map((c) => ({ id: c.id, name: c.name })),
  });
  const router = express.Router();
  router.get(CATALOG_PATH, (_req, res) => {
    res.type('application/json').set('Cache-Control', 'public, max-age=300').send(body);
  });
  return router;
}
