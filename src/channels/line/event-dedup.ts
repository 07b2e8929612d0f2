import { sessionKey, type SessionStore } from '../../session';
import type { EventMeta } from './line-events';

const SEEN_CHANNEL = 'line-event';

/**
 * What a delivery of an event is recognised by: its webhookEventId, or for an event without one its fingerprint
 * (ULIDs never contain ':', so the two kinds cannot meet).
 */
export function dedupId(meta: EventMeta): string {
  return meta.webhookEventId !== null && meta.webhookEventId !== ''
    ? meta.webhookEventId
    : `fp:${meta.fingerprint}`;
}

/**
 * Claims an event in the session store (shared by every replica): true the first time, false for a redelivery
 * or replay of an event some replica already took. The claim is a create-only compare-and-set that lives
 * `ttlSeconds` (see claimTtlSeconds: as long as the event could be accepted again).
 */
export async function claimEvent(
  store: SessionStore,
  namespace: string,
  id: string,
  ttlSeconds: number,
): Promise<boolean> {
  const key = sessionKey(namespace, SEEN_CHANNEL, id);
  const version = await store.compareAndSet(key, 0, '1', ttlSeconds);
  return version !== null;
}
