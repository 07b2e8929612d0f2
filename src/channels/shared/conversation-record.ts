/**
 * What the web channel stores per conversation: the dialogue's own state (opaque here) and the turn counter the
 * API reports. Anything unreadable (older format, hand-edited, truncated) counts as no conversation: the user
 * starts again rather than getting an error.
 */
export interface ConversationRecord {
  readonly turn: number;
  readonly dialogue: unknown;
}

const FORMAT = 1;

export function encodeRecord(record: ConversationRecord): string {
  return JSON.stringify({ f: FORMAT, turn: record.turn, dialogue: record.dialogue });
}

export function decodeRecord(stored: string | null): ConversationRecord | null {
  if (stored === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const { f, turn, dialogue } = value as Record<string, unknown>;
  if (f !== FORMAT || typeof turn !== 'number' || !Number.isSafeInteger(turn) || turn < 0) return null;
  return { turn, dialogue: dialogue ?? null };
}
