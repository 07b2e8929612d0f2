import type { AreaMention, AreaRef, Mention, NumberFacts, Utterance } from '../types';
import type { CorpusRow, ExpectedArea } from './corpus-row';

/** The fields of a row that the parse got wrong (empty: the row is right). */
export type Field = 'command' | 'answer' | 'jobTypes' | 'conditions' | 'areas' | 'numbers';

const mentionKeys = (mentions: readonly Pick<Mention, 'id' | 'polarity'>[]): string =>
  [...new Set(mentions.map((m) => `${m.id}:${m.polarity}`))].sort().join(',');

const areaKey = (area: AreaRef): string => `${area.prefecture}/${area.municipality ?? ''}`;

/**
 * A named place is right when it resolves to that one place without a question; a name several places share
 * is right when the parse asks among (at least) the places the labeller listed.
 */
function areaMatches(expected: ExpectedArea, got: AreaMention): boolean {
  if ('ambiguous' in expected) {
    const offered = new Set(got.candidates.map(areaKey));
    return got.candidates.length > 1 && expected.ambiguous.every((area) => offered.has(areaKey(area)));
  }
  return got.candidates.length <= 1 && areaKey(got) === areaKey(expected);
}

function areasMatch(expected: readonly ExpectedArea[], got: readonly AreaMention[]): boolean {
  if (expected.length !== got.length) return false;
  const left = [...got];
  return expected.every((area) => {
    const index = left.findIndex((mention) => areaMatches(area, mention));
    if (index < 0) return false;
    left.splice(index, 1);
    return true;
  });
}

function canonicalNumbers(numbers: NumberFacts): string {
  const sorted = (value: unknown): unknown =>
    value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;
  return JSON.stringify(sorted(numbers));
}

/** Compares every labelled field: a place or job read into an ordinary word is as wrong as a missed one. */
export function scoreRow(row: CorpusRow, got: Utterance): Field[] {
  const wrong: Field[] = [];
  const { expect } = row;
  if (expect.command !== got.command) wrong.push('command');
  if (expect.answer !== got.answer) wrong.push('answer');
  if (mentionKeys(expect.jobTypes) !== mentionKeys(got.mentions.jobTypes)) wrong.push('jobTypes');
  if (mentionKeys(expect.conditions) !== mentionKeys(got.mentions.conditions)) wrong.push('conditions');
  if (!areasMatch(expect.areas, got.mentions.areas)) wrong.push('areas');
  if (canonicalNumbers(expect.numbers) !== canonicalNumbers(got.numbers)) wrong.push('numbers');
  return wrong;
}
