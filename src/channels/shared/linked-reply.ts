import type { Reply } from '../../dialogue';

/** Makes the link a channel shows for one job of one conversation (a signed click-through redirect). */
export type JobLinker = (
  listing: { readonly id: string },
  context: { readonly channel: string; readonly conversationId: string },
) => string;

/**
 * The reply with every job's link made by the linker: the one place click-through links enter, so that each
 * channel's renderer (and jobLink) shows them without knowing about experiments. The dialogue stays pure: it
 * knows only the catalogue's URLs.
 */
export function linkedReply(
  reply: Reply,
  link: JobLinker | undefined,
  channel: string,
  conversationId: string,
): Reply {
  if (link === undefined || (reply.jobs.length === 0 && (reply.cards?.length ?? 0) === 0)) return reply;
  const context = { channel, conversationId };
  return {
    ...reply,
    jobs: reply.jobs.map((job) => ({ ...job, url: link(job, context) })),
    ...(reply.cards === undefined
      ? {}
      : { cards: reply.cards.map((card) => ({ ...card, url: link(card, context) })) }),
  };
}
