import { Engine } from './engine';
import { condition, flatModel, jobType, listing } from './testing/tiny-catalog';

describe('Engine.listingPrior', () => {
  it('spreads a type’s share over its listings, scaled so the likeliest listing has 1', () => {
    // Both types are liked by the same share of users; A has one listing, B two.
    const engine = new Engine(
      {
        jobTypes: [jobType('A'), jobType('B')],
        conditions: [condition('c')],
        listings: [listing('a1', ['A'], []), listing('b1', ['B'], ['c']), listing('b2', ['B'], [])],
      },
      flatModel(['A', 'B']),
    );
    expect(Array.from(engine.listingPrior)).toEqual([1, 0.5, 0.5]);
  });

  it('adds the shares of a listing’s several types', () => {
    const engine = new Engine(
      {
        jobTypes: [jobType('A'), jobType('B')],
        conditions: [],
        listings: [listing('ab', ['A', 'B'], []), listing('a', ['A'], []), listing('b', ['B'], [])],
      },
      flatModel(['A', 'B']),
    );
    // ab: s/2 + s/2 = s; a: s/2; b: s/2
    expect(Array.from(engine.listingPrior)).toEqual([1, 0.5, 0.5]);
  });
});
