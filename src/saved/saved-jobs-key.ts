import { escapeSessionId, sessionKeyPrefix } from '../session';

/**
 * `soudan:<env>:saved:<channel>:<id>`: the user key of the sessions (`<channel>:<id>`, the id escaped the same
 * way) under a segment of its own, so that no session key can ever equal it.
 */
export function savedJobsKey(env: string, channel: string, id: string): string {
  // The channel is checked as the session key checks it (a short lower-case name).
  sessionKeyPrefix(env, channel);
  return `${sessionKeyPrefix(env, 'saved')}${channel}:${escapeSessionId(id)}`;
}
