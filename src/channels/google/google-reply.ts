import {
  Card,
  CollectionBrowse,
  Link,
  Simple,
  Suggestion,
  type ConversationV3,
} from '@assistant/conversation';
import type { Locale, Reply } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { GOOGLE_PARAMS } from './google-intents';
import { speechSsml, type SpokenReadings } from '../shared';
import { jobLink } from '../shared/job-link';
import { spokenMessages } from '../shared/spoken-reply';

export interface GoogleView {
  readonly renderer: Renderer;
  readonly readings: SpokenReadings;
  readonly publicBaseUrl: string;
}

/** Google's limits: a simple response's text 640 characters, 8 chips of 25 characters each. */
const MAX_TEXT = 640;
const MAX_CHIPS = 8;
const MAX_CHIP_TITLE = 25;
const MAX_CARD_TEXT = 1500;
/** A browse collection holds 2 to 10 items. */
const MIN_BROWSE = 2;
const MAX_BROWSE = 10;
export const END_CONVERSATION = 'actions.page.END_CONVERSATION';

/** The session params, created when the request had none. */
export function sessionParams(conv: ConversationV3): Record<string, unknown> {
  conv.session.params ??= {};
  return conv.session.params;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The reply as an Actions prompt: one Simple (SSML speech, display text), the suggestions as chips (their
 * postbacks remembered in the session, since a chip only sends its title back), the shown jobs as a browse
 * collection with a link each (one job: a Card with its link), and the end of the conversation when done.
 */
export function addGoogleReply(conv: ConversationV3, reply: Reply, locale: Locale, view: GoogleView): void {
  conv.add(
    new Simple({
      speech: speechSsml(spokenMessages(reply, locale, view), view.readings),
      text: cut(reply.messages.map((m) => m.text).join('\n'), MAX_TEXT),
    }),
  );
  const chips: Record<string, string> = {};
  if (!reply.done) {
    for (const suggestion of reply.suggestions) {
      const title = suggestion.label.trim();
      if (title === '' || [...title].length > MAX_CHIP_TITLE || Object.hasOwn(chips, title)) continue;
      if (Object.keys(chips).length >= MAX_CHIPS) break;
      chips[title] = suggestion.postback;
      conv.add(new Suggestion({ title }));
    }
  }
  sessionParams(conv)[GOOGLE_PARAMS.chips] = Object.keys(chips).length > 0 ? chips : null;
  const cards = reply.cards;
  const link = (card: (typeof cards)[number]) =>
    jobLink(card, { channel: 'google', baseUrl: view.publicBaseUrl });
  const separator = view.renderer.message(locale, 'format.detailSeparator').text;
  const details = (card: (typeof cards)[number]) =>
    [card.pay?.text, card.area?.text].filter((f) => f !== undefined).join(separator);
  if (cards.length >= MIN_BROWSE) {
    // Every job its own item and its own link, numbered as they were read.
    conv.add(
      new CollectionBrowse({
        items: cards.slice(0, MAX_BROWSE).map((card) => ({
          title: cut(`${card.index}. ${card.title}`, 80),
          description: cut(details(card), 160),
          footer: cut(card.why.text, 80),
          openUriAction: { url: link(card) },
        })),
      }),
    );
  } else if (cards[0] !== undefined) {
    const card = cards[0];
    conv.add(
      new Card({
        title: cut(card.title, 80),
        text: cut(`${details(card)}  \n${card.why.text}`, MAX_CARD_TEXT),
        button: new Link({ name: view.renderer.label(locale, 'voice.openJob'), open: { url: link(card) } }),
      }),
    );
  }
  if (reply.done) conv.scene.next = { name: END_CONVERSATION };
}
