import { jobPostback, POSTBACKS } from './postbacks';
import { changeArea, dropCategory, dropCondition, showConditionSummary } from './edit-conditions';
import { isCityOrPrefecture } from './city-or-prefecture';
import type { AnswerLevel } from '../engine';
import type { Command } from '../nlu';
import { showNextPage } from './results-page';
import {
  askCommandOrAnswer,
  chooseJob,
  askWhichWork,
  clarify,
  welcomeWorkSeeker,
  happyEnd,
  help,
  repeat,
  restart,
  stop,
  undo,
  type AskBackCommand,
} from './commands';
import { applyFacts, setArea } from './facts';
import { hasFacts, type Intent } from './intent';
import { subjectName } from './names';
import { answerLevel, isStated } from './answers';
import { questionIs } from './question';
import { latestWageWishId } from './wage-wish';
import { kindCode, kindOf, samePlace, type KindCode, type Place } from './state';
import type { Turn } from './turn';

/*
 * The flow: greeting -> area (['a'], ['p'] to pick among places of one name) -> what kind of work (['w'],
 * once, skipped when a wanted job type is already known) -> the strategy's yes/no questions (['t'], ['c']) ->
 * results (['r']). In the reply, ['w'] is the question { kind: 'jobType', id: null }: "which job type?",
 * where a yes/no question about one job type carries its id.
 */

const isYes = (a: AnswerLevel | null) => a === 'yes' || a === 'probablyYes';
const isNo = (a: AnswerLevel | null) => a === 'no' || a === 'probablyNo';

/** Takes the user's turn in, given the question that was open. The next question is decided afterwards. */
export function respond(turn: Turn, intent: Intent): void {
  if (!intent.understood) return clarify(turn);
  if (intent.edit !== null) {
    if (intent.edit.kind === 'summary') return showConditionSummary(turn);
    if (intent.edit.kind === 'area') return changeArea(turn);
    if (intent.edit.kind === 'drop') return dropCondition(turn, intent.edit.code, intent.edit.id);
    if (intent.edit.kind === 'dropCategory') return dropCategory(turn, intent.edit.category);
    const wageId = latestWageWishId(turn.ans);
    // Without a wage said, 「時給はこだわらない」 is an answer like any other.
    if (wageId !== undefined) return dropCondition(turn, 'c', wageId);
  }
  const which = commandOrAnswer(turn, intent);
  if (which !== null) return askCommandOrAnswer(turn, which, intent.alsoAnswer!);
  switch (intent.command) {
    case 'stop':
      return stop(turn);
    case 'restart':
      return restart(turn);
    case 'help':
      return help(turn);
    case 'repeat':
      return repeat(turn);
    case 'undo':
      // 「やっぱりカフェがいい」 corrects by itself: the facts replace the old answers.
      if (!hasFacts(intent)) return undo(turn);
      break;
    default:
      break;
  }
  const question = turn.question;
  if (question === null) {
    applyFacts(turn, intent);
    return;
  }
  switch (question.kind) {
    case 'area':
      return answerArea(turn, intent);
    case 'place':
      return answerPick(turn, intent, question.places);
    case 'work':
      return answerWork(turn, intent);
    case 'jobType':
    case 'condition':
      return answerAttribute(turn, intent, kindCode(question.kind), question.id);
    case 'results':
      return answerResults(turn, intent);
    case 'startOver':
      return answerRestartOffer(turn, intent);
  }
}

const ASK_BACK: ReadonlySet<Command> = new Set<AskBackCommand>(['stop', 'restart', 'undo', 'skip', 'more']);

/**
 * Words that are a command or an answer (「もういい」「パス」) are asked back when the two would do different
 * things to the open question; where they do the same (「どれも違う」 to the results, 「スキップ」 = わからない),
 * the command is taken.
 */
function commandOrAnswer(turn: Turn, intent: Intent): AskBackCommand | null {
  const { command, alsoAnswer: answer } = intent;
  const open = turn.question?.kind;
  if (command === null || answer === null || !ASK_BACK.has(command) || hasFacts(intent)) return null;
  if (open === undefined || open === 'area' || open === 'place') return null;
  const same =
    ((command === 'skip' || command === 'more') && answer === 'dontKnow') ||
    (open === 'startOver' && command === 'stop' && isNo(answer)) ||
    (open === 'startOver' && command === 'restart' && isYes(answer)) ||
    (open === 'work' && command === 'skip' && isNo(answer));
  return same ? null : (command as AskBackCommand);
}

function answerArea(turn: Turn, intent: Intent): void {
  const changed = applyFacts(turn, intent);
  if (turn.a !== null || questionIs(turn.question, 'place')) return;
  if (intent.command === 'skip' || intent.command === 'anywhere' || intent.answer === 'dontKnow') {
    return setArea(turn, '*');
  }
  if (intent.command === 'more') {
    turn.forceResults = true;
    return setArea(turn, '*');
  }
  // 「バイト探してます」 first thing: a welcome and the question, not an apology (that comes if it is said again).
  if (!changed && intent.seeksWork && !intent.nearHome && turn.miss === 0) welcomeWorkSeeker(turn);
  else if (!changed) clarify(turn, intent.nearHome);
  else if (intent.nearHome) {
    turn.say('clarify.areaNearHome');
    turn.askedOtherwise = true;
  }
}

function answerPick(turn: Turn, intent: Intent, candidates: readonly Place[]): void {
  // 「福岡市の中央区、天神あたり」 to 「福岡市ですか？福岡県全体ですか？」: a place inside a choice is the narrower
  // answer, and the one they mean.
  // 「八丁堀の辺り」 to 「広島市ですか？広島県全体ですか？」: of a shared name (東京都中央区, 広島市中区), the one inside
  // a choice.
  let chosen: Place | undefined = [...intent.areas]
    .reverse()
    .flatMap((a) => {
      const inside = a.places.filter((p) => candidates.some((c) => isInside(p, c)));
      return inside.length === 1 ? inside : [];
    })
    .at(0);
  for (const area of chosen === undefined ? [...intent.areas].reverse() : []) {
    // An exact candidate (「広島県全体」 when the whole prefecture is one), else the only candidate in a named
    // prefecture (「東京の方」).
    const exact = candidates.filter((c) => area.places.some((p) => samePlace(p, c)));
    const matches =
      exact.length > 0
        ? exact
        : candidates.filter((c) => area.places.some((p) => p.length === 1 && p[0] === c[0]));
    if (matches.length === 1) {
      chosen = matches[0];
      break;
    }
  }
  // 「2番目」「最初の」: the place by its position among the buttons.
  if (chosen === undefined && intent.ordinal !== null && intent.areas.length === 0) {
    chosen = intent.ordinal === -1 ? candidates.at(-1) : candidates[intent.ordinal - 1];
  }
  // 「川越です」 again, with no prefecture: said twice as if it were obvious, the name means its first place (a city
  // before a town of the same name), and the reply names the prefecture so a wrong guess is easy to see.
  if (
    chosen === undefined &&
    !isCityOrPrefecture(candidates) &&
    intent.areas.some(
      (a) =>
        a.places.length === candidates.length &&
        a.places.every((p) => candidates.some((c) => samePlace(c, p))),
    )
  ) {
    chosen = candidates[0];
  }
  if (chosen === undefined && isCityOrPrefecture(candidates)) {
    // 「大阪市で？大阪府全体で？」: 「全体で」「どこでもいい」 is the prefecture, 「市内」 the city.
    const [city, whole] = candidates;
    if (intent.areaScope === 'whole' || intent.command === 'anywhere') chosen = whole;
    else if (intent.areaScope === 'city') chosen = city;
  }
  if (chosen) {
    turn.question = null;
    setArea(turn, chosen);
    applyFacts(turn, intent, undefined, false);
    return;
  }
  if (intent.command === 'skip' || intent.command === 'anywhere' || intent.answer === 'dontKnow') {
    turn.question = null;
    // 「わからない」 to 「福岡市ですか？福岡県全体ですか？」 still said 福岡: the prefecture every choice lies in.
    const prefecture = candidates[0]?.[0];
    const shared = prefecture !== undefined && candidates.every((c) => c[0] === prefecture);
    return setArea(turn, shared ? [prefecture] : '*');
  }
  // Another place altogether, or other facts: take them; an unclear reply asks again.
  if (intent.areas.some((a) => a.places.every((p) => !candidates.some((c) => samePlace(c, p))))) {
    turn.question = null;
    applyFacts(turn, intent);
    return;
  }
  if (!applyFacts(turn, intent, undefined, false)) return clarify(turn);
  turn.settled = true;
}

/**
 * 「どんなお仕事を？」: named job types become volunteered answers (「居酒屋以外」 a no) and the strategy takes
 * over; 「なんでもいい」 hands over with nothing added. Other facts alone are taken and the question stays.
 */
function answerWork(turn: Turn, intent: Intent): void {
  const { command } = intent;
  // The question is phrased as yes/no (「ありますか？」): 「いいえ」「特にない」 leave the choice to us.
  const indifferent =
    intent.answer === 'dontKnow' ||
    isNo(intent.answer) ||
    command === 'skip' ||
    command === 'anywhere' ||
    (intent.anyWork && intent.jobTypes.length === 0);
  if (intent.jobTypes.length > 0 || indifferent || command === 'more') {
    // Marked even when nothing is added, so that 「戻る」 from the next question comes back here.
    turn.markChanged();
    applyFacts(turn, intent);
    if (questionIs(turn.question, 'place')) return; // an ambiguous place came along: which one, first
    if (intent.jobTypes.length === 0 && command !== 'more') turn.say('ack.workAny');
    turn.forceResults = command === 'more';
    turn.question = null;
    return;
  }
  if (applyFacts(turn, intent)) {
    turn.settled = true;
    return;
  }
  // 「はい」 alone: yes, there is one; which one is asked, with the buttons.
  if (isYes(intent.answer)) return askWhichWork(turn);
  clarify(turn);
}

/** わからない to this many of our questions in a row ends the questions for this round. */
const UNSURE_ENOUGH = 2;

/** How many of the latest answers to our own questions (this round) were わからない. */
function unsureInARow(turn: Turn): number {
  let count = 0;
  for (let i = turn.ans.length - 1, left = turn.asked; i >= 0 && left > 0; i--) {
    const t = turn.ans[i]!;
    if (isStated(t)) continue; // volunteered, not an answer to our question
    left--;
    if (answerLevel(t) !== 'dontKnow') break;
    count++;
  }
  return count;
}

function answerAttribute(turn: Turn, intent: Intent, code: KindCode, id: string): void {
  const kind = kindOf(code);
  const named = (code === 't' ? intent.jobTypes : intent.conditions).find((m) => m.id === id);
  let level: AnswerLevel | null;
  if (named) {
    // 「カフェがいい」 answers the café question; a soft answer that agrees keeps its softness (「カフェはたぶん」).
    const direction: AnswerLevel = named.polarity === 'negative' ? 'no' : 'yes';
    // With other things named too, the softness may be theirs (「コンビニはいいけどカフェはいや」).
    const alone = intent.jobTypes.length + intent.conditions.length === 1;
    const agrees = intent.answer !== null && isNo(intent.answer) === isNo(direction);
    level = agrees && alone ? intent.answer : direction;
  } else if (hasFacts(intent)) {
    // 「居酒屋は嫌」 to the konbini question speaks about the izakaya, not the konbini: the question stays open.
    level = null;
  } else {
    // 「どこでもいい」 to a yes/no question means "either way", not a new area.
    const indifferent = intent.command === 'skip' || intent.command === 'anywhere';
    level = intent.answer ?? (indifferent ? 'dontKnow' : null);
  }
  if (level !== null) {
    turn.markChanged();
    // Answers to our questions are preferences; said firmly (「絶対」「じゃないと無理」) a yes constrains, and so
    // does a no to a job type. A firm no to a condition stays "not needed": 「交通費は絶対いらない」 must not hide
    // the jobs that pay it.
    const firm = intent.firm && (level === 'yes' || (level === 'no' && code === 't'));
    turn.answer(code, id, level, firm, firm);
    turn.asked++;
    if (level === 'dontKnow' && unsureInARow(turn) >= UNSURE_ENOUGH) {
      // Questions that only get わからない do not help: show what there is instead of asking on.
      turn.say('progress.enough');
      turn.forceResults = true;
    } else {
      turn.say(`ack.${kind}.${level}`, { name: subjectName(turn.ctx, turn.locale, code, id) }, id);
      if (firm) turn.say(level === 'yes' ? 'ack.firm.required' : 'ack.firm.excluded');
    }
    applyFacts(turn, intent, { code, id });
    return;
  }
  const changed = applyFacts(turn, intent, { code, id });
  if (intent.command === 'more') {
    turn.markChanged();
    turn.forceResults = true;
    return;
  }
  if (!changed) clarify(turn);
}

/** The job of the current page the user points at: by position, or by the one kind of work only it has. */
function pickedJob(turn: Turn, intent: Intent): string | undefined {
  const page = turn.currentPage();
  if (intent.ordinal !== null) {
    return page[intent.ordinal === -1 ? page.length - 1 : intent.ordinal - 1];
  }
  const named = intent.jobTypes.filter((m) => m.polarity === 'positive');
  if (named.length !== 1 || intent.conditions.length > 0 || intent.areas.length > 0) return undefined;
  const id = named[0]!.id;
  const having = page.filter((jobId) => turn.ctx.lookup.listings.get(jobId)?.jobTypeIds.includes(id));
  // 「パン屋のがいい」 picks the one bakery shown; with two bakeries (or none) it is a new wish instead.
  return having.length === 1 && page.length > 1 ? having[0] : undefined;
}

function answerResults(turn: Turn, intent: Intent): void {
  const { answer, command } = intent;
  if (command === null && !isNo(answer)) {
    const picked = pickedJob(turn, intent);
    if (picked !== undefined) return chooseJob(turn, picked);
  }
  // 「土日は無理」 at the results speaks about 土日, not about the jobs shown: the facts narrow, nothing is rejected.
  if ((isNo(answer) && !hasFacts(intent)) || command === 'noneFit') {
    turn.markChanged();
    turn.rej = [...turn.rej, ...turn.shown];
    turn.shown = [];
    turn.pg = 0;
    turn.asked = 0;
    turn.question = null;
    turn.say('results.rejected');
    applyFacts(turn, intent);
    return;
  }
  if (isYes(answer) && !hasFacts(intent)) {
    // 「はい」 to 「気になるお仕事はありましたか？」 with several shown: which one, before the goodbye.
    const page = turn.currentPage();
    if (page.length > 1) {
      // Not 「ありましたか？」 again (a yes/no question that only invites another はい): which one, by its button.
      turn.say('results.whichOne');
      turn.settled = true;
      turn.act = 'clarify';
      turn.askedOtherwise = true;
      turn.listJobs = true;
      turn.choices = [
        ...page.map((id, i) => ({
          label: turn.ctx.renderer.message(turn.locale, 'results.pickNumber', { n: i + 1 }).text,
          postback: jobPostback('choose', id),
        })),
        { label: turn.ctx.renderer.label(turn.locale, 'suggest.more'), postback: POSTBACKS.more },
      ];
      return;
    }
    // The only job shown: 「ええで」 to it takes it, and the reply names it.
    if (page.length === 1 && page[0] !== undefined) return chooseJob(turn, page[0]);
    return happyEnd(turn);
  }
  if (applyFacts(turn, intent)) return;
  if (command === 'more' || command === 'skip' || answer === 'dontKnow') return showNextPage(turn);
  clarify(turn);
}

function answerRestartOffer(turn: Turn, intent: Intent): void {
  // 「大阪でもう一回」: new facts search again at once, nothing needs starting over.
  if (applyFacts(turn, intent)) return;
  if (isYes(intent.answer)) return restart(turn);
  // 「わからない」 to 「もう一度探しますか？」: end politely (the goodbye keeps a button to start again) rather than
  // ask for はい or いいえ after the user has said they do not know.
  if (isNo(intent.answer) || intent.command === 'skip' || intent.answer === 'dontKnow') return stop(turn);
  clarify(turn);
}

/** A ward of a choice's city, or a municipality of a choice's prefecture. */
function isInside(place: Place, choice: Place): boolean {
  if (place[0] !== choice[0] || place[1] === undefined) return false;
  const city = choice[1];
  return city === undefined || place[1].startsWith(`${city} `);
}
