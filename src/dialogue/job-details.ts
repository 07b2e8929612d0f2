import type { Spoken } from '../i18n/types';
import type { DialogueContext } from './context';
import type { Locale, Message, ResultCard } from './types';

/** How many of a job's other conditions its details name on screen. */
const OTHER_CONDITIONS = 3;

/**
 * One job told in full: title, company, pay and place, kinds of work, hours, a few more conditions, and why it
 * was picked. Read aloud within about 20 seconds: title, pay, place (unless the title says it), and why only
 * for a job that differs from what was asked; the hours and the rest are on the card sent to the phone. Its role is the job list's: channels that show the card leave the words out.
 */
export function jobDetails(
  ctx: DialogueContext,
  locale: Locale,
  card: ResultCard,
  otherConditions: readonly string[],
): Message {
  const r = ctx.renderer;
  const shown: Spoken[] = [];
  const aloud: Spoken[] = [];
  const both = (part: Spoken) => {
    shown.push(part);
    aloud.push(part);
  };
  both(r.message(locale, 'details.title', { title: card.title }));
  if (card.company !== null) shown.push(r.message(locale, 'details.company', { company: card.company }));
  if (card.pay !== null) both(r.message(locale, 'details.pay', { pay: card.pay }));
  if (card.area !== null) {
    // Often in the title already (【京都市右京区】…): then it is not read twice.
    const place = r.message(locale, 'details.area', { area: card.area });
    const inTitle =
      card.area.text.length > 3 &&
      card.title.includes(card.area.text.replace(/^(?:東京都|北海道|京都府|大阪府|.{2,3}県)/u, ''));
    if (inTitle) shown.push(place);
    else both(place);
  }
  if (card.jobTypes.length > 0) {
    shown.push(r.message(locale, 'details.types', { names: r.list(locale, card.jobTypes) }));
  }
  if (card.hours.length > 0)
    shown.push(r.message(locale, 'details.hours', { names: r.list(locale, card.hours) }));
  const others = otherConditions.slice(0, OTHER_CONDITIONS);
  if (others.length > 0) shown.push(r.message(locale, 'details.others', { names: r.list(locale, others) }));
  // Why it was picked is read when it differs from what was asked; an exact match was what they asked for.
  // Aloud, a related job only says so: what it shares with the wish is on the card (the time budget is 20 s).
  shown.push(card.why);
  if (card.match === 'related') aloud.push(r.message(locale, 'card.why.near'));
  const glue = r.message(locale, 'format.sentenceJoin');
  return {
    text: shown.map((p) => p.text).join('\n'),
    speech: aloud.map((p) => p.speech).join(glue.speech),
    role: 'jobList',
  };
}
