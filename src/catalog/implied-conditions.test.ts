import type { ConditionGroup } from './types';
import { implicationsOf, NO_IMPLICATIONS, withImplied } from './implied-conditions';

const groups: ConditionGroup[] = [
  { kind: 'exclusive', conditionIds: ['short-term', 'long-term'] },
  { kind: 'implies', conditionId: 'late-night', implied: ['night'] },
  { kind: 'implies', conditionId: 'one-day', implied: ['short-term'] },
  { kind: 'implies', conditionId: 'short-term', implied: ['flexible'] },
  { kind: 'implies', conditionId: 'a', implied: ['b'] },
  { kind: 'implies', conditionId: 'b', implied: ['a'] },
];

describe('implied conditions', () => {
  const implications = implicationsOf(groups);

  it('adds what a condition implies, transitively', () => {
    expect([...withImplied(['late-night'], implications)].sort()).toEqual(['late-night', 'night']);
    expect([...withImplied(['one-day'], implications)].sort()).toEqual(['flexible', 'one-day', 'short-term']);
  });

  it('never adds the reverse: a night job is not thereby a late-night one', () => {
    expect([...withImplied(['night'], implications)]).toEqual(['night']);
  });

  it('ends on a cycle and ignores exclusive groups', () => {
    expect([...withImplied(['a'], implications)].sort()).toEqual(['a', 'b']);
    expect([...withImplied(['long-term'], implications)]).toEqual(['long-term']);
  });

  it('leaves the conditions as they are without implications', () => {
    expect([...withImplied(['late-night'], NO_IMPLICATIONS)]).toEqual(['late-night']);
  });
});
