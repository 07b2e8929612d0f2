import type { Stance } from './mention-polarity';

/**
 * English stance of a name from the clause it is in, not from the one word before it: "I don't want to work on
 * weekends", "not a call center please", "kitchen is ok but I can't do the hall", "izakaya is not for me".
 * Words are lower case without apostrophes (don't -> dont), one clause at a time.
 */

/** Each turns the stance round once; two cancel ("I don't want a job without transport fees", "don't mind"). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'dont',
  'doesnt',
  'didnt',
  'cant',
  'cannot',
  'couldnt',
  'wont',
  'wouldnt',
  'isnt',
  'arent',
  'shouldnt',
  'hate',
  'dislike',
  'avoid',
  'except',
  'excluding',
  'without',
  'besides',
  'against',
  'mind',
  'nope',
  'nah',
  'nothing',
]);

/** Said after a name, these refuse it too ("izakaya is out", "nights are hard"); before one they describe. */
const AFTER_NEGATORS = new Set([
  'out',
  'hard',
  'tough',
  'difficult',
  'impossible',
  'tiring',
  'exhausting',
  'scary',
]);

/** "done with", "sick of", "tired of", "fed up with": had enough of what follows. */
const HAD_ENOUGH: Readonly<Record<string, string>> = { done: 'with', sick: 'of', tired: 'of', up: 'with' };

/** Choosing one over another: "I'd prefer a cafe over an izakaya". */
const CHOOSING = new Set(['prefer', 'rather', 'choose', 'pick', 'like']);

/** The clause turns to something else: what came before says nothing about the name after it. */
const CONTRASTS = new Set(['but', 'though', 'although', 'however', 'whereas', 'while', 'yet']);

/** After these a negator is about knowing or caring, not about the name ("I don't know if a cafe is ok"). */
const NOT_ABOUT_IT = new Set(['know', 'sure', 'matter', 'care', 'problem', 'worries', 'issue']);

/** A leading "no" followed by a subject answers the question and is not about the name ("no I want a cafe"). */
const SUBJECTS = new Set(['i', 'im', 'id', 'ill', 'ive', 'we', 'its', 'thats', 'that', 'it', 'you']);

/**
 * "anything but izakaya", "other than bars", "cafe rather than izakaya", "instead of a bar", "a cafe over an
 * izakaya", "done with izakaya", "stop working nights": an exclusion.
 */
function isExcluding(words: readonly string[], at: number): boolean {
  const word = words[at];
  const before = words[at - 1];
  if (word === 'but') return before === 'anything' || before === 'everything' || before === 'all';
  if (word === 'than') return before === 'other' || before === 'rather';
  if (word === 'of') return before === 'instead';
  if (word === 'over') return words.slice(0, at).some((w) => CHOOSING.has(w));
  // "I want to stop working nights", "quit doing deliveries": giving it up.
  if ((word === 'stop' || word === 'quit') && (words[at + 1] === 'working' || words[at + 1] === 'doing'))
    return true;
  const had = word === undefined ? undefined : HAD_ENOUGH[word];
  return had !== undefined && words[at + 1] === had;
}

function isNegator(words: readonly string[], at: number): boolean {
  if (isExcluding(words, at)) return true;
  const word = words[at] as string;
  if (!NEGATORS.has(word)) return false;
  const next = words[at + 1];
  if (next !== undefined && NOT_ABOUT_IT.has(next)) return false;
  // "not a problem", "no big deal"
  if (next === 'a' && words[at + 2] === 'problem') return false;
  if (word === 'no' && at === 0 && next !== undefined && SUBJECTS.has(next)) return false;
  // "hmm not really I'm more into kitchen stuff": the answer, then what is wanted instead.
  if (word === 'not' && next === 'really' && SUBJECTS.has(words[at + 2] ?? '')) return false;
  return true;
}

/**
 * "my weekdays are taken up by uni", "weekends are busy for me": a time said to be taken by something else is
 * refused, as 「平日は学校があるので」 is (p24-10 had wanted 平日のみ beside "Weekends only please").
 */
const TAKEN = new Set(['taken', 'busy', 'booked', 'occupied', 'full']);
const BE = new Set([
  'are',
  'is',
  'am',
  'were',
  'was',
  'get',
  'gets',
  'all',
  'always',
  'usually',
  'pretty',
  'quite',
]);
const takenUp = (words: readonly string[], at: number): boolean =>
  TAKEN.has(words[at] as string) && BE.has(words[at - 1] ?? '');

function negationsIn(words: readonly string[], from: number, to: number, after = false): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (isNegator(words, i) || (after && (AFTER_NEGATORS.has(words[i] as string) || takenUp(words, i))))
      count++;
  }
  return count;
}

/**
 * "I have language school during the day", "I've got work on weekdays": a time one has something else in is
 * taken, not wanted (p30-19 had been searched for daytime work beside "so it has to be evenings").
 */
const HAVE = new Set(['have', 'has', 'got', 'ive', "i've", 'attend', 'go']);
const BUSY_WITH = new Set(
  'school class classes lessons lectures uni university college work job shift shifts kids childcare'.split(
    ' ',
  ),
);
const LEADING = new Set(['on', 'in', 'at', 'every', 'most', 'all', 'the']);
function timeTakenBy(words: readonly string[], from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && LEADING.has(words[i] as string)) i--;
  if (i < from || !BUSY_WITH.has(words[i] as string)) return false;
  return words.slice(from, i).some((w) => HAVE.has(w));
}

/** Where the part of the clause that speaks about position `at` starts: after the last contrast before it. */
function scopeStart(words: readonly string[], at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (CONTRASTS.has(words[i] as string) && !isExcluding(words, i)) return i + 1;
  }
  return 0;
}

/** Where it ends: at the next contrast, or at the next name. */
function scopeEnd(words: readonly string[], from: number, nextName: number): number {
  for (let i = from; i < nextName; i++) if (CONTRASTS.has(words[i] as string)) return i;
  return nextName;
}

/** A clause that is only a refusal: "no thanks", "nope", "not for me", "not really" (not "not an izakaya"). */
function refuses(clause: readonly string[]): boolean {
  const [first, second] = clause;
  if (first === 'nope' || first === 'nah') return true;
  // "no thanks", "no way"; not "no night shifts", which is about what it names.
  if (first === 'no') return second === undefined || ['thanks', 'thank', 'way'].includes(second);
  return (
    first === 'not' && ['for', 'really', 'interested', 'ok', 'okay', 'good', 'great'].includes(second ?? '')
  );
}

/** Who does the work in "I work as", "I'm working as", "I currently work as" (not "can", "to", "want to"). */
const WORKERS = new Set('i im am currently now also still actually usually mainly already'.split(' '));
const WORKING = new Set(['work', 'working', 'employed']);
/** "my main job is", "my day job is": the job one has. */
const OWN_JOB = new Set(['my', 'main', 'day', 'regular', 'current', 'usual', 'fulltime', 'time']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "I work as an engineer", "I'm working as a cook", "my main job is programming", "I work full-time", "I have a
 * full-time job": the speaker's own job, said to
 * describe themselves, is no wish for that work (they are mostly after a side job). The name follows the phrase
 * directly or after an article and one more word ("as a software engineer").
 */
function describesOwnJob(words: readonly string[], at: number, end: number): boolean {
  for (let p = at - 1; p >= Math.max(0, at - 3); p--) {
    const between = words.slice(p + 1, at);
    const articles = between.filter((w) => ARTICLES.has(w)).length;
    if (articles > 1 || between.length - articles > 1) return false;
    const [subject, verb, word] = [words[p - 2] ?? '', words[p - 1] ?? '', words[p]];
    if (word === 'as' && (worksRightBefore(words, p) || (WORKING.has(verb) && WORKERS.has(subject))))
      return true;
    // "I work full-time during the week", "I'm working nights": how one works now, right after the verb.
    if (p === at - 1 && WORKING.has(word ?? '') && WORKERS.has(verb)) return true;
    // "I have a full-time job": the job one has.
    // "I already have a full-time job", "I've got a day job".
    const haver = verb === 'i' || verb === 'ive' || (WORKERS.has(verb) && subject === 'i');
    if ((word === 'have' || word === 'got') && haver && words[end] === 'job') return true;
    if (word === 'is' && verb === 'job' && OWN_JOB.has(subject)) return true;
  }
  return false;
}

/** "I work full time as", "I'm working part-time as": the verb a word or two before "as". */
function worksRightBefore(words: readonly string[], as: number): boolean {
  for (let q = as - 2; q >= Math.max(1, as - 3); q--) {
    if (WORKING.has(words[q] ?? '') && WORKERS.has(words[q - 1] ?? '')) return true;
  }
  return false;
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The stance of each name (word spans, ascending) in one clause's words. The words before a name in its part
 * of the clause decide; with no negation there, the words after it when no other name follows before a
 * contrast ("izakaya is not for me but a cafe is ok"); with nothing after it either, a next clause that starts with a refusal ("izakaya? no thanks").
 */
export function englishClauseStances(
  words: readonly string[],
  spans: readonly WordSpan[],
  nextClause: readonly string[] = [],
): Stance[] {
  const stances: Stance[] = [];
  spans.forEach((span, index) => stances.push(stanceOf(words, spans, nextClause, index, stances)));
  return stances;
}

function stanceOf(
  words: readonly string[],
  spans: readonly WordSpan[],
  nextClause: readonly string[],
  index: number,
  earlier: readonly Stance[],
): Stance {
  const span = spans[index]!;
  if (describesOwnJob(words, span.start, span.end)) return 'indifferent';
  // "no late-night shifts and no weekends": a name with a negator of its own after the name before is refused by
  // that one alone (the first "no" was the other name's); "no izakaya or bars" still refuses both.
  const previousEnd = spans[index - 1]?.end ?? 0;
  const own = negationsIn(words, previousEnd, span.start);
  const from = own > 0 ? Math.max(previousEnd, scopeStart(words, span.start)) : scopeStart(words, span.start);
  if (timeTakenBy(words, from, span.start)) return 'negative';
  const before = negationsIn(words, from, span.start);
  if (before > 0) return before % 2 === 1 ? 'negative' : 'positive';
  const nextName = spans[index + 1]?.start ?? words.length;
  const end = scopeEnd(words, span.end, nextName);
  // 「cafe rather than izakaya」「cafe not izakaya」: a negation right before the next name is about that one.
  const toNextName = end === nextName && nextName < words.length;
  const after = toNextName ? 0 : negationsIn(words, span.end, end, true);
  if (after > 0) return after % 2 === 1 ? 'negative' : 'positive';
  const last = index === spans.length - 1 && end === words.length;
  if (last && refuses(nextClause)) return 'negative';
  // "night is ok", "weekends are no problem" ending the clause: fine with it, not asking for it. Not as the
  // choice against a refusal ("I don't want izakaya but cafe is ok", "kitchen is ok but I can't do the hall")
  // nor in a doubt ("I don't know if izakaya is ok").
  const fine = !toNextName && FINE_WITH_IT.test(words.slice(span.end, span.end + 4).join(' '));
  const chosen = earlier.includes('negative') || words.slice(0, span.start).includes('if');
  return fine && !chosen ? 'permissive' : 'positive';
}

/** What follows a name said to be acceptable rather than wanted. */
const FINE_WITH_IT =
  /^(is|are|'s|would be|will be) (ok|okay|fine|no problem|alright|all right)( too| also| as well)?$/u;
