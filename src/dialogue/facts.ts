import type { AnswerLevel } from '../engine';
import { latestLevel } from './evidence';
import { latestWageWishId, wageOf, wageWishId } from './wage-wish';
import type { Intent } from './intent';
import { groupName, subjectName } from './names';
import { placeLabel } from './places';
import { questionIs } from './question';
import { samePlace, type KindCode, type Place } from './state';
import type { Turn } from './turn';

/**
 * 「千葉市の若葉区か稲毛区あたり」「さいたま市です。大宮か浦和なら」: two or more wards of one designated city (with
 * the city itself or not) are that city, not the last ward said. Undefined otherwise.
 */
function wardsOfOneCity(areas: Intent['areas']): Intent['areas'][number] | undefined {
  if (areas.length < 2 || areas.some((a) => a.places.length !== 1)) return undefined;
  const places = areas.map((a) => a.places[0]!);
  const cityOf = (p: Place) => (p[1] === undefined ? undefined : `${p[0]}/${p[1].split(' ')[0]}`);
  const city = cityOf(places[0]!);
  if (city === undefined || places.some((p) => cityOf(p) !== city)) return undefined;
  // 「広島市の中区。八丁堀とか紙屋町あたり」 names one ward three ways: that ward.
  const wards = new Set(places.flatMap((p) => (p[1]?.includes(' ') === true ? [p[1]] : [])));
  if (wards.size < 2) return undefined;
  const place: Place = [places[0]![0], places[0]![1]!.split(' ')[0]!];
  return { surface: place[1] ?? place[0], places: [place] };
}

/** 「どこでもいい」 to a question about the work means "either way", not a new area. */
const isWorkQuestion = (turn: Turn) => questionIs(turn.question, 'jobType', 'condition', 'work');

export function setArea(turn: Turn, area: Place | '*'): void {
  turn.markChanged();
  turn.a = area;
  turn.sa = undefined;
  if (area === '*') turn.say('ack.areaAnywhere');
  else {
    turn.say('ack.area', { area: placeLabel(turn.ctx, turn.locale, area) }, area.join('/'));
    turn.areaSaid = true;
  }
}

/**
 * Facts the user volunteered (「渋谷でカフェ、日払いがいい」): an area, liked and disliked job types and conditions.
 * Returns whether anything new was learnt. Mentions of `skip` (the subject being answered) are left out.
 */
export function applyFacts(
  turn: Turn,
  intent: Intent,
  skip?: { code: KindCode; id: string },
  areas = true,
): boolean {
  let changed = false;
  if (areas) {
    const area = wardsOfOneCity(intent.areas) ?? intent.areas.at(-1);
    if (area && area.places.length === 1) {
      const place = area.places[0]!;
      if (turn.a === null || turn.a === '*' || !samePlace(turn.a, place)) {
        setArea(turn, place);
        changed = true;
      }
    } else if (area) {
      turn.markChanged();
      turn.question = { kind: 'place', surface: area.surface, places: area.places };
      turn.settled = true;
      changed = true;
    } else if (intent.command === 'anywhere' && turn.a !== '*' && !isWorkQuestion(turn)) {
      setArea(turn, '*');
      changed = true;
    }
  }
  const likes: string[] = [];
  /**
   * 「品出しでもいいです」「夜勤でもよかよ」: fine with it, never said to be a condition. A condition so said only
   * ranks; a job type so said is one more kind of work wanted (see `soft` below).
   */
  const fineWith: string[] = [];
  /** 「ネパールから来ました」: told, not asked for; it ranks, and is said back as such. */
  const preferred: string[] = [];
  const firmNames: string[] = [];
  const dislikes: string[] = [];
  // Many types from one word (a category: 「飲食以外」) are acknowledged by that word, not one by one.
  const saidOnce = new Set<string>();
  const nameOf = (
    code: KindCode,
    m: { id: string; surface: string },
    list: readonly { surface: string }[],
  ) => {
    if (list.filter((other) => other.surface === m.surface).length < 3) {
      return subjectName(turn.ctx, turn.locale, code, m.id);
    }
    if (saidOnce.has(m.surface)) return undefined;
    saidOnce.add(m.surface);
    return groupName(turn.ctx, turn.locale, m.surface);
  };
  const lists = [
    ['t', intent.jobTypes],
    ['c', intent.conditions],
  ] as const;
  for (const [code, mentions] of lists) {
    for (const m of mentions) {
      if (skip && skip.code === code && skip.id === m.id) continue;
      // 「日払いは外して」 of a wish said before takes the wish out; it does not refuse 日払い jobs. 「土日は外して」
      // reads as wanting 平日のみ (a refused 土日のみ), the wish said before: it is taken out too.
      const wished = latestLevel(turn.ans, code, m.id);
      if (intent.takesOut && (wished === 'yes' || wished === 'probablyYes')) {
        turn.markChanged();
        turn.answer(code, m.id, 'dontKnow', false);
        turn.say('edit.dropped', { name: subjectName(turn.ctx, turn.locale, code, m.id) });
        changed = true;
        continue;
      }
      // 「1日4時間以内OKを外す」 of something never wished: nothing to take out, and no wish to record (it had been
      // recorded as wanted: the opposite of what was asked).
      if (intent.takesOut && m.polarity === 'positive') {
        turn.say('edit.notSet', { name: subjectName(turn.ctx, turn.locale, code, m.id) });
        changed = true;
        continue;
      }
      // 「夜勤でもよかよ」: a condition one is fine with is a weak yes, not a wish the results must be said to lack.
      // 「寮あるとうれしい」: one hoped for is a yes, as a yes to our question is: a preference, never a filter.
      const level: AnswerLevel =
        m.polarity === 'negative'
          ? 'no'
          : code === 'c' && m.soft === true && m.inferred !== true && m.hoped !== true
            ? 'probablyYes'
            : 'yes';
      // 「寮がないと無理です」: a wanted condition said firmly is required beyond relaxing (see Turn.answer).
      const firm = code === 'c' && level === 'yes' && intent.firmConditions.includes(m.id);
      if (latestLevel(turn.ans, code, m.id) === level && (!firm || turn.fm.has(m.id))) continue;
      turn.markChanged();
      // 「夜勤でもよかよ」: fine with it, so it ranks; it is no filter a match must pass. 「高校生でもいける？」 is
      // about who the worker is: whether a job takes them, so a filter. A job type one is fine with
      // (「事務かデータ入力、コールセンターでもいいです」) is one more kind of work wanted: the wanted types are
      // alternatives, so it only widens; beside 「なんでもいい」 it is a hope that moves nothing. What was
      // inferred, not asked for (「ネパールから来ました」), only ranks.
      const soft =
        m.inferred === true ||
        (m.soft === true &&
          (code === 'c' ? turn.ctx.lookup.conditions.get(m.id)?.describesWorker !== true : intent.anyWork));
      turn.answer(code, m.id, level, !soft, firm);
      const name = nameOf(code, m, mentions);
      if (firm) firmNames.push(subjectName(turn.ctx, turn.locale, code, m.id));
      // Said back as it was said: 「品出しでも大丈夫なんですね」 even where it widens the wanted work. A hope
      // (「寮あるとうれしい」) ranks what has it first, and is said back so, not as 「寮・社宅もOKなんですね」.
      if (name !== undefined) {
        const said =
          level === 'no'
            ? dislikes
            : m.inferred === true || m.hoped === true
              ? preferred
              : m.soft === true
                ? fineWith
                : likes;
        said.push(name);
      }
      changed = true;
    }
  }
  if (intent.wageMin !== null) {
    const id = wageWishId(intent.wageMin);
    if (latestLevel(turn.ans, 'c', id) !== 'yes' || latestWageWishId(turn.ans) !== id) {
      turn.markChanged();
      turn.answer('c', id, 'yes', true);
      turn.say('ack.wageMin', { wage: turn.ctx.renderer.wage(turn.locale, wageOf(intent.wageMin)) });
      changed = true;
    }
  }
  // 「週2くらい」「夕方5時から」: stated, so as hard as a named condition (a listing without the matching
  // schedule condition is shown as related, saying what differs).
  for (const m of intent.scheduleConditions) {
    // 「1日4時間以内OKを外す」: hours said to be taken out are no wish (see the lists above).
    if (intent.takesOut) {
      const wished = latestLevel(turn.ans, 'c', m.id);
      const name = subjectName(turn.ctx, turn.locale, 'c', m.id);
      if (wished === 'yes' || wished === 'probablyYes') {
        turn.markChanged();
        turn.answer('c', m.id, 'dontKnow', false);
        turn.say('edit.dropped', { name });
      } else turn.say('edit.notSet', { name });
      changed = true;
      continue;
    }
    if (latestLevel(turn.ans, 'c', m.id) !== undefined) continue;
    turn.markChanged();
    const refused = m.polarity === 'negative';
    turn.answer('c', m.id, refused ? 'no' : 'yes', true);
    (refused ? dislikes : likes).push(subjectName(turn.ctx, turn.locale, 'c', m.id));
    changed = true;
  }
  const r = turn.ctx.renderer;
  if (likes.length > 0) turn.say('ack.volunteered.likes', { list: r.list(turn.locale, likes) });
  if (fineWith.length > 0) turn.say('ack.volunteered.fineWith', { list: r.list(turn.locale, fineWith) });
  if (preferred.length > 0) turn.say('ack.volunteered.preferred', { list: r.list(turn.locale, preferred) });
  if (firmNames.length > 0) turn.say('ack.volunteered.firm', { list: r.list(turn.locale, firmNames) });
  if (dislikes.length > 0) turn.say('ack.volunteered.dislikes', { list: r.list(turn.locale, dislikes) });
  // New wishes while results or the offer to start over are open: a new round from what is known now. At the
  // results it is the list again, narrowed (「土日は無理」 to a list wants that list without weekend jobs, not a
  // new question).
  if (changed && questionIs(turn.question, 'results', 'startOver')) {
    if (questionIs(turn.question, 'results')) turn.forceResults = true;
    turn.shown = [];
    turn.pg = 0;
    turn.question = null;
  }
  return changed;
}
