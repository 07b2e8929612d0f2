import fc from 'fast-check';
import { ANSWER_LEVELS } from '../engine';
import { COMMANDS } from './command-phrases';
import { parseUtterance } from './parse-utterance';
import { miniLexicon } from './testing/mini-lexicon';
import type { Mention, Utterance } from './types';

const lexicon = miniLexicon();
const ja = { locale: 'ja' as const, lexicon };

describe('parseUtterance', () => {
  it('gives a command and no answer for 「もう一回」 and 「スキップ」', () => {
    expect(parseUtterance('もう一回', ja)).toEqual({
      command: 'repeat',
      answer: null,
      mentions: { jobTypes: [], conditions: [], areas: [] },
      numbers: {},
      language: 'ja',
    });
    expect(parseUtterance('スキップ', ja).command).toBe('skip');
    expect(parseUtterance('スキップ', ja).answer).toBeNull();
  });

  it('answers no to a yes/no question when the one thing named is refused without an answer word', () => {
    const yesno = { ...ja, question: 'yesno' as const };
    expect(parseUtterance('日払いじゃないほうがいいです', yesno).answer).toBe('no');
    expect(parseUtterance('no izakaya for me', { ...yesno, locale: 'en' }).answer).toBe('no');
    // Wanting the one thing named is no answer to a question that may be about something else.
    expect(parseUtterance('カフェで', yesno).answer).toBeNull();
  });

  it('answers about the subject of the question when the caller names it', () => {
    const about = (id: string) => ({
      ...ja,
      question: 'yesno' as const,
      subject: { kind: 'condition' as const, id },
    });
    // What is said about the thing asked decides, whatever else is said after it.
    expect(parseUtterance('日払いはいらないけど高時給は欲しい', about('daily-pay')).answer).toBe('no');
    expect(parseUtterance('日払いはいらないけど高時給は欲しい', about('high-wage')).answer).toBe('yes');
    // Something else named says nothing about the subject: the answer words decide.
    expect(parseUtterance('夜勤じゃないです', about('daily-pay')).answer).toBeNull();
  });

  it('reads refusing one of the jobs shown as no answer to whether any is of interest', () => {
    const results = { ...ja, question: 'results' as const };
    expect(parseUtterance('2番目のコンビニは無理かな', results).answer).toBeNull();
    expect(parseUtterance('2番目のコンビニは無理かな', results).mentions.jobTypes).toEqual([
      { id: 'convenience-store', polarity: 'negative', surface: 'こんびに' },
    ]);
    expect(parseUtterance('いいえ、居酒屋はちょっと', results).answer).toBe('no');
    expect(parseUtterance('どれもピンとこない', { ...results }).command).toBe('noneFit');
  });

  it('keeps a plain answer first when what follows only says there is no preference', () => {
    const work = { ...ja, question: 'work' as const };
    expect(parseUtterance('いいえ、なんでも大丈夫です', work).answer).toBe('no');
    expect(parseUtterance('ううん、どれでもいいよ', work).answer).toBe('no');
  });

  it('keeps a plain no first when what follows says what is wanted instead', () => {
    const yesno = { ...ja, question: 'yesno' as const };
    expect(parseUtterance('いえ、7時間くらいは働きたいです', yesno).answer).toBe('no');
    expect(parseUtterance('いや、週5で入りたいです', yesno).answer).toBe('no');
  });

  it('reads an answer with the offer context', () => {
    expect(parseUtterance('大丈夫です', { ...ja, afterOffer: true }).answer).toBe('no');
    expect(parseUtterance('大丈夫です', ja).answer).toBe('yes');
    expect(parseUtterance('やっぱりいいえ', ja)).toMatchObject({ command: null, answer: 'no' });
  });

  it('combines an answer with volunteered information', () => {
    const said = parseUtterance('はい、渋谷でカフェ、日払いがいい', ja);
    expect(said.answer).toBe('yes');
    expect(said.mentions.jobTypes.map((m) => m.id)).toEqual(['cafe']);
    expect(said.mentions.conditions.map((m) => m.id)).toEqual(['daily-pay']);
    expect(said.mentions.areas.map((a) => a.municipality)).toEqual(['渋谷区']);
  });

  it('states numbers as facts, and the language the text is written in', () => {
    expect(parseUtterance('時給千二百円以上で週2くらい', ja)).toMatchObject({
      numbers: { wageMin: { amount: 1200, per: 'hour' }, daysPerWeek: { min: 2, max: 2 } },
      language: 'ja',
    });
    const english = parseUtterance('yes, a cafe job from 10am to 2pm', ja);
    expect(english).toMatchObject({
      answer: 'yes',
      language: 'en',
      numbers: { timeOfDay: { from: '10:00', to: '14:00' } },
    });
    expect(english.mentions.jobTypes.map((m) => m.id)).toEqual(['cafe']);
  });

  it('reads English in the English locale', () => {
    expect(parseUtterance('not really', { locale: 'en', lexicon }).answer).toBe('probablyNo');
    expect(parseUtterance('start over', { locale: 'en', lexicon }).command).toBe('restart');
  });
});

const validMention = (m: Mention): boolean =>
  typeof m.id === 'string' &&
  (m.polarity === 'positive' || m.polarity === 'negative') &&
  typeof m.surface === 'string';

function withinTypes(result: Utterance): boolean {
  const { command, answer, mentions } = result;
  if (command !== null && !COMMANDS.includes(command)) return false;
  if (answer !== null && !ANSWER_LEVELS.includes(answer)) return false;
  if (command !== null && answer !== null) return false;
  if (!mentions.jobTypes.every(validMention) || !mentions.conditions.every(validMention)) return false;
  return mentions.areas.every(
    (a) => typeof a.prefecture === 'string' && a.candidates.length >= 1 && typeof a.surface === 'string',
  );
}

describe('parseUtterance on arbitrary input', () => {
  const contexts = fc.record({
    locale: fc.constantFrom('ja' as const, 'en' as const),
    afterOffer: fc.boolean(),
  });

  it('never throws and stays within its types for any Unicode string up to 10,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10_000 }), contexts, (text, context) => {
        expect(withinTypes(parseUtterance(text, { ...context, lexicon }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays within its types for text made of answer, command and place words', () => {
    const words = fc.constantFrom(
      ...[
        'はい',
        'いいえ',
        'じゃない',
        'ない',
        'かも',
        'けど',
        'たぶん',
        'あまり',
        '渋谷',
        'カフェ',
        '以外',
        'もう一回',
      ],
      ...[
        '、',
        '？',
        '😊',
        'ー',
        'いや',
        'ううん',
        '府中',
        'バー',
        'not',
        'yes',
        ' ',
        'ﾊｲ',
        '大丈夫',
        'どこでも',
      ],
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), contexts, (parts, context) => {
        expect(withinTypes(parseUtterance(parts.join(''), { ...context, lexicon }))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a place meant but not named', () => {
  const near = (text: string) => parseUtterance(text, { locale: 'ja', question: 'area', lexicon }).nearHome;
  it('is 「近所」「家の近く」「地元」 or "near me", and not when a place is named too', () => {
    expect(near('近所でできる仕事')).toBe(true);
    expect(near('家の近くがいい')).toBe(true);
    expect(near('Somewhere near me please')).toBe(true);
    expect(near('近所の渋谷で')).toBeUndefined();
    expect(near('カフェがいい')).toBeUndefined();
  });
});
