import { createHash, randomUUID } from 'node:crypto';
import type { UserInput } from '../script';
import { expectOk, postBody, ReplayStepError, type ChannelDriver, type ChannelSession } from './driver';

/** The Bot Framework Emulator's loopback serviceUrl: allowed outside production, and nothing is sent to it. */
export const TEAMS_SERVICE_URL = 'http://localhost:3978/';
const BOT = { id: '28:soudan-bot', name: 'soudan' };

interface TeamsActivityJson {
  type?: string;
  text?: string;
  speak?: string;
  attachments?: {
    contentType?: string;
    content?: { body?: { text?: string }[]; actions?: { type?: string; title?: string }[] };
  }[];
}

/**
 * Teams activities in a personal chat with `deliveryMode: expectReplies`, so the replies come back in the
 * body; a button press is a message whose value is the card's Action.Submit data.
 */
export function teamsDriver(url: string, headers: () => Record<string, string> = () => ({})): ChannelDriver {
  return {
    channel: 'teams',
    open(conversationId, locale): ChannelSession {
      const userId = `29:qa-${createHash('sha256').update(conversationId).digest('hex').slice(0, 24)}`;
      const conversation = {
        id: `a:qa-personal-${userId.slice(6)}`,
        conversationType: 'personal',
        tenantId: 'qa-tenant',
        isGroup: false,
      };
      const teamsLocale = locale === 'en' ? 'en-US' : 'ja-JP';
      return {
        async send(input: UserInput) {
          const request = {
            id: randomUUID(),
            timestamp: new Date().toISOString(),
            serviceUrl: TEAMS_SERVICE_URL,
            channelId: 'msteams',
            from: { id: userId, name: 'QA', aadObjectId: `aad-${userId.slice(3)}` },
            conversation,
            recipient: BOT,
            locale: teamsLocale,
            deliveryMode: 'expectReplies',
            channelData: { tenant: { id: 'qa-tenant' } },
            ...teamsActivity(input, userId),
          };
          const answer = await postBody(url, JSON.stringify(request), {
            'Content-Type': 'application/json',
            ...headers(),
          });
          expectOk('teams', answer);
          const activities = (
            (answer.body as { activities?: TeamsActivityJson[] } | null)?.activities ?? []
          ).filter((a) => a.type === 'message');
          return { request, status: answer.status, response: answer.body, platform: decode(activities) };
        },
      };
    },
  };
}

function teamsActivity(input: UserInput, userId: string): Record<string, unknown> {
  switch (input.kind) {
    case 'start':
      return { type: 'conversationUpdate', membersAdded: [{ id: userId }, { id: BOT.id }] };
    case 'text':
      return { type: 'message', text: input.text, textFormat: 'plain' };
    case 'postback':
      return { type: 'message', value: { postback: input.value } };
    default:
      throw new ReplayStepError(`Teams cannot send a ${input.kind} step (mark it channel-specific)`);
  }
}

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** Plain texts and question cards (their text and Action.Submit titles); the job carousel is left to the jobs. */
function decode(activities: readonly TeamsActivityJson[]) {
  const texts: string[] = [];
  const speech: string[] = [];
  const suggestions: string[] = [];
  for (const activity of activities) {
    const cards = (activity.attachments ?? []).filter((a) => a.contentType === ADAPTIVE);
    if (typeof activity.text === 'string' && activity.text !== '') texts.push(activity.text);
    if (typeof activity.speak === 'string' && activity.speak !== '') speech.push(activity.speak);
    // A question card is a single card with buttons; a carousel holds job cards.
    if (cards.length === 1 && (cards[0]?.content?.actions ?? []).some((a) => a.type === 'Action.Submit')) {
      const content = cards[0]?.content;
      texts.push(...(content?.body ?? []).map((b) => b.text ?? '').filter((t) => t !== ''));
      suggestions.push(
        ...(content?.actions ?? []).filter((a) => a.type === 'Action.Submit').map((a) => a.title ?? ''),
      );
    }
  }
  return { texts, speech, suggestions };
}
