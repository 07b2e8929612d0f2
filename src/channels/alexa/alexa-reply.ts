import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Locale, Reply } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { speechSsml, type SpokenReadings } from '../shared';
import { jobLink } from '../shared/job-link';
import { spokenMessages } from '../shared/spoken-reply';

/** Everything a reply needs to look right on Alexa besides the reply itself. */
export interface AlexaView {
  readonly renderer: Renderer;
  readonly readings: SpokenReadings;
  /** Origin relative job links resolve against. */
  readonly publicBaseUrl: string;
}

/** Alexa refuses a card whose text is longer than 8,000 characters. */
const MAX_CARD_CHARS = 7000;

/**
 * The reply as an Alexa response: speech (SSML, the job list said short), its reprompt (the reply's own: the
 * open question, what one can say to results, or the apology), a Standard card with the shown jobs and their
 * links, and an open session until the dialogue is done.
 */
export function alexaResponse(
  builder: ResponseBuilder,
  reply: Reply,
  locale: Locale,
  view: AlexaView,
): Response {
  builder.speak(speechSsml(spokenMessages(reply, locale, view), view.readings));
  if (!reply.done && reply.reprompt !== null) builder.reprompt(speechSsml([reply.reprompt], view.readings));
  // The jobs on the phone, numbered as they were read (「2番目にする」), each with its link (Alexa shows card
  // text only, so the address is written out for the user to open).
  if (reply.cards.length > 0) {
    const separator = view.renderer.message(locale, 'format.detailSeparator').text;
    const text = reply.cards
      .map((card) =>
        [
          `${card.index}. ${card.title}`,
          [card.pay?.text, card.area?.text].filter((f) => f !== undefined).join(separator),
          card.why.text,
          jobLink(card, { channel: 'alexa', baseUrl: view.publicBaseUrl }),
        ]
          .filter((line) => line !== '')
          .join('\n'),
      )
      .join('\n\n')
      .slice(0, MAX_CARD_CHARS);
    builder.withStandardCard(view.renderer.label(locale, 'voice.cardTitle'), text);
  }
  builder.withShouldEndSession(reply.done);
  return builder.getResponse();
}
