import { parseUtterance } from './parse-utterance';
import { miniLexicon } from './testing/mini-lexicon';
import type { QuestionKind } from './types';

const lexicon = miniLexicon();
const answerTo = (question: QuestionKind | undefined, text: string) =>
  parseUtterance(text, { locale: 'ja', lexicon, ...(question === undefined ? {} : { question }) }).answer;

describe('answers to the open questions (area, work)', () => {
  it('records no yes or no when the utterance names what was asked for', () => {
    expect(answerTo('work', 'カフェで働いてみたい')).toBeNull();
    expect(answerTo('work', '居酒屋だけは無理です')).toBeNull();
    expect(answerTo('work', '時給1200円以上ほしいです')).toBeNull();
    expect(answerTo('area', '渋谷がいいです')).toBeNull();
    expect(answerTo('work', 'no izakaya please')).toBeNull();
    expect(answerTo('work', "I can't lift heavy things, so no izakaya")).toBeNull();
  });

  it('keeps a plain answer said first, and an answer that names nothing', () => {
    expect(answerTo('work', 'はい、カフェです')).toBe('yes');
    expect(answerTo('work', 'yes, a cafe')).toBe('yes');
    expect(answerTo('work', 'いいえ')).toBe('no');
    expect(answerTo('work', '特にないです')).toBe(answerTo(undefined, '特にないです'));
  });

  it('leaves the other questions alone', () => {
    expect(answerTo('yesno', 'カフェで働いてみたい')).toBe('yes');
    expect(answerTo(undefined, 'カフェで働いてみたい')).toBe('yes');
  });
});
