import { samePlace } from './state';
import type { Turn } from './turn';

/** Everything said so far is kept; the open question is asked again after the words. */
export function clarify(turn: Turn): void {
  const q = turn.q;
  if (q === null) return; // nothing open (a migrated state): the next question follows anyway
  turn.settled = true;
  turn.act = 'clarify';
  switch (q[0]) {
    case 'a':
      return turn.say('clarify.area');
    case 'p':
      return turn.say('clarify.areaPick');
    case 'w':
      return turn.say('clarify.work');
    case 'r':
      return turn.say('clarify.results');
    default:
      return turn.say('clarify.yesNo');
  }
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
  turn.say('results.chosen', { title: listing.title });
  happyEnd(turn);
}

/** A word after the goodbye (「ありがとう」): a goodbye again, and a new search offered, never forced. */
export function stayClosed(turn: Turn): void {
  turn.say('goodbye.after');
  turn.done = true;
  turn.settled = true;
  turn.act = 'goodbye';
}

export function restart(turn: Turn): void {
  turn.reset();
  turn.say('restart');
  turn.q = ['a'];
  turn.settled = true;
  turn.act = 'restart';
}

export function help(turn: Turn): void {
  turn.say('help');
  turn.act = 'help';
  turn.settled = turn.q !== null;
}

export function repeat(turn: Turn): void {
  turn.say('repeat');
  turn.act = 'repeat';
  turn.settled = turn.q !== null;
  turn.listJobs = turn.q?.[0] === 'r';
}

/** Takes back what the last turn that changed anything changed, and asks that turn's question again. */
export function undo(turn: Turn): void {
  turn.act = 'undo';
  const mark = turn.undo.pop();
  if (!mark) {
    turn.say('undo.nothing');
    turn.settled = turn.q !== null;
    turn.listJobs = turn.q?.[0] === 'r';
    return;
  }
  const [answers, rejected, asked, area, open, shown, page] = mark;
  turn.ans = turn.ans.slice(0, answers);
  turn.rej = turn.rej.slice(0, rejected);
  turn.asked = asked;
  turn.a = area;
  // Back before a widening: the named place is the search area again.
  if (turn.sa !== undefined && (area === null || (area !== '*' && samePlace(area, turn.sa)))) {
    turn.sa = undefined;
  }
  turn.q = open;
  turn.shown = [...shown];
  turn.pg = page;
  turn.say('undo.done');
  turn.settled = open !== null;
  turn.listJobs = open?.[0] === 'r';
}
