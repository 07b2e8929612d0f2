import { parseUtterance } from './parse-utterance';
import { miniLexicon } from './testing/mini-lexicon';
import type { QuestionKind } from './types';

const lexicon = miniLexicon();
const answer = (text: string, question: QuestionKind = 'yesno') =>
  parseUtterance(text, { locale: 'ja', lexicon, question, afterOffer: question === 'offer' }).answer;

describe('answers with a reason or a reservation', () => {
  it.each([
    'ちょっと…朝が弱いので',
    '遠いんで、ちょっと',
    'あんまり…体力ないから',
    'そこはちょっと、子どもの迎えがあるんで',
  ])('reads a polite refusal that gives its reason as a whole no: %s', (text) => {
    expect(answer(text)).toBe('no');
  });

  it.each(['居酒屋はちょっと…', '深夜はちょっと無理です', 'カフェはちょっとなあ…'])(
    'reads the polite ちょっと said of a named thing as a whole no: %s',
    (text) => {
      expect(answer(text)).toBe('no');
    },
  );

  it.each([
    'ちょっと…',
    'ちょっと無理かもしれないので',
    'たぶんあんまり合わないと思うんで',
    'うーん、それはちょっと…',
  ])('keeps it soft without a reason or with doubt: %s', (text) => {
    expect(answer(text)).toBe('probablyNo');
  });

  it.each([
    ['やってみたいけど、夜遅いのはきつい', 'yesno'],
    ['興味あります。でも土曜は無理です', 'yesno'],
    ['見てもいいけど、遠いところは困る', 'offer'],
    ['あると助かるけど、なくても平気', 'yesno'],
  ] as const)('reads a yes with a reservation about one aspect as a weak yes: %s', (text, question) => {
    expect(answer(text, question)).toBe('probablyYes');
  });

  it('leaves a change of mind after けど to the word grammar', () => {
    expect(answer('やりたいけど、無理')).toBe('probablyNo');
  });

  it.each(['広げてもいいです', '聞いてもいいよ', 'それでも構いません'])(
    'reads permission after an offer as yes: %s',
    (text) => {
      expect(answer(text, 'offer')).toBe('yes');
    },
  );

  it('still reads a bare いいです after an offer, and doing without, as no', () => {
    expect(answer('いいです', 'offer')).toBe('no');
    expect(answer('なくてもいいです')).toBe('probablyNo');
  });

  it('reads English the same way', () => {
    const en = (text: string, question: QuestionKind = 'yesno') =>
      parseUtterance(text, { locale: 'en', lexicon, question, afterOffer: question === 'offer' }).answer;
    expect(en("I'd like to, but the hours might be too long")).toBe('probablyYes');
    expect(en('I could do it if it is close to home')).toBe('probablyYes');
    expect(en('sure, as long as it is close')).toBe('yes');
    expect(en("I like it but I can't")).toBe('probablyNo');
    expect(en('not really, I would rather stay home')).toBe('probablyNo');
  });
});
