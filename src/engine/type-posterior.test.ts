import { fourTypeModel } from './testing/four-types';
import { TypePosterior } from './type-posterior';

const CAFE = 0;
const KONBINI = 1;
const RESTAURANT = 2;
const IZAKAYA = 3;

describe('the seed posterior on the four-type example (α = 1, n = 10)', () => {
  const model = fourTypeModel();

  it('smooths the co-occurrence probabilities as DESIGN §2 item 1 states', () => {
    // P(izakaya) = (3+1)/(10+2) = 1/3
    expect(model.prior(IZAKAYA)).toBeCloseTo(1 / 3, 12);
    // P(cafe=1 | izakaya=1) = (c_ci + 1)/(c_i + 2) = (1+1)/(3+2) = 2/5
    expect(model.conditional(CAFE, IZAKAYA, 1)).toBeCloseTo(2 / 5, 12);
    // P(cafe=1 | izakaya=0) = (c_c − c_ci + 1)/(n − c_i + 2) = (5−1+1)/(10−3+2) = 5/9
    expect(model.conditional(CAFE, IZAKAYA, 0)).toBeCloseTo(5 / 9, 12);
  });

  it('likes カフェ, not コンビニ, likes レストラン -> P(likes 居酒屋) = 729/3229', () => {
    // x_k = izakaya. Unnormalised:
    //   x_k=1: P(iz=1)·P(cafe=1|iz=1)·P(konbini=0|iz=1)·P(rest=1|iz=1)
    //        = 1/3 · 2/5 · (1 − 3/5) · 3/5 = 4/125 = 0.032
    //   x_k=0: P(iz=0)·P(cafe=1|iz=0)·P(konbini=0|iz=0)·P(rest=1|iz=0)
    //        = 2/3 · 5/9 · (1 − 3/9) · 4/9 = 80/729 ≈ 0.109739
    //   posterior = 0.032 / (0.032 + 0.109739) = 729/3229 ≈ 0.225766
    const posterior = new TypePosterior(model, [
      { type: CAFE, value: 1 },
      { type: KONBINI, value: 0 },
      { type: RESTAURANT, value: 1 },
    ]);
    expect(posterior.probability(IZAKAYA)).toBeCloseTo(729 / 3229, 12);
  });

  it('after "likes カフェ" asks コンビニ, the question with the least expected entropy', () => {
    // Posteriors given cafe=1:
    //   konbini    5/12·(2/6)  vs 7/12·(5/8)   -> 8/29  ≈ 0.275862
    //   restaurant 6/12·(5/7)  vs 6/12·(2/7)   -> 5/7   ≈ 0.714286
    //   izakaya    4/12·(2/5)  vs 8/12·(5/9)   -> 9/34  ≈ 0.264706
    // Expected entropy Σ_a P(x_j=a)·Σ_k Hb(P(x_k=1 | cafe=1, x_j=a)):
    //   ask konbini:    0.724138·(Hb(.806452)+Hb(.177632)) + 0.275862·(Hb(.555556)+Hb(.393204))
    //                 = 0.724138·(0.708836+0.674868) + 0.275862·(0.991076+0.966836) = 1.542106
    //   ask restaurant: 0.285714·(0.973122+0.733465) + 0.714286·(0.655103+0.911887) = 1.606874
    //   ask izakaya:    0.735294·(0.726963+0.918296) + 0.264706·(0.986787+0.742488) = 1.667498
    // so konbini (1.542) is asked.
    const posterior = new TypePosterior(model, [{ type: CAFE, value: 1 }]);
    expect(posterior.probability(KONBINI)).toBeCloseTo(8 / 29, 12);
    expect(posterior.probability(RESTAURANT)).toBeCloseTo(5 / 7, 12);
    expect(posterior.probability(IZAKAYA)).toBeCloseTo(9 / 34, 12);
    expect(posterior.expectedEntropyAfter(KONBINI)).toBeCloseTo(1.542106, 5);
    expect(posterior.expectedEntropyAfter(RESTAURANT)).toBeCloseTo(1.606874, 5);
    expect(posterior.expectedEntropyAfter(IZAKAYA)).toBeCloseTo(1.667498, 5);
    expect(posterior.bestQuestion()).toBe(KONBINI);
    // Excluding konbini (e.g. answered わからない) moves to the next best.
    expect(posterior.bestQuestion(new Set([KONBINI]))).toBe(RESTAURANT);
  });

  it('state entropy is the sum of the unobserved binary entropies', () => {
    const posterior = new TypePosterior(model, [{ type: CAFE, value: 1 }]);
    // Hb(8/29) + Hb(5/7) + Hb(9/34)
    expect(posterior.entropy()).toBeCloseTo(0.849751 + 0.863121 + 0.833765, 5);
  });
});
