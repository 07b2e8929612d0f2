import { Engine } from '../engine';
import type { Evidence } from '../evidence';
import type { DecideOptions } from '../strategy';
import { fourTypeModel } from '../testing/four-types';
import { condition, flatModel, jobType, listing, sixteenCodes } from '../testing/tiny-catalog';
import { BayesStrategy, DEFAULT_BAYES_OPTIONS } from './bayes-strategy';
import { createStrategy } from './registry';

const options = (overrides: Partial<DecideOptions> = {}): DecideOptions => ({
  topK: 2,
  turnsLeft: 10,
  random: () => 0.5,
  ...overrides,
});
const evidence = (answers: Evidence['answers'] = [], rejectedListingIds: string[] = []): Evidence => ({
  answers,
  rejectedListingIds,
});

describe('maxent', () => {
  // Eight listings; cA on 1 of 8, cB on 3 of 8, cC on 6 of 8: binary entropies 0.544, 0.954, 0.811.
  const listings = Array.from({ length: 8 }, (_, i) =>
    listing(`L${i}`, ['t'], [...(i < 1 ? ['cA'] : []), ...(i < 3 ? ['cB'] : []), ...(i < 6 ? ['cC'] : [])]),
  );
  const engine = new Engine(
    { jobTypes: [jobType('t')], conditions: ['cA', 'cB', 'cC'].map((c) => condition(c)), listings },
    flatModel(['t']),
  );

  it('asks the condition whose split is closest to half', () => {
    expect(createStrategy('maxent', engine).decide(evidence(), options())).toEqual({
      kind: 'askCondition',
      id: 'cB',
    });
  });

  it('filters hard on answers and shows the survivors once k or fewer remain', () => {
    const act = createStrategy('maxent', engine).decide(
      evidence([
        { kind: 'condition', id: 'cB', level: 'yes' },
        { kind: 'condition', id: 'cA', level: 'no' },
      ]),
      options(),
    );
    expect(act).toEqual({ kind: 'recommend', listingIds: ['L1', 'L2'] });
  });
});

describe('seed', () => {
  const jobTypes = ['cafe', 'konbini', 'restaurant', 'izakaya'].map((id) => jobType(id));
  // Six café listings: c3 on half of them (3/6), c2 on 2/6, c1 on 1/6. Four izakaya listings, all with c3 and c2,
  // so over ALL listings c3 is 7/10 and c2 6/10: only the liked type's listings may decide.
  const listings = [
    listing('cafe1', ['cafe'], ['c1', 'c2', 'c3']),
    listing('cafe2', ['cafe'], ['c2', 'c3']),
    listing('cafe3', ['cafe'], ['c3']),
    listing('cafe4', ['cafe'], []),
    listing('cafe5', ['cafe'], []),
    listing('cafe6', ['cafe'], []),
    ...[1, 2, 3, 4].map((i) => listing(`iz${i}`, ['izakaya'], ['c2', 'c3'])),
  ];
  const engine = new Engine(
    { jobTypes, conditions: ['c1', 'c2', 'c3'].map((c) => condition(c)), listings },
    fourTypeModel(),
  );
  const seed = createStrategy('seed', engine);

  it('after "likes カフェ" asks コンビニ, the type of least expected entropy (hand-worked in type-posterior.test)', () => {
    expect(seed.decide(evidence([{ kind: 'jobType', id: 'cafe', level: 'yes' }]), options())).toEqual({
      kind: 'askJobType',
      id: 'konbini',
    });
  });

  it('once the types are known, asks the condition that halves the liked type’s listings', () => {
    // cafe yes; konbini no, restaurant no, izakaya no: every type observed, so types are known.
    const known = evidence([
      { kind: 'jobType', id: 'cafe', level: 'yes' },
      { kind: 'jobType', id: 'konbini', level: 'no' },
      { kind: 'jobType', id: 'restaurant', level: 'no' },
      { kind: 'jobType', id: 'izakaya', level: 'no' },
    ]);
    expect(seed.decide(known, options())).toEqual({ kind: 'askCondition', id: 'c3' });
  });

  it('shows the liked type’s listings once k or fewer remain', () => {
    const act = seed.decide(
      evidence([
        { kind: 'jobType', id: 'cafe', level: 'yes' },
        { kind: 'jobType', id: 'konbini', level: 'no' },
        { kind: 'jobType', id: 'restaurant', level: 'no' },
        { kind: 'jobType', id: 'izakaya', level: 'no' },
        { kind: 'condition', id: 'c3', level: 'yes' },
        { kind: 'condition', id: 'c1', level: 'no' },
      ]),
      options(),
    );
    expect(act).toEqual({ kind: 'recommend', listingIds: ['cafe2', 'cafe3'] });
  });
});

describe('popular', () => {
  const listings = [
    ...[1, 2, 3].map((i) => listing(`cafe${i}`, ['cafe'], i === 1 ? ['c1'] : [])),
    ...[1, 2, 3].map((i) => listing(`iz${i}`, ['izakaya'], [])),
  ];
  const engine = new Engine(
    {
      jobTypes: ['cafe', 'konbini', 'restaurant', 'izakaya'].map((id) => jobType(id)),
      conditions: [condition('c1')],
      listings,
    },
    fourTypeModel(),
  );
  const popular = createStrategy('popular', engine);

  it('asks the most liked job type that has listings, then shows that type’s listings', () => {
    // Type shares (α = 1): cafe 6/12, konbini 5/12, restaurant 6/12, izakaya 4/12; only cafe and izakaya have listings.
    expect(popular.decide(evidence(), options())).toEqual({ kind: 'askJobType', id: 'cafe' });
    const act = popular.decide(evidence([{ kind: 'jobType', id: 'cafe', level: 'yes' }]), options());
    expect(act).toEqual({ kind: 'recommend', listingIds: ['cafe1', 'cafe2'] });
  });

  it('moves down the list after a no', () => {
    expect(
      popular.decide(evidence([{ kind: 'jobType', id: 'cafe', level: 'no' }]), options({ topK: 1 })),
    ).toEqual({
      kind: 'recommend',
      listingIds: ['iz1'],
    });
  });
});

describe('bayes', () => {
  const catalog = sixteenCodes();
  const engine = new Engine(catalog, flatModel(['only']));
  // With top-2 of sixteen, the default threshold (0.15) shows results almost at once; 0.5 exercises the questions.
  const bayes = new BayesStrategy(engine, DEFAULT_BAYES_OPTIONS);

  it('asks a condition that halves the posterior while it is spread out', () => {
    const act = bayes.decide(evidence([{ kind: 'condition', id: 'c0', level: 'yes' }]), options());
    expect(act.kind).toBe('askCondition');
    expect(act).not.toEqual({ kind: 'askCondition', id: 'c0' });
  });

  it('shows the listings that fit once they hold the posterior, and never a rejected one again', () => {
    const answers = [
      { kind: 'condition' as const, id: 'c0', level: 'yes' as const },
      { kind: 'condition' as const, id: 'c1', level: 'yes' as const },
      { kind: 'condition' as const, id: 'c2', level: 'yes' as const },
    ];
    const first = bayes.decide(evidence(answers), options());
    expect(first).toEqual({ kind: 'recommend', listingIds: ['L0111', 'L1111'] });
    const second = bayes.decide(evidence(answers, ['L0111', 'L1111']), options());
    expect(second.kind === 'recommend' ? second.listingIds : []).not.toContain('L0111');
  });

  it('a wrong "no" does not lose the target for good, unlike hard filtering', () => {
    // The target L1111 has c0..c3, but the user wrongly said no to c3.
    const answers = [
      { kind: 'condition' as const, id: 'c0', level: 'yes' as const },
      { kind: 'condition' as const, id: 'c1', level: 'yes' as const },
      { kind: 'condition' as const, id: 'c2', level: 'yes' as const },
      { kind: 'condition' as const, id: 'c3', level: 'no' as const },
    ];
    // L0111 fits every answer and was rejected; L1111, L0011, L0101 and L0110 each contradict one answer and tie.
    // Hard filtering would have dropped them all; here they are next in line.
    const act = bayes.decide(evidence(answers, ['L0111', 'L0011', 'L0101']), options());
    expect(act).toEqual({ kind: 'recommend', listingIds: ['L0110', 'L1111'] });
  });

  it('a soft answer moves the posterior less than a hard one', () => {
    const soft = bayes.decide(evidence([{ kind: 'condition', id: 'c0', level: 'probablyYes' }]), options());
    const dontKnow = bayes.decide(evidence([{ kind: 'condition', id: 'c0', level: 'dontKnow' }]), options());
    // Neither is enough to show results among sixteen; わからない still counts as asked.
    expect(soft.kind).toBe('askCondition');
    expect(dontKnow).not.toEqual({ kind: 'askCondition', id: 'c0' });
  });

  it('a named job type outweighs a named condition (「カフェ、日払いがいい」 wants café work first)', () => {
    // Two café listings without daily pay (prior s/2 each) and one daily-pay izakaya listing (prior s). With equal
    // noise on both answers the izakaya would win on its prior; a job type's answer counts for more.
    const small = new Engine(
      {
        jobTypes: [jobType('cafe'), jobType('izakaya')],
        conditions: [condition('daily-pay')],
        listings: [
          listing('cafe1', ['cafe'], []),
          listing('cafe2', ['cafe'], []),
          listing('iz1', ['izakaya'], ['daily-pay']),
        ],
      },
      flatModel(['cafe', 'izakaya']),
    );
    const act = createStrategy('bayes', small).decide(
      evidence([
        { kind: 'jobType', id: 'cafe', level: 'yes', volunteered: true },
        { kind: 'condition', id: 'daily-pay', level: 'yes', volunteered: true },
      ]),
      options({ topK: 1, turnsLeft: 1 }),
    );
    expect(act).toEqual({ kind: 'recommend', listingIds: ['cafe1'] });
  });

  it('recommends on the last turn whatever it knows', () => {
    expect(bayes.decide(evidence(), options({ turnsLeft: 1 })).kind).toBe('recommend');
  });
});
