import { sessionKey, type SessionStore } from '../../session';

/** LINE redelivers for a while after a failure; a day covers it with room to spare. */
export const SEEN_EVENT_TTL_SECONDS = 24 * 3600;
const SEEN_CHANNEL = 'line-event';

/**
 * Claims a webhookEventId in the session store (shared by every replica): true the first time, false for a
 * redelivery of an event some replica already took. The claim is a create-only compare-and-set.
 */
export async function claimEvent(
  store: SessionStore,
  namespace: string,
  webhookEventId: string,
): Promise<boolean> {
  const key = sessionKey(namespace, SEEN_CHANNEL, webhookEventId);
  const version = await store.compareAndSet(key, 0, '1', SEEN_EVENT_TTL_SECONDS);
  return version !== null;
}
