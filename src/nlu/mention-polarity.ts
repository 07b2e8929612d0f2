import { normalize } from './normalize';
import { wordList } from './word-list';

/** What may sit between a name and what is said about it: 「居酒屋とかは嫌」「夜勤だけは無理」. */
const PARTICLES = wordList(
  'とかは, とかも, なんかは, なんか, だけは, って, とか, だと, なら, は, が, も, の, で',
);

/** Said right after a name, these exclude it: 「居酒屋以外」「夜勤は嫌」「日払いはいらない」「居酒屋じゃなくて」. */
const NEGATIVE = wordList(`
  以外, いがい, じゃなく, じゃない, ではなく, ではない, でなく, いや, 嫌, やだ, 無理, むり, だめ, 駄目,
  いらない, 要らない, いらん, 不要, なし, 無し, ないほう, ないところ, 抜き, ぬき, 除いて, 除く, のぞいて, 苦手,
  にがて, 嫌い, きらい, 避け, さけたい, ng, ぱす, 興味ない, 興味なし, やめて, やりたくない`).map(normalize);

/** Soft refusals that only refuse after は: 「夜勤はちょっと」 but not 「カフェでちょっと働きたい」. */
const SOFT_AFTER_WA = ['はちょっと', 'はあまり', 'はあんまり', 'はいまいち', 'は微妙', 'はびみょう'].map(
  normalize,
);

/** 「日払いじゃなくてもいい」: the user does not need it, which is no preference either way. */
const INDIFFERENT = wordList('じゃなくても, でなくても, なくても, どっちでも, どちらでも, こだわらない');

/** 「カフェじゃないと嫌」「日払いがないと困る」: a must, though it is said with a negation. */
const REQUIRED = wordList('じゃないと, でないと, がないと, ないと困る, ないとだめ');

/** Joins two names so that what follows the second applies to both: 「居酒屋とバー以外」. */
const COORDINATORS = new Set(wordList('と, や, とか, か, も, または, あと, それと, and, or'));

export type Stance = 'positive' | 'negative' | 'indifferent' | 'coordinated';

function stripParticles(text: string): string {
  let rest = text;
  for (let round = 0; round < 2; round++) {
    const particle = PARTICLES.find((p) => rest.startsWith(p) && rest.length > p.length);
    if (particle === undefined) break;
    rest = rest.slice(particle.length);
  }
  return rest;
}

/** What the normalized text right after a name says about it. `following` ends at the next name (or is cut). */
export function stanceAfter(following: string, hasNext: boolean): Stance {
  if (hasNext && COORDINATORS.has(following)) return 'coordinated';
  const candidates = [following, stripParticles(following)];
  if (candidates.some((text) => REQUIRED.some((m) => text.startsWith(m)))) return 'positive';
  if (candidates.some((text) => INDIFFERENT.some((m) => text.startsWith(m)))) return 'indifferent';
  if (candidates.some((text) => NEGATIVE.some((m) => text.startsWith(m)))) return 'negative';
  const topic = following.replace(/^(とか|なんか|だけ)/u, '');
  if (SOFT_AFTER_WA.some((m) => topic.startsWith(m))) return 'negative';
  return 'positive';
}

const ENGLISH_NEGATORS = new Set(['no', 'not', 'except', 'without', 'nor', 'hate', 'avoid', 'besides']);

/** English: the words before a name exclude it ("no bars", "anything but izakaya", "not night shifts"). */
export function englishStance(before: readonly string[]): Stance {
  const last = before[before.length - 1];
  const lastTwo = before.slice(-2).join(' ');
  if (last !== undefined && ENGLISH_NEGATORS.has(last)) return 'negative';
  if (['anything but', 'dont want', 'dont like', 'do not', 'rather not', 'other than'].includes(lastTwo)) {
    return 'negative';
  }
  return 'positive';
}
