import type { messagingApi } from '@line/bot-sdk';
import type { Condition } from '../../catalog/types';
import { jobPostback } from '../../dialogue/postbacks';
import type { Locale, Reply, ResultCard } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { jobLink } from '../shared/job-link';

/**
 * Text colours of a bubble, each at least 4.5:1 on its white background (WCAG AA for small text): LINE's own
 * green (#1DB446) is 2.74:1 and #888888 3.54:1, too light for the condition and company lines.
 */
export const LINE_COLORS = Object.freeze({
  title: '#111111',
  text: '#333333',
  muted: '#555555',
  meets: '#0B6B2C',
  misses: '#8A4100',
  related: '#6B5300',
  button: '#B3400A',
});

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
  /** A share page of the jobs shown (`/s/:token`, absolute); LINE's share screen is offered for it. */
  readonly shareUrl?: (reply: Reply) => string | null;
}

/**
 * A Reply as LINE messages: the texts in order, the job carousel before the open question, and the suggestions as
 * quick replies on the last message (LINE only shows them there).
 */
export function toLineMessages(reply: Reply, view: LineView): messagingApi.Message[] {
  const withCards = reply.cards.length > 0;
  // The numbered list is the carousel's text form: with the carousel, it is not sent again.
  const texts = reply.messages
    .filter((m) => !(m.role === 'jobList' && withCards))
    .map((m) => m.text.trim())
    .filter((t) => t !== '')
    .map(textMessage);
  const carousel = withCards ? jobCarousel(reply, view) : null;
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
  const cards = reply.cards.slice(0, LINE_LIMITS.bubbles);
  const bubbles = cards.map((card) => jobBubble(card, view));
  const share = view.shareUrl?.(reply) ?? null;
  if (share !== null && bubbles.length < LINE_LIMITS.bubbles) {
    const bubble = shareBubble(share, view);
    if (bubble !== null) bubbles.push(bubble);
  }
  return {
    type: 'flex',
    altText: truncate(cards.map((c) => `${c.index}. ${c.title}`).join(' / '), LINE_LIMITS.altText),
    contents: { type: 'carousel', contents: bubbles },
  };
}

const text = (
  value: string | null | undefined,
  style: Partial<messagingApi.FlexText>,
): messagingApi.FlexText[] => (value ? [{ type: 'text', text: value, wrap: true, ...style }] : []);

function jobBubble(card: ResultCard, view: LineView): messagingApi.FlexBubble {
  const { renderer, locale } = view;
  const list = (items: readonly string[]) => (items.length > 0 ? renderer.list(locale, items).text : null);
  const contents: messagingApi.FlexComponent[] = [
    ...text(card.match === 'related' ? renderer.label(locale, 'channel.related') : null, {
      size: 'xs',
      color: LINE_COLORS.related,
    }),
    // Numbered as the text and the speaker number them: 「2番目にする」 means this one.
    ...text(`${card.index}. ${card.title}`, {
      weight: 'bold',
      size: 'md',
      maxLines: 3,
      color: LINE_COLORS.title,
    }),
    ...text(card.company, { size: 'xs', color: LINE_COLORS.muted }),
    ...text(card.pay?.text, { size: 'sm', color: LINE_COLORS.title }),
    ...text(card.area?.text, { size: 'sm', color: LINE_COLORS.text }),
    ...text(list(card.hours), { size: 'xs', color: LINE_COLORS.text }),
    // The conditions the user asked for that it meets, not the listing's first three.
    ...text(list(card.meets), { size: 'xs', color: LINE_COLORS.meets }),
    ...text(list(card.misses.map((m) => m.text)), { size: 'xs', color: LINE_COLORS.misses }),
    ...text(card.why.text, { size: 'xs', color: LINE_COLORS.text }),
  ];
  const label = (key: Parameters<Renderer['label']>[1]) =>
    truncate(renderer.label(locale, key), LINE_LIMITS.buttonLabel);
  const postback = (key: Parameters<Renderer['label']>[1], data: string): messagingApi.FlexButton => ({
    type: 'button',
    style: 'link',
    height: 'sm',
    color: LINE_COLORS.button,
    action: {
      type: 'postback',
      label: label(key),
      data,
      displayText: `${card.index}. ${renderer.label(locale, key)}`,
    },
  });
  const buttons: messagingApi.FlexComponent[] = [
    postback('card.details', jobPostback('details', card.id)),
    postback('card.choose', jobPostback('choose', card.id)),
    postback('card.save', jobPostback('save', card.id)),
  ].filter((b) => b.action.type === 'postback' && (b.action.data ?? '').length <= LINE_LIMITS.postbackData);
  const url = jobLink(card, { channel: 'line', baseUrl: view.publicBaseUrl });
  if (url.length <= LINE_LIMITS.uri && /^https?:/.test(url)) {
    buttons.push({
      type: 'button',
      style: 'primary',
      height: 'sm',
      color: LINE_COLORS.button,
      action: { type: 'uri', label: label('card.open'), uri: url },
    });
  }
  return {
    type: 'bubble',
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents },
    footer: { type: 'box', layout: 'vertical', spacing: 'xs', contents: buttons },
  };
}

/** The last bubble: LINE's own share screen, with the share page's link in the message it prepares. */
function shareBubble(shareUrl: string, view: LineView): messagingApi.FlexBubble | null {
  const { renderer, locale } = view;
  const uri = `https://line.me/R/share?text=${encodeURIComponent(`${renderer.label(locale, 'share.title')}\n${shareUrl}`)}`;
  if (uri.length > LINE_LIMITS.uri) return null;
  return {
    type: 'bubble',
    size: 'micro',
    body: {
      type: 'box',
      layout: 'vertical',
      contents: text(renderer.label(locale, 'page.shareHint'), { size: 'xs', color: LINE_COLORS.text }),
    },
    footer: {
      type: 'box',
      layout: 'vertical',
      contents: [
        {
          type: 'button',
          style: 'primary',
          height: 'sm',
          color: LINE_COLORS.button,
          action: {
            type: 'uri',
            label: truncate(renderer.label(locale, 'card.share'), LINE_LIMITS.buttonLabel),
            uri,
          },
        },
      ],
    },
  };
}

/** At most `max` UTF-16 units (how LINE counts), never cutting a surrogate pair, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
