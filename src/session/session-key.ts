import { createHash } from 'node:crypto';
import { InvalidSessionKeyError } from './session-errors';

const ROOT = 'soudan';
/** env and channel come from config and code, so they are checked, not escaped. */
const NAMESPACE_PART = /^[a-z0-9][a-z0-9_-]{0,31}$/;
/** Escaped ids longer than this are replaced by a digest, so a hostile id cannot make huge keys. */
const MAX_ESCAPED_ID_LENGTH = 256;

/**
 * `soudan:<env>:<channel>:<id>`. The id comes from a platform and is escaped: every byte outside
 * [A-Za-z0-9._~-] becomes %XX, so ':' and glob characters never appear raw and distinct ids stay distinct.
 */
export function sessionKey(env: string, channel: string, id: string): string {
  return `${sessionKeyPrefix(env, channel)}${escapeSessionId(id)}`;
}

/** `soudan:<env>:` or `soudan:<env>:<channel>:`; safe to use as a SCAN MATCH prefix (add `*`). */
export function sessionKeyPrefix(env: string, channel?: string): string {
  assertNamespacePart('env', env);
  if (channel === undefined) return `${ROOT}:${env}:`;
  assertNamespacePart('channel', channel);
  return `${ROOT}:${env}:${channel}:`;
}

export function escapeSessionId(id: string): string {
  if (id.length === 0) throw new InvalidSessionKeyError('Session id must not be empty');
  let escaped: string;
  try {
    escaped = encodeURIComponent(id).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch (cause) {
    // Lone surrogates: no faithful UTF-8 form, and a lossy one could merge two users' sessions.
    throw new InvalidSessionKeyError('Session id is not well-formed Unicode', { cause });
  }
  if (escaped.length <= MAX_ESCAPED_ID_LENGTH) return escaped;
  // '#' is always escaped above, so a digest form can never equal an escaped id.
  return `#${createHash('sha256').update(escaped).digest('hex')}`;
}

function assertNamespacePart(part: 'env' | 'channel', value: string): void {
  if (!NAMESPACE_PART.test(value)) {
    throw new InvalidSessionKeyError(`Session key ${part} must match ${NAMESPACE_PART.source}`, {
      context: { [part]: value },
    });
  }
}
