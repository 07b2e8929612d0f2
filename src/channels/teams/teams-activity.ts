import { TurnContext, type Activity } from 'botbuilder';
import type { Locale, TurnInput } from '../../dialogue/types';

/** What one incoming activity asks of soudan. */
export type TeamsRequest =
  | { readonly kind: 'turn'; readonly userId: string; readonly input: TurnInput }
  | { readonly kind: 'greet'; readonly userIds: readonly string[] }
  | { readonly kind: 'ignore'; readonly why: string };

/** personal = a 1:1 chat; group = a group chat or a team channel, where soudan answers only when mentioned. */
export type TeamsScope = 'personal' | 'group';

export function scopeOf(activity: Partial<Activity>): TeamsScope {
  const type = activity.conversation?.conversationType;
  if (type === 'groupChat' || type === 'channel') return 'group';
  if (type === 'personal') return 'personal';
  return activity.conversation?.isGroup === true ? 'group' : 'personal';
}

/** Teams sends the client's language (`ja-JP`, `en-US`); soudan speaks Japanese unless it is English. */
export function localeOf(activity: Partial<Activity>): Locale {
  return /^en\b/i.test(activity.locale ?? '') ? 'en' : 'ja';
}

/** One session per user per conversation: a group chat holds a separate dialogue for each member. */
export function sessionId(conversationId: string, userId: string): string {
  return `${conversationId}:${userId}`;
}

export function readActivity(activity: Partial<Activity>): TeamsRequest {
  const botId = activity.recipient?.id;
  const conversationId = activity.conversation?.id;
  if (typeof conversationId !== 'string' || conversationId === '' || typeof botId !== 'string') {
    return { kind: 'ignore', why: 'no conversation or recipient' };
  }
  if (activity.type === 'conversationUpdate') return readConversationUpdate(activity, botId);
  if (activity.type !== 'message') return { kind: 'ignore', why: `activity type ${String(activity.type)}` };
  const userId = activity.from?.id;
  if (typeof userId !== 'string' || userId === '') return { kind: 'ignore', why: 'message without sender' };
  const locale = localeOf(activity);
  const postback = submittedPostback(activity.value);
  // A card button pressed is meant for the bot even in a group, where nobody types a mention for it.
  if (postback !== null)
    return { kind: 'turn', userId, input: { kind: 'postback', value: postback, locale } };
  if (scopeOf(activity) === 'group' && !mentionsBot(activity, botId)) {
    return { kind: 'ignore', why: 'group message without a mention' };
  }
  const text = textWithoutMentions(activity, botId);
  // Nothing to read (only a picture, a file, a card of someone else's): the dialogue says so.
  if (text === '') return { kind: 'turn', userId, input: { kind: 'unsupported', what: 'media', locale } };
  return { kind: 'turn', userId, input: { kind: 'text', text, locale } };
}

function readConversationUpdate(activity: Partial<Activity>, botId: string): TeamsRequest {
  const added = (activity.membersAdded ?? [])
    .map((m) => m?.id)
    .filter((id): id is string => typeof id === 'string');
  if (added.length === 0) return { kind: 'ignore', why: 'conversationUpdate without new members' };
  const adder = activity.from?.id;
  const known = typeof adder === 'string' && adder !== '' && adder !== botId;
  if (scopeOf(activity) === 'personal') {
    // Installing the app in a 1:1 chat may list only the bot as added: then whoever installed it is greeted.
    const users = added.filter((id) => id !== botId);
    if (users.length > 0) return { kind: 'greet', userIds: users };
    return known ? { kind: 'greet', userIds: [adder] } : { kind: 'ignore', why: 'only the bot was added' };
  }
  // In a group, greeting every new member would be noise: the one who added soudan gets the greeting.
  return added.includes(botId) && known
    ? { kind: 'greet', userIds: [adder] }
    : { kind: 'ignore', why: 'new group members' };
}

/** The Action.Submit data soudan's cards carry: `{ postback: "<value>" }`. */
function submittedPostback(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const postback = (value as Record<string, unknown>).postback;
  return typeof postback === 'string' && postback !== '' && postback.length <= 300 ? postback : null;
}

function mentionsBot(activity: Partial<Activity>, botId: string): boolean {
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

function textWithoutMentions(activity: Partial<Activity>, botId: string): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  for (const mention of TurnContext.getMentions(activity)) {
    if (mention.mentioned?.id === botId && typeof mention.text === 'string' && mention.text !== '') {
      text = text.split(mention.text).join(' ');
    }
  }
  // Teams may still wrap a mention in <at> tags when the entity's text differs.
  return text.replace(/<at>[^<]*<\/at>/g, ' ').trim();
}
