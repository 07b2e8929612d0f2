import type { messagingApi } from '@line/bot-sdk';
import type { Condition } from '../../catalog/types';
import type { JobMatch, Locale, Message, Reply } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { jobFacts } from '../shared';

/** LINE's documented limits for one reply. */
export const LINE_LIMITS = Object.freeze({
  messages: 5,
  quickReplyItems: 13,
  quickReplyLabel: 20,
  postbackData: 300,
  text: 5000,
  bubbles: 12,
  altText: 400,
  uri: 1000,
  buttonLabel: 40,
});

export interface LineView {
  readonly locale: Locale;
  readonly renderer: Renderer;
  readonly conditions: ReadonlyMap<string, Condition>;
  readonly publicBaseUrl: string;
}

/**
 * A Reply as LINE messages: the texts in order, the job carousel before the open question, and the suggestions as
 * quick replies on the last message (LINE only shows them there). `before` are extra texts said first.
 */
export function toLineMessages(
  reply: Reply,
  view: LineView,
  before: readonly Message[] = [],
): messagingApi.Message[] {
  const texts = [...before, ...reply.messages]
    .map((m) => m.text.trim())
    .filter((t) => t !== '')
    .map(textMessage);
  const carousel = reply.jobs.length > 0 ? jobCarousel(reply, view) : null;
  let messages: messagingApi.Message[] = texts;
  if (carousel !== null) {
    messages =
      reply.question !== null && texts.length > 0
        ? [...texts.slice(0, -1), carousel, texts.at(-1)!]
        : [...texts, carousel];
  }
  messages = fitMessageCount(messages);
  const items = quickReplyItems(reply, view);
  const last = messages.at(-1);
  if (last !== undefined && items.length > 0) last.quickReply = { items };
  return messages;
}

/** Just a text (the apology when the session store is away): no buttons. */
export function plainText(message: Message): messagingApi.Message[] {
  return [textMessage(message.text)];
}

function textMessage(text: string): messagingApi.TextMessage {
  return { type: 'text', text: truncate(text, LINE_LIMITS.text) };
}

/** Over five messages: the leading texts are joined (the carousel and the question stay as they are). */
function fitMessageCount(messages: messagingApi.Message[]): messagingApi.Message[] {
  const out = [...messages];
  while (out.length > LINE_LIMITS.messages) {
    const [a, b] = out;
    if (a?.type !== 'text' || b?.type !== 'text') {
      out.splice(LINE_LIMITS.messages - 1, out.length - LINE_LIMITS.messages);
      break;
    }
    out.splice(0, 2, textMessage(`${a.text}\n\n${b.text}`));
  }
  return out;
}

function quickReplyItems(reply: Reply, view: LineView): messagingApi.QuickReplyItem[] {
  const items: messagingApi.QuickReplyItem[] = [];
  if (reply.question?.kind === 'area') {
    // Sharing a location answers the area question: LINE's own button for it.
    const label = truncate(
      view.renderer.label(view.locale, 'channel.sendLocation'),
      LINE_LIMITS.quickReplyLabel,
    );
    items.push({ type: 'action', action: { type: 'location', label } });
  }
  for (const suggestion of reply.suggestions) {
    if (items.length >= LINE_LIMITS.quickReplyItems) break;
    if (suggestion.postback.length > LINE_LIMITS.postbackData || suggestion.postback === '') continue;
    const label = truncate(suggestion.label, LINE_LIMITS.quickReplyLabel);
    items.push({
      type: 'action',
      action: { type: 'postback', label, data: suggestion.postback, displayText: suggestion.label },
    });
  }
  return items;
}

function jobCarousel(reply: Reply, view: LineView): messagingApi.FlexMessage {
  const jobs = reply.jobs.slice(0, LINE_LIMITS.bubbles);
  return {
    type: 'flex',
    altText: truncate(jobs.map((j) => j.title).join(' / '), LINE_LIMITS.altText),
    contents: {
      type: 'carousel',
      contents: jobs.map((job, i) => jobBubble(job, reply.matches[i] ?? 'related', view)),
    },
  };
}

function jobBubble(job: Reply['jobs'][number], match: JobMatch, view: LineView): messagingApi.FlexBubble {
  const facts = jobFacts(job, view.locale, view.renderer, view.conditions, view.publicBaseUrl, match);
  const line = (
    text: string | null | undefined,
    style: Partial<messagingApi.FlexText>,
  ): messagingApi.FlexText[] => (text ? [{ type: 'text', text, wrap: true, ...style }] : []);
  const contents: messagingApi.FlexComponent[] = [
    ...line(facts.related, { size: 'xs', color: '#8A6D00' }),
    ...line(job.title, { weight: 'bold', size: 'md', maxLines: 3 }),
    ...line(job.company, { size: 'xs', color: '#888888' }),
    ...line(facts.wage, { size: 'sm', color: '#111111' }),
    ...line(facts.area, { size: 'sm', color: '#555555' }),
    ...line(facts.conditions, { size: 'xs', color: '#1DB446' }),
  ];
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents },
  };
  if (facts.url.length <= LINE_LIMITS.uri && /^https?:/.test(facts.url)) {
    const label = truncate(view.renderer.label(view.locale, 'channel.details'), LINE_LIMITS.buttonLabel);
    bubble.footer = {
      type: 'box',
      layout: 'vertical',
      contents: [{ type: 'button', style: 'primary', action: { type: 'uri', label, uri: facts.url } }],
    };
  }
  return bubble;
}

/** At most `max` UTF-16 units (how LINE counts), never cutting a surrogate pair, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
