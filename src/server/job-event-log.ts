import type { JobEventSink } from '../channels/shared';
import type { Logger } from '../logging';

/**
 * One `job event` line per choice, save and removal: the same fields whichever channel it came from, so a
 * choice by the web's button, a LINE postback and Alexa's 「2番目にする」 count alike. The user is hashed.
 */
export function jobEventLog(logger: Logger): JobEventSink {
  return (event) =>
    logger.info('job event', {
      event: event.kind,
      channel: event.channel,
      listing: event.listingId,
      user: event.user,
    });
}
