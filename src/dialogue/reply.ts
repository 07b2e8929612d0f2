import type { Listing } from '../catalog/types';
import type { LabelKey } from '../i18n/keys';
import { jobList, subjectName } from './names';
import { isCityOrPrefecture } from './city-or-prefecture';
import { placeLabel } from './places';
import { areaPostback, EDIT_POSTBACK, jobTypePostback, POSTBACKS } from './postbacks';
import { questionIs, type Question } from './question';
import type { AnswerTuple, Place } from './state';
import { latestLevel } from './evidence';
import type { Spoken } from '../i18n/types';
import type { Turn } from './turn';
import { statedConstraints, unmetConstraints, type Unmet } from './constraints';
import { withImplied } from '../catalog/implied-conditions';
import type { JobMatch, Message, OpenQuestion, Reply, Suggestion, TurnAct } from './types';
import { likelyJobTypes } from './work-question';
import { jobDetails } from './job-details';
import { resultCards, wishesOf, type Wishes } from './result-cards';

/** How many places a "which one?" offers as buttons (LINE shows at most 13 quick replies). */
const MAX_PLACE_SUGGESTIONS = 10;
/** How many job types 「どんなお仕事を？」 offers as buttons, besides 「なんでもいい」 and 「もどる」. */
const MAX_TYPE_SUGGESTIONS = 5;

function questionMessage(turn: Turn, question: Question): Message {
  const { ctx, locale } = turn;
  switch (question.kind) {
    case 'area':
      return turn.render('ask.area');
    case 'place': {
      const { surface, places } = question;
      if (isCityOrPrefecture(places)) {
        const [city, whole] = places;
        const prefecture = placeLabel(ctx, locale, whole).text;
        return turn.render('ask.cityOrPrefecture', { city: cityName(turn, city), prefecture }, surface);
      }
      // 「どちら」 asks between two; of three (高山: 岐阜県、群馬県と長野県) it is 「どこ」.
      const key = places.length > 2 ? 'ask.areaPickMany' : 'ask.areaPick';
      return turn.render(key, { name: surface, places: placeChoices(turn, places) }, surface);
    }
    case 'work':
      return turn.render('ask.work');
    case 'jobType':
      return turn.render('ask.jobType', { name: subjectName(ctx, locale, 't', question.id) }, question.id);
    case 'condition': {
      const { id } = question;
      // The catalogue's own question reads naturally; the template is the fallback for conditions without one
      // in the locale, so that no label is pasted into a frame (「Is "Travel costs paid" important to you?」).
      const condition = ctx.lookup.conditions.get(id);
      const own = locale === 'ja' ? condition?.question : condition?.questionEn;
      if (own !== undefined) return turn.render('ask.conditionOwn', { question: own }, id);
      return turn.render('ask.condition', { name: subjectName(ctx, locale, 'c', id) }, id);
    }
    case 'results':
      // After one job's details: how to take it, or hear another.
      // One job shown: no numbers to choose between (「2番目にする」 would point at nothing).
      if (turn.focus !== null) return turn.render('ask.afterDetails');
      // No new page (「ご紹介は、ここまでにしますね」): 「この中に」 would point at a list that is not there.
      if (turn.noNewPage) return turn.render('ask.resultsShown');
      return turn.render(turn.currentPage().length === 1 ? 'ask.resultsOne' : 'ask.results');
    case 'startOver':
      return turn.render('ask.restartOffer');
  }
}

/** A city as the user would say it: 「広島市」 ("Hiroshima" in English: the prefecture's name is the city's). */
function cityName(turn: Turn, city: Place): string {
  if (turn.locale !== 'en') return city[1] ?? city[0];
  return `${turn.ctx.lookup.prefectures.get(city[0])?.nameEn ?? city[0]} City`;
}

/**
 * Where the places of one name are, said so that a voice user (no buttons) hears the choices: 「東京都と広島県」;
 * by their full names when two are in one prefecture (「札幌市中央区と…」).
 */
function placeChoices(turn: Turn, places: readonly Place[]): Spoken {
  const { ctx, locale } = turn;
  const shown = places.slice(0, MAX_PLACE_SUGGESTIONS);
  const prefectures = new Set(shown.map((place) => place[0]));
  const byPrefecture = prefectures.size === shown.length;
  const labels = shown.map((place) => placeLabel(ctx, locale, byPrefecture ? [place[0]] : place));
  const separator = ctx.renderer.message(locale, 'format.listSeparator');
  const last = ctx.renderer.message(locale, 'format.choiceLastSeparator');
  const join = (form: 'text' | 'speech'): string =>
    labels
      .map(
        (label, i) => (i === 0 ? '' : i === labels.length - 1 ? last[form] : separator[form]) + label[form],
      )
      .join('');
  return { text: join('text'), speech: join('speech') };
}

function openQuestion(turn: Turn, question: Question | null): OpenQuestion | null {
  const { ctx, locale } = turn;
  const label = (key: LabelKey) => ctx.renderer.label(locale, key);
  switch (question?.kind) {
    case 'area':
    case 'place':
      return { kind: 'area', id: null, label: label('question.area') };
    case 'work':
      // The open 「どんなお仕事を？」: a job type question without a subject, id null = "which job type?".
      return { kind: 'jobType', id: null, label: label('question.jobType') };
    case 'jobType':
      return { kind: 'jobType', id: question.id, label: subjectName(ctx, locale, 't', question.id) };
    case 'condition':
      return { kind: 'condition', id: question.id, label: subjectName(ctx, locale, 'c', question.id) };
    case 'results':
      return { kind: 'results', id: null, label: label('question.results') };
    default:
      return null;
  }
}

function suggestions(turn: Turn, question: Question | null): Suggestion[] {
  const { ctx, locale } = turn;
  const button = (key: LabelKey, postback: string): Suggestion => ({
    label: ctx.renderer.label(locale, key),
    postback,
  });
  if (turn.choices !== undefined) return turn.choices;
  if (turn.done || question === null) return [button('suggest.restart', POSTBACKS.restart)];
  switch (question.kind) {
    case 'area':
      return [button('suggest.anywhere', POSTBACKS.anywhere), button('suggest.help', POSTBACKS.help)];
    case 'place':
      if (isCityOrPrefecture(question.places)) {
        const [city, whole] = question.places;
        const wholeLabel = ctx.renderer.message(locale, 'area.wholePrefecture', {
          prefecture: placeLabel(ctx, locale, whole).text,
        });
        return [
          { label: cityName(turn, city), postback: areaPostback(city) },
          { label: wholeLabel.text, postback: areaPostback(whole) },
        ];
      }
      return [
        ...question.places.slice(0, MAX_PLACE_SUGGESTIONS).map((place) => ({
          label: placeLabel(ctx, locale, place).text,
          postback: areaPostback(place),
        })),
        button('suggest.anywhere', POSTBACKS.anywhere),
      ];
    case 'work':
      return [
        ...likelyJobTypes(turn, MAX_TYPE_SUGGESTIONS).map((id) => ({
          label: subjectName(ctx, locale, 't', id),
          postback: jobTypePostback(id),
        })),
        button('suggest.anyWork', POSTBACKS.skip),
        button('suggest.undo', POSTBACKS.undo),
      ];
    case 'jobType':
    case 'condition':
      return [
        button('suggest.yes', POSTBACKS.yes),
        button('suggest.probablyYes', POSTBACKS.probablyYes),
        button('suggest.dontKnow', POSTBACKS.dontKnow),
        button('suggest.no', POSTBACKS.no),
        // A second miss in a row: a way on besides the answers (the reply says 「スキップ」 too).
        ...(turn.miss >= 2 ? [button('suggest.skip', POSTBACKS.skip)] : []),
        button('suggest.undo', POSTBACKS.undo),
      ];
    case 'results':
      return [
        button('suggest.fits', POSTBACKS.yes),
        button('suggest.more', POSTBACKS.more),
        button('suggest.noneFit', POSTBACKS.noneFit),
        button('suggest.editConditions', EDIT_POSTBACK),
        button('suggest.undo', POSTBACKS.undo),
      ];
    case 'startOver':
      return [button('suggest.restart', POSTBACKS.restart), button('suggest.stop', POSTBACKS.stop)];
  }
}

function defaultAct(question: Question | null): TurnAct {
  switch (question?.kind) {
    case 'area':
    case 'place':
      return 'askArea';
    case 'work':
    case 'jobType':
      return 'askJobType';
    case 'condition':
      return 'askCondition';
    case 'results':
      return 'showResults';
    case 'startOver':
      return 'noResults';
    default:
      return 'goodbye';
  }
}

/** The reply: what was noted, the jobs (when shown), the open question; buttons to answer it. */
/**
 * What to say again when the user is silent: to results, the ways on by name (「2番目を詳しく」…, with no number
 * when one job is shown); to any other question, the question itself, always the last message.
 */
function repromptOf(
  turn: Turn,
  question: OpenQuestion,
  act: Reply['act'],
  shown: number,
  messages: readonly Message[],
): Message | null {
  if (question.kind === 'results' && act !== 'details') {
    return turn.ctx.renderer.message(
      turn.locale,
      shown === 1 ? 'voice.reprompt.resultsOne' : 'voice.reprompt.results',
    );
  }
  return messages.at(-1) ?? null;
}

/**
 * Conditions the user said yes to when asked (preferences, not constraints) that a listing lacks. Not the ones
 * they only said they are fine with (「明日からでもいけるさ」, 「夜勤も大丈夫」): those asked for nothing, and a
 * related job said to lack 即日勤務OK implies the exact ones above it have it (p24-14: none did).
 */
function preferencesLacked(listing: Listing, wishes: Wishes, answers: readonly AnswerTuple[]): Unmet[] {
  const { constraints } = wishes;
  const has = withImplied(listing.conditionIds, constraints.implications);
  return wishes.wantedConditions
    .filter((id) => !constraints.requiredConditions.has(id) && !has.has(id))
    .filter((id) => latestLevel(answers, 'c', id) === 'yes')
    .map((id) => ({ kind: 'missing', id }));
}

export function buildReply(turn: Turn): Reply {
  const { ctx, locale } = turn;
  const open = turn.done ? null : turn.question;
  const pageIds =
    turn.picked !== null
      ? [turn.picked]
      : turn.focus !== null
        ? [turn.focus]
        : (turn.listed ?? (questionIs(open, 'results') ? turn.currentPage() : []));
  const page: Listing[] = pageIds.flatMap((id) => ctx.lookup.listings.get(id) ?? []);
  const constraints = statedConstraints(turn, ctx.catalog.conditionGroups, ctx.lookup.conditions);
  const wishes = wishesOf(constraints, turn.ans);
  const unmet = page.map((l) => unmetConstraints(l, constraints));
  const matches = unmet.map((d): JobMatch => (d.length === 0 ? 'exact' : 'related'));
  // A related job also says which of the conditions the user said yes to it lacks (主婦・主夫歓迎 after 「ぜひ」):
  // labelled only 「（ご希望の場所の外です）」, it would read as the same job elsewhere.
  const differences = unmet.map((d, i) =>
    d.length === 0 ? d : [...d, ...preferencesLacked(page[i]!, wishes, turn.ans)],
  );
  // 「2番目のをくわしく」 shows job 2 alone, still numbered 2 (it read 「1.」 on LINE's card).
  const single = turn.picked ?? turn.focus;
  const position = single === null ? -1 : turn.currentPage().indexOf(single);
  const cards = resultCards(
    ctx,
    locale,
    page,
    differences,
    matches,
    wishes,
    position >= 0 ? [position + 1] : [],
  );
  const messages: Message[] = [];
  if (turn.notes.length > 0) {
    const notes = ctx.renderer.join(locale, turn.notes);
    messages.push(turn.notesBeyondAcks ? notes : { ...notes, role: 'acknowledgements' });
  }
  if (turn.asides.length > 0) messages.push({ ...ctx.renderer.join(locale, turn.asides), role: 'aside' });
  if (turn.focus !== null && cards[0] !== undefined) {
    const card = cards[0];
    const told = new Set([...card.hours, ...card.meets]);
    const others = page[0]!.conditionIds
      .map((id) => subjectName(ctx, locale, 'c', id))
      .filter((name) => !told.has(name));
    messages.push(jobDetails(ctx, locale, card, others));
  } else if ((turn.listJobs || turn.listed !== null) && page.length > 0) {
    // What the page's header said no job has is not said again after each job (the cards keep it).
    const told = new Set(turn.saidNoneHave);
    const notTold =
      told.size === 0
        ? differences
        : differences.map((d) => d.filter((u) => !(u.kind === 'missing' && told.has(u.id))));
    const listed = wageUnitSaidOnce(turn, notTold, messages);
    messages.push({ ...jobList(ctx, locale, page, turn.n, listed), role: 'jobList' });
  }
  if (open !== null && !turn.askedOtherwise) messages.push(questionMessage(turn, open));
  if (messages.length === 0) messages.push(turn.render('goodbye.stop'));
  const question = openQuestion(turn, open);
  const act = turn.act ?? defaultAct(open);
  return {
    messages,
    reprompt: question === null ? null : repromptOf(turn, question, act, page.length, messages),
    suggestions: suggestions(turn, open),
    question,
    jobs: page,
    matches,
    cards,
    action: turn.action,
    done: turn.done,
    act,
    locale,
  };
}

/**
 * Several jobs of a page paid by another unit than the wish (時給, wished 日給): the page says so once and each job
 * only its estimate (p25-34 and p25-45 heard 「お給料は日給ではなく時給です…」 after all ten jobs).
 */
function wageUnitSaidOnce(turn: Turn, differences: readonly Unmet[][], messages: Message[]): Unmet[][] {
  const unitMiss = (u: Unmet): u is Extract<Unmet, { why: 'unit' }> => u.kind === 'wage' && u.why === 'unit';
  const misses = differences.flatMap((d) => d.filter(unitMiss));
  const first = misses[0];
  if (first === undefined || misses.length < 2) return [...differences];
  if (misses.some((u) => u.paidPer !== first.paidPer || u.wished !== first.wished)) return [...differences];
  const r = turn.ctx.renderer;
  messages.push(
    turn.render(misses.length === differences.length ? 'results.wageUnitAll' : 'results.wageUnitOnce', {
      count: misses.length,
      unit: r.message(turn.locale, `wageBasis.${first.paidPer}`),
      wished: r.message(turn.locale, `wageBasis.${first.wished}`),
    }),
  );
  return differences.map((d) => d.map((u) => (unitMiss(u) ? { ...u, brief: true as const } : u)));
}
