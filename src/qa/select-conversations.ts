import type { Conversation, ReplayChannel } from './script';

/**
 * Tags pick conversations: any plain tag given must be on it (one is enough), and no `!tag` given may be. No
 * tags: every conversation.
 */
export function selectByTags(
  conversations: readonly Conversation[],
  tags: readonly string[],
): Conversation[] {
  const wanted = tags.filter((t) => !t.startsWith('!'));
  const refused = tags.filter((t) => t.startsWith('!')).map((t) => t.slice(1));
  return conversations.filter(
    (c) =>
      (wanted.length === 0 || wanted.some((t) => c.tags.includes(t))) &&
      !refused.some((t) => c.tags.includes(t)),
  );
}

/** The runs to make: each conversation on each requested channel it allows. */
export function plannedRuns(
  conversations: readonly Conversation[],
  channels: readonly ReplayChannel[],
): { conversation: Conversation; channel: ReplayChannel }[] {
  return conversations.flatMap((conversation) =>
    channels.filter((c) => conversation.channels.includes(c)).map((channel) => ({ conversation, channel })),
  );
}
