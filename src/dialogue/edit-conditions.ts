import { statedConstraints } from './constraints';
import { subjectName } from './names';
import { placeLabel } from './places';
import { POSTBACKS, dropCategoryPostback, dropPostback, EDIT_AREA_POSTBACK } from './postbacks';
import type { KindCode } from './state';
import type { Turn } from './turn';
import type { Suggestion } from './types';
import { latestWageWishId, parseWageWish, wageOf } from './wage-wish';
import type { MessageParams, Spoken } from '../i18n/types';

/** LINE shows at most 13 quick replies: the area, up to ten conditions, and 「このままでいい」. */
const MAX_DROPS = 10;

/**
 * 「条件を変えたい」: what the search holds now, said in one line (「京都府京都市・塾講師・日払いOK」), with a
 * button per stated item to take it out and one to change the place. Nothing is changed until one is tapped
 * (or said: 「日払いはなしで」 is taken as it always is).
 */
export function showConditionSummary(turn: Turn): void {
  const { ctx, locale } = turn;
  const c = statedConstraints(turn);
  const parts: (string | Spoken)[] = [];
  const drops: Suggestion[] = [];
  const label = (key: Parameters<typeof ctx.renderer.message>[1], vars: MessageParams) =>
    ctx.renderer.message(locale, key, vars).text;
  if (c.area !== null && c.area !== '*') parts.push(placeLabel(ctx, locale, c.area));
  const add = (code: KindCode, id: string, refused: boolean) => {
    const name = subjectName(ctx, locale, code, id);
    parts.push(refused ? label('edit.refused', { name }) : name);
    drops.push({
      label: label('edit.drop', { name: refused ? label('edit.refused', { name }) : name }),
      postback: dropPostback(code, id),
    });
  };
  // A whole category said as one word (「飲食以外」) is one item and one button, not one per job type (a student's
  // summary listed ホールスタッフ以外, キッチンスタッフ以外 … eleven of them, each with its own button).
  const addTypes = (ids: ReadonlySet<string>, refused: boolean) => {
    const { whole, rest } = wholeCategories(turn, ids);
    for (const category of whole) {
      const name = refused ? label('edit.refused', { name: category }) : category;
      parts.push(name);
      drops.push({ label: label('edit.drop', { name }), postback: dropCategoryPostback(category) });
    }
    rest.forEach((id) => add('t', id, refused));
  };
  addTypes(c.wantedTypes, false);
  addTypes(c.unwantedTypes, true);
  c.requiredConditions.forEach((id) => add('c', id, false));
  c.excludedConditions.forEach((id) => add('c', id, true));
  const wageId = latestWageWishId(turn.ans);
  const wish = wageId === undefined ? undefined : parseWageWish(wageId);
  if (c.wageMin !== null && wageId !== undefined && wish !== undefined) {
    const wage = label('edit.wage', { wage: ctx.renderer.wage(locale, wageOf(wish)) });
    parts.push(wage);
    drops.push({ label: label('edit.drop', { name: wage }), postback: dropPostback('c', wageId) });
  }
  turn.settled = true;
  turn.act = 'clarify';
  turn.listJobs = false;
  const button = (key: Parameters<typeof ctx.renderer.label>[1], postback: string): Suggestion => ({
    label: ctx.renderer.label(locale, key),
    postback,
  });
  if (parts.length === 0) {
    turn.say('edit.nothing');
  } else {
    turn.say('edit.summary', { list: ctx.renderer.list(locale, parts) });
    // The summary asks what to change: 「この中によさそうなお仕事は？」 after it asked a second, other thing.
    turn.askedOtherwise = true;
  }
  turn.choices = [
    button('suggest.changeArea', EDIT_AREA_POSTBACK),
    ...drops.slice(0, MAX_DROPS),
    button('suggest.keepConditions', POSTBACKS.repeat),
  ];
}

/** 「日払いを外す」 tapped: no wish either way from now on, and a new round of results. */
export function dropCondition(turn: Turn, code: KindCode, id: string): void {
  turn.markChanged();
  turn.answer(code, id, 'dontKnow', false);
  newRound(turn);
  const wish = parseWageWish(id);
  const { ctx, locale } = turn;
  const name =
    wish !== undefined
      ? ctx.renderer.message(locale, 'edit.wage', { wage: ctx.renderer.wage(locale, wageOf(wish)) })
      : subjectName(ctx, locale, code, id);
  turn.say('edit.dropped', { name });
}

/** The categories all of whose job types (two or more) are in `ids`, and the ids left over. */
function wholeCategories(turn: Turn, ids: ReadonlySet<string>): { whole: string[]; rest: string[] } {
  const members = new Map<string, string[]>();
  for (const type of turn.ctx.catalog.jobTypes) {
    if (type.category !== undefined) {
      members.set(type.category, [...(members.get(type.category) ?? []), type.id]);
    }
  }
  const whole = [...members].filter(([, types]) => types.length > 1 && types.every((id) => ids.has(id)));
  const covered = new Set(whole.flatMap(([, types]) => types));
  return { whole: whole.map(([category]) => category), rest: [...ids].filter((id) => !covered.has(id)) };
}

/** 「フード・飲食以外を外す」 tapped: no wish either way about any job type of the category, and a new round. */
export function dropCategory(turn: Turn, category: string): void {
  const types = turn.ctx.catalog.jobTypes.filter((t) => t.category === category).map((t) => t.id);
  const c = statedConstraints(turn);
  const refused = types.some((id) => c.unwantedTypes.has(id));
  turn.markChanged();
  for (const id of types) {
    if (c.wantedTypes.has(id) || c.unwantedTypes.has(id)) turn.answer('t', id, 'dontKnow', false);
  }
  newRound(turn);
  const { ctx, locale } = turn;
  turn.say('edit.dropped', {
    name: refused ? ctx.renderer.message(locale, 'edit.refused', { name: category }) : category,
  });
}

/** 「場所を変える」 tapped: the place is asked again; everything else stays. */
export function changeArea(turn: Turn): void {
  turn.markChanged();
  turn.a = null;
  turn.sa = undefined;
  newRound(turn);
  turn.question = { kind: 'area' };
  turn.settled = true;
  turn.act = 'askArea';
}

function newRound(turn: Turn): void {
  turn.shown = [];
  turn.pg = 0;
  turn.asked = 0;
  turn.question = null;
}
