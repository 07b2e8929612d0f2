import type { AnswerLevel } from '../engine';
import { answerId } from './answers';
import { listingTitle } from './names';
import { POSTBACKS } from './postbacks';
import { questionIs } from './question';
import { samePlace } from './state';
import type { Turn } from './turn';
import type { MessageKey } from '../i18n/keys';

/** Commands that an answer word can also mean (「もういい」 stop or no; 「パス」 skip or no): asked back. */
export type AskBackCommand = 'stop' | 'restart' | 'undo' | 'skip' | 'more';

/** A reply we could not use asks the question again; from the second in a row, buttons and a way on. */
function missed(turn: Turn): void {
  turn.settled = true;
  turn.act = 'clarify';
  turn.miss++;
}

/**
 * Everything said so far is kept; the open question is asked again after the words. `nearHome`: the user meant
 * their own neighbourhood (「近所で」), which we cannot know, so we ask for a station or town instead of saying we
 * did not understand.
 */
export function clarify(turn: Turn, nearHome = false): void {
  const question = turn.question;
  if (question === null) return; // nothing open (a migrated state): the next question follows anyway
  missed(turn);
  switch (question.kind) {
    case 'area':
      turn.say(nearHome ? 'clarify.areaNearHome' : 'clarify.area');
      // 「…最寄りの駅か市区町村の名前を教えてください」 is the question: p25-08 heard the area asked twice in one turn.
      if (nearHome) turn.askedOtherwise = true;
      break;
    case 'place':
      turn.say('clarify.areaPick');
      break;
    case 'work':
      turn.say('clarify.work');
      break;
    case 'results':
      turn.say('clarify.results');
      break;
    default:
      turn.say('clarify.yesNo');
  }
  if (turn.miss >= 2) turn.say('clarify.wayOn');
}

/**
 * 「バイト探してます」 to 「どのあたりで？」 the first time: a welcome, not an apology, and the question again. It still
 * counts as a try, so that saying it again is asked back as any other unusable reply.
 */
export function welcomeWorkSeeker(turn: Turn): void {
  missed(turn);
  turn.say('area.seeksWork');
}

/** 「はい」 to 「やってみたいお仕事の種類はありますか？」: which one, with the buttons; it counts as a try. */
export function askWhichWork(turn: Turn): void {
  missed(turn);
  turn.say('clarify.workWhich');
  if (turn.miss >= 2) turn.say('clarify.wayOn');
}

/**
 * 「もういい」 to a yes/no question: ending the conversation or a no? Nothing is recorded; the question stays
 * open and two buttons say the two meanings.
 */
export function askCommandOrAnswer(turn: Turn, command: AskBackCommand, answer: AnswerLevel): void {
  missed(turn);
  turn.say(`clarify.which.${command}`);
  const label = (key: Parameters<typeof turn.ctx.renderer.label>[1]) =>
    turn.ctx.renderer.label(turn.locale, key);
  turn.choices = [
    { label: label(`suggest.${command}`), postback: POSTBACKS[command] },
    { label: label(`suggest.${answer}`), postback: POSTBACKS[answer] },
  ];
  turn.listJobs = questionIs(turn.question, 'results');
}

export function stop(turn: Turn): void {
  turn.say('goodbye.stop');
  turn.done = true;
  turn.act = 'goodbye';
}

export function happyEnd(turn: Turn): void {
  // Marked so that 「戻る」 after the goodbye brings the results back.
  turn.markChanged();
  turn.say('goodbye.happy');
  turn.done = true;
  turn.act = 'goodbye';
}

/** 「2番目がいい」: that job, named back, and a happy end. */
export function chooseJob(turn: Turn, id: string): void {
  const listing = turn.ctx.lookup.listings.get(id);
  if (listing === undefined) return clarify(turn);
  turn.picked = id;
  turn.listJobs = true;
  // The event every channel records the same way (LINE's button, Alexa's 「2番目にする」, the web's card).
  turn.action = { kind: 'chosen', id };
  // Said aloud as its work, without the title's tags (「主婦(夫)歓迎｜…」): the card has the whole title.
  turn.say('results.chosen', { title: listingTitle(turn.ctx, turn.locale, listing) });
  happyEnd(turn);
}

/**
 * A word after the goodbye: 「ありがとう」 gets a goodbye again, anything else a word that the search has ended;
 * either way a new search is offered, never forced.
 */
export function stayClosed(turn: Turn, thanked: boolean): void {
  turn.say(thanked ? 'goodbye.after' : 'goodbye.closed');
  turn.done = true;
  turn.settled = true;
  turn.act = 'goodbye';
}

export function restart(turn: Turn): void {
  turn.reset();
  turn.say('restart');
  turn.question = { kind: 'area' };
  turn.settled = true;
  turn.act = 'restart';
}

/** Help for the step the user is at: what one can say to this question (then the question again). */
export function help(turn: Turn): void {
  turn.say(helpFor(turn));
  turn.act = 'help';
  turn.settled = turn.question !== null;
}

function helpFor(turn: Turn): MessageKey {
  switch (turn.question?.kind) {
    case 'area':
    case 'place':
      return 'help.area';
    case 'work':
      return 'help.work';
    case 'jobType':
    case 'condition':
      return 'help.yesNo';
    case 'results':
      return turn.focused !== undefined ? 'help.details' : 'help.results';
    default:
      return 'help.general';
  }
}

export function repeat(turn: Turn): void {
  turn.say('repeat');
  turn.act = 'repeat';
  turn.settled = turn.question !== null;
  turn.listJobs = questionIs(turn.question, 'results');
}

/** Takes back what the last turn that changed anything changed, and asks that turn's question again. */
export function undo(turn: Turn): void {
  turn.act = 'undo';
  const mark = turn.undo.pop();
  if (!mark) {
    turn.say('undo.nothing');
    turn.settled = turn.question !== null;
    turn.listJobs = questionIs(turn.question, 'results');
    return;
  }
  const { answers, rejected, asked, area, question, shown, page } = mark;
  // A firm wish taken back is no longer firm; an older plain one it had replaced comes back plain (the safe way:
  // it shows more near misses, never fewer than were asked for).
  for (const taken of turn.ans.slice(answers)) turn.fm.delete(answerId(taken));
  turn.ans = turn.ans.slice(0, answers);
  turn.rej = turn.rej.slice(0, rejected);
  turn.asked = asked;
  turn.a = area;
  // Back before a widening: the named place is the search area again.
  if (turn.sa !== undefined && (area === null || (area !== '*' && samePlace(area, turn.sa)))) {
    turn.sa = undefined;
  }
  turn.question = question;
  turn.shown = [...shown];
  turn.pg = page;
  // Back to a page of jobs is no question: 「ひとつ前の質問に戻りますね」 would not be true.
  turn.say(questionIs(question, 'results') ? 'undo.toResults' : 'undo.done');
  turn.settled = question !== null;
  turn.listJobs = questionIs(question, 'results');
}
