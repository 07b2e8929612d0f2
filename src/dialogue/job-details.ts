import type { Spoken } from '../i18n/types';
import type { DialogueContext } from './context';
import type { Locale, Message, ResultCard } from './types';

/** How many of a job's other conditions its details name (the speaker reads them: about 20 s in all). */
const OTHER_CONDITIONS = 3;

/**
 * One job told in full: title, company, pay and place, kinds of work, hours, a few more conditions, and why it
 * was picked. Its role is the job list's: channels that show the card leave the words out.
 */
export function jobDetails(
  ctx: DialogueContext,
  locale: Locale,
  card: ResultCard,
  otherConditions: readonly string[],
): Message {
  const r = ctx.renderer;
  const parts: Spoken[] = [r.message(locale, 'details.title', { title: card.title })];
  if (card.company !== null) parts.push(r.message(locale, 'details.company', { company: card.company }));
  if (card.pay !== null) parts.push(r.message(locale, 'details.pay', { pay: card.pay }));
  if (card.area !== null) parts.push(r.message(locale, 'details.area', { area: card.area }));
  if (card.jobTypes.length > 0) {
    parts.push(r.message(locale, 'details.types', { names: r.list(locale, card.jobTypes) }));
  }
  if (card.hours.length > 0)
    parts.push(r.message(locale, 'details.hours', { names: r.list(locale, card.hours) }));
  const others = otherConditions.slice(0, OTHER_CONDITIONS);
  if (others.length > 0) parts.push(r.message(locale, 'details.others', { names: r.list(locale, others) }));
  parts.push(card.why);
  const glue = r.message(locale, 'format.sentenceJoin');
  return {
    text: parts.map((p) => p.text).join('\n'),
    speech: parts.map((p) => p.speech).join(glue.speech),
    role: 'jobList',
  };
}
