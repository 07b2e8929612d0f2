import { buildLexicon } from './lexicon';
import { aboutSomeoneElse, withAge, withNonNative } from './the-worker';

const lexicon = buildLexicon({
  jobTypes: [],
  conditions: [
    { id: 'seniors', name: 'シニア歓迎', synonyms: [], ageFrom: 60 },
    { id: 'foreigners', name: '外国人活躍中', synonyms: ['外国人'] },
  ],
  prefectures: [],
});
const ids = (mentions: readonly { id: string; inferred?: boolean }[]) =>
  mentions.map((m) => `${m.id}${m.inferred === true ? ':inferred' : ''}`);

describe('who the worker is', () => {
  it('reads an age said of oneself, in dialect too, as the condition for that age', () => {
    expect(ids(withAge([], 'わしゃ六十八なんじゃけど雇うてくれるとこあるかのう', lexicon))).toEqual([
      'seniors',
    ]);
    expect(ids(withAge([], '68歳です', lexicon))).toEqual(['seniors']);
    expect(ids(withAge([], '20代です', lexicon))).toEqual([]);
  });

  it('reads where one came from as the foreign-worker condition, inferred (it ranks, it filters nothing)', () => {
    expect(ids(withNonNative([], 'ネパールから来ました', lexicon))).toEqual(['foreigners:inferred']);
    expect(ids(withNonNative([], '日本語はまだ少しです', lexicon))).toEqual(['foreigners:inferred']);
    expect(ids(withNonNative([], 'カ'.repeat(3000), lexicon))).toEqual([]);
  });

  it('reads a nursery or school named as where one’s child spends the day as said of someone else', () => {
    const nursery = { kind: 'jobType' as const, id: 'childcare-assistant' };
    const at = (text: string, surface: string) => {
      const start = text.indexOf(surface);
      return aboutSomeoneElse(
        { start, end: start + surface.length, surface, targets: [nursery] },
        text,
        lexicon,
      );
    };
    expect(at('ほいくえんのおむかえがあるので', 'ほいくえん')).toBe(true);
    expect(at('保育園に預けてる間', '保育園')).toBe(true);
    expect(at('保育園で働きたい', '保育園')).toBe(false);
    // デイサービスの送迎 is the work itself.
    expect(at('デイサービスの送迎', 'デイサービス')).toBe(false);
  });
});
