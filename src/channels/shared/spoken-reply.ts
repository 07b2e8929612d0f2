import { apartWhenRepeated, titleSaid } from '../../dialogue/names';
import type { Locale, Message, Reply, ResultCard } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import { estimateSpeechSeconds, SPEECH_BUDGET_SECONDS } from './speech-length';
import { speechSsml } from './ssml';
import type { SpokenReadings } from './spoken-readings';

/** What a speaker's words are made with: the locale's words and the place names' readings. */
export interface SpeechView {
  readonly renderer: Renderer;
  readonly readings: SpokenReadings;
}

/** A speaker names at most this many jobs of a list; the card on the phone holds them all. */
const NAMED_JOBS = 3;
/** Kept free under the list budget: the estimate is an average, and voices differ a little. */
const MARGIN_SECONDS = 0.5;

/**
 * What a speaker says for a reply: the dialogue's speech, with the job list made short enough for one turn.
 * A list is said as numbers and kinds of work (pay, place and link are on the card sent to the phone, and
 * 「2番目を詳しく」 tells one job in full), as many as fit the list budget with what is said around them (none
 * when the rest of the turn fills it: the count was said, and the list is on the phone); a chosen job is not read again after its name; one job's details and a one-job page are said
 * as the dialogue words them.
 */
export function spokenMessages(reply: Reply, locale: Locale, view: SpeechView): Message[] {
  const { renderer } = view;
  const at = reply.messages.findIndex((m) => m.role === 'jobList');
  const list = reply.messages[at];
  if (list === undefined) return withinTurn(reply.messages, locale, view);
  if (reply.act === 'details') return [...reply.messages];
  const replaced = (speech: string): Message[] =>
    reply.messages.map((m, i) => (i === at ? { ...list, speech } : m));
  if (reply.action?.kind === 'chosen') {
    return replaced(renderer.message(locale, 'voice.chosenOnPhone').speech);
  }
  if (reply.cards.length < 2) return [...reply.messages];
  const budget = SPEECH_BUDGET_SECONDS.list - MARGIN_SECONDS;
  const fits = (messages: readonly Message[]) =>
    estimateSpeechSeconds(speechSsml(messages, view.readings)) <= budget;
  const most = Math.min(NAMED_JOBS, reply.cards.length);
  // Jobs named come before an aside: without it, try again before naming none.
  const withAsides = replaced(spokenList(reply.cards, 1, locale, renderer));
  const keep = fits(withAsides) ? withAsides : withAsides.filter((m) => m.role !== 'aside');
  const listAt = keep.findIndex((m) => m.role === 'jobList');
  let messages: Message[] = [];
  for (let named = most; named >= 0; named--) {
    const speech = spokenList(reply.cards, named, locale, renderer);
    messages = keep.map((m, i) => (i === listAt ? { ...m, speech } : m));
    if (fits(messages)) break;
  }
  return messages;
}

/**
 * A turn without jobs, within the turn budget: when what was noted (a sentence that said six things at once)
 * makes it too long, a short word that it was noted takes its place; the question is always said as it is.
 * Only acknowledgements are shortened so: 「条件に入れますね」 in place of a clarification would say something
 * that did not happen.
 */
function withinTurn(messages: readonly Message[], locale: Locale, view: SpeechView): Message[] {
  const [notes, ...rest] = messages;
  if (notes === undefined || rest.length === 0 || notes.role !== 'acknowledgements') return [...messages];
  if (estimateSpeechSeconds(speechSsml(messages, view.readings)) < SPEECH_BUDGET_SECONDS.turn)
    return [...messages];
  return [{ ...notes, speech: view.renderer.message(locale, 'voice.noted').speech }, ...rest];
}

/** The first `named` jobs by number and work, then where the others (or the whole list) are. */
function spokenList(cards: readonly ResultCard[], named: number, locale: Locale, renderer: Renderer): string {
  const said = cards.slice(0, named);
  // 「1つ目、オフィスビルの清掃。2つ目、オフィスビルの清掃。」 tells a listener nothing: a name said twice says whose.
  const names = apartWhenRepeated(
    renderer,
    locale,
    said.map((card) => spokenName(card, renderer, locale)),
    said.map((card) => card.company),
    said.length,
  );
  const lines = said.map(
    (card, i) => renderer.message(locale, 'voice.jobLine', { index: card.index, title: names[i]! }).speech,
  );
  // None named: 「一覧はアプリにあります」, not 「ほかの3件は」 (other than none).
  lines.push(
    named > 0 && cards.length > named
      ? renderer.message(locale, 'voice.restOnPhone', { count: cards.length - named }).speech
      : renderer.message(locale, 'voice.listOnPhone').speech,
  );
  return lines.join(renderer.message(locale, 'format.sentenceJoin').speech);
}

/**
 * A job as a speaker names it, as the dialogue's list does (titleSaid: the work of its title without the tags,
 * 「【京都市右京区】塾講師（シニア活躍中）」 is 塾講師; in English the kind of work), made speakable.
 */
function spokenName(card: ResultCard, renderer: Renderer, locale: Locale): { text: string; speech: string } {
  const name = titleSaid(renderer, locale, card.title, card.jobTypes[0]);
  return { text: card.title, speech: renderer.speakable(locale, name.speech) };
}
