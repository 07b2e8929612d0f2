import express from 'express';
import type { Redis } from 'ioredis';
import { CONVERSATION_ID, MAX_BODY_BYTES } from '../channels/web';
import { sessionKey } from '../session';

export const BENCH_FLOOR_PATH = '/bench/floor';

/**
 * Benchmark only, mounted when the app is built with `benchFloor`: the same JSON parsing as a turn, then one
 * Redis GET and one SET and a small JSON reply. What a turn costs above this is the dialogue and our own code.
 */
export function benchFloorRouter(redis: Redis, namespace: string): express.Router {
  const router = express.Router();
  router.post(BENCH_FLOOR_PATH, express.json({ limit: MAX_BODY_BYTES }), async (req, res) => {
    const id = (req.body as { conversationId?: unknown } | undefined)?.conversationId;
    if (typeof id !== 'string' || !CONVERSATION_ID.test(id)) {
      res.status(400).json({ error: { code: 'invalid_request', message: 'conversationId is required' } });
      return;
    }
    const key = sessionKey(namespace, 'benchfloor', id);
    const previous = await redis.get(key);
    const turn = (previous === null ? 0 : Number(previous)) + 1;
    await redis.set(key, String(turn), 'EX', 600);
    res.json({ conversationId: id, turn });
  });
  return router;
}
