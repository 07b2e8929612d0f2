import { CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import type { Condition, Listing } from '../../catalog/types';
import type { JobMatch, Locale, Message, Reply } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { jobFacts } from '../shared';

export const ADAPTIVE_CARD_VERSION = '1.5';
/** Teams shows this many card buttons in a row; the rest go to the card's overflow menu. */
export const PRIMARY_ACTIONS = 6;
/** Cards per carousel: more is hard to browse, and Teams caps an activity's size. */
export const MAX_JOB_CARDS = 10;

export interface TeamsView {
  readonly locale: Locale;
  readonly renderer: Renderer;
  readonly conditions: ReadonlyMap<string, Condition>;
  readonly publicBaseUrl: string;
}

/**
 * A Reply as Teams activities: the texts, the jobs as a carousel of Adaptive Cards (Action.OpenUrl), and the last
 * text as an Adaptive Card whose Action.Submit buttons carry the suggestions (Teams shows only three suggested
 * actions, too few for five answers). `before` are texts said first.
 */
export function toTeamsActivities(
  reply: Reply,
  view: TeamsView,
  before: readonly Message[] = [],
): Partial<Activity>[] {
  const messages = [...before, ...reply.messages].filter((m) => m.text.trim() !== '');
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
  if (reply.jobs.length > 0) {
    const carousel = MessageFactory.carousel(
      reply.jobs.slice(0, MAX_JOB_CARDS).map((job, i) => jobCard(job, reply.matches[i] ?? 'related', view)),
    );
    // Jobs come before the question about them; with nothing asked they close the reply.
    if (reply.question !== null) closing.unshift(carousel);
    else closing.push(carousel);
  }
  return [...activities, ...closing];
}

export function textActivity(message: Message): Partial<Activity> {
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

function jobCard(job: Listing, match: JobMatch, view: TeamsView): Attachment {
  const facts = jobFacts(job, view.locale, view.renderer, view.conditions, view.publicBaseUrl, match);
  const block = (text: string | null | undefined, style: Record<string, unknown>) =>
    text ? [{ type: 'TextBlock', text, wrap: true, ...style }] : [];
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: [
      ...block(facts.related, { color: 'Warning', size: 'Small' }),
      ...block(job.title, { weight: 'Bolder', size: 'Medium' }),
      ...block(job.company, { isSubtle: true, size: 'Small', spacing: 'None' }),
      ...block(facts.wage, {}),
      ...block(facts.area, { isSubtle: true }),
      ...block(facts.conditions, { color: 'Good', size: 'Small' }),
    ],
    actions: [
      { type: 'Action.OpenUrl', title: view.renderer.label(view.locale, 'channel.details'), url: facts.url },
    ],
  });
}
