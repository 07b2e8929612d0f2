import { CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import type { Condition } from '../../catalog/types';
import { jobPostback } from '../../dialogue/postbacks';
import type { Locale, Message, Reply, ResultCard } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { jobLink } from '../shared/job-link';

const ADAPTIVE_CARD_VERSION = '1.5';
/** Teams shows this many card buttons in a row; the rest go to the card's overflow menu. */
const PRIMARY_ACTIONS = 6;
/** Cards per carousel: more is hard to browse, and Teams caps an activity's size. */
const MAX_JOB_CARDS = 10;

export interface TeamsView {
  readonly locale: Locale;
  readonly renderer: Renderer;
  readonly conditions: ReadonlyMap<string, Condition>;
  readonly publicBaseUrl: string;
}

/**
 * A Reply as Teams activities: the texts, the jobs as a carousel of Adaptive Cards (Action.OpenUrl), and the last
 * text as an Adaptive Card whose Action.Submit buttons carry the suggestions (Teams shows only three suggested
 * actions, too few for five answers).
 */
export function toTeamsActivities(reply: Reply, view: TeamsView): Partial<Activity>[] {
  const withCards = reply.cards.length > 0;
  // The numbered list is the carousel's text form: with the carousel, it is not sent again.
  const messages = reply.messages.filter((m) => m.text.trim() !== '' && !(withCards && m.role === 'jobList'));
  const last = messages.pop();
  const activities: Partial<Activity>[] = messages.map(textActivity);
  const closing: Partial<Activity>[] = [];
  if (last !== undefined) {
    if (reply.suggestions.length === 0) {
      closing.push(textActivity(last));
    } else {
      const card = MessageFactory.attachment(questionCard(last, reply));
      card.speak = last.speech;
      closing.push(card);
    }
  }
  if (withCards) {
    const carousel = MessageFactory.carousel(
      reply.cards.slice(0, MAX_JOB_CARDS).map((card) => jobCard(card, view)),
    );
    // Jobs come before the question about them; with nothing asked they close the reply.
    if (reply.question !== null) closing.unshift(carousel);
    else closing.push(carousel);
  }
  return [...activities, ...closing];
}

function textActivity(message: Message): Partial<Activity> {
  return MessageFactory.text(message.text, message.speech);
}

function questionCard(message: Message, reply: Reply): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [{ type: 'TextBlock', text: message.text, wrap: true }],
    actions: reply.suggestions.map((s, i) => ({
      type: 'Action.Submit',
      title: s.label,
      data: { postback: s.postback },
      ...(i >= PRIMARY_ACTIONS ? { mode: 'secondary' } : {}),
    })),
  });
}

function jobCard(card: ResultCard, view: TeamsView): Attachment {
  const { renderer, locale } = view;
  const block = (text: string | null | undefined, style: Record<string, unknown>) =>
    text ? [{ type: 'TextBlock', text, wrap: true, ...style }] : [];
  const list = (items: readonly string[]) => (items.length > 0 ? renderer.list(locale, items).text : null);
  const submit = (key: Parameters<Renderer['label']>[1], postback: string) => ({
    type: 'Action.Submit',
    title: renderer.label(locale, key),
    data: { postback },
  });
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [
      ...block(card.match === 'related' ? renderer.label(locale, 'channel.related') : null, {
        color: 'Warning',
        size: 'Small',
      }),
      // Numbered as the text and the speaker number them.
      ...block(`${card.index}. ${card.title}`, { weight: 'Bolder', size: 'Medium' }),
      ...block(card.company, { isSubtle: true, size: 'Small', spacing: 'None' }),
      ...block(card.pay?.text, {}),
      ...block(card.area?.text, { isSubtle: true }),
      ...block(list(card.hours), { size: 'Small' }),
      ...block(list(card.meets), { color: 'Good', size: 'Small' }),
      ...block(list(card.misses.map((m) => m.text)), { color: 'Attention', size: 'Small' }),
      ...block(card.why.text, { size: 'Small' }),
    ],
    actions: [
      submit('card.details', jobPostback('details', card.id)),
      submit('card.choose', jobPostback('choose', card.id)),
      submit('card.save', jobPostback('save', card.id)),
      {
        type: 'Action.OpenUrl',
        title: renderer.label(locale, 'card.open'),
        url: jobLink(card, { channel: 'teams', baseUrl: view.publicBaseUrl }),
      },
    ],
  });
}
