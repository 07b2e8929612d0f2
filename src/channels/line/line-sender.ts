import { randomUUID } from 'node:crypto';
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { Logger } from '../../logging';

/** How LINE tells that a reply token was used or has expired. */
const STALE_TOKEN = /reply ?token/i;

export interface LineSender {
  /** Replies with the token; when there is none or it has expired, pushes to the user instead. */
  send(
    target: { replyToken: string | null; userId: string },
    messages: messagingApi.Message[],
  ): Promise<void>;
}

export function lineSender(client: messagingApi.MessagingApiClient, logger: Logger): LineSender {
  return {
    async send({ replyToken, userId }, messages) {
      if (messages.length === 0) return;
      if (replyToken !== null) {
        try {
          await client.replyMessage({ replyToken, messages });
          return;
        } catch (error) {
          if (!(error instanceof HTTPFetchError && error.status === 400 && STALE_TOKEN.test(error.body))) {
            throw error;
          }
          logger.info('line reply token expired: pushing instead');
        }
      }
      // The retry key makes a push LINE already accepted idempotent.
      await client.pushMessage({ to: userId, messages }, randomUUID());
    },
  };
}
