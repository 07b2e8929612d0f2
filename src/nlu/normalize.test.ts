import fc from 'fast-check';
import { MAX_SCAN, normalize, scriptMarks, spellAskingNai, toClauses, toWords } from './normalize';

describe('normalize', () => {
  it('folds full and half width, case and katakana', () => {
    expect(normalize('ｈａｉ')).toBe('hai');
    expect(normalize('ﾊｲ')).toBe('はい');
    expect(normalize('ハイ')).toBe('はい');
    expect(normalize('ＯＫです')).toBe('okです');
    expect(normalize('ｶﾞｯｺｳ')).toBe('がっこう');
    expect(normalize('コンビニ')).toBe('こんびに');
  });

  it('keeps ー but collapses runs of it, and reads a wave dash after kana as ー', () => {
    expect(normalize('はーーい')).toBe('はーい');
    expect(normalize('はーーーーい！')).toBe('はーい');
    expect(normalize('データ')).toBe('でーた');
    expect(normalize('は〜い')).toBe('はーい');
    expect(normalize('ｰｰ')).toBe('ー');
  });

  it('drops spaces, punctuation, emoji and control characters', () => {
    expect(normalize('はい、そうです。')).toBe('はいそうです');
    expect(normalize(' いいえ！？ ')).toBe('いいえ');
    expect(normalize('好き😊👍🏻')).toBe('好き');
    expect(normalize('は\u0000い\u200b\u0007')).toBe('はい');
    expect(normalize('はい🙆‍♀️')).toBe('はい');
    expect(normalize('')).toBe('');
  });

  it('looks at the first MAX_SCAN characters only', () => {
    expect(normalize('あ'.repeat(10_000)).length).toBe(MAX_SCAN);
  });

  it('splits clauses at punctuation', () => {
    expect(toClauses('いいえ、好きです。')).toEqual(['いいえ', '好きです']);
    expect(toClauses('うーん…やっぱりいいえ！')).toEqual(['うーん', 'やっぱりいいえ']);
    expect(toWords("I don't know!")).toEqual(['i', 'dont', 'know']);
  });

  it('is idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const once = normalize(text);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on Japanese-looking text', () => {
    const pieces = fc.constantFrom(
      'は',
      'ー',
      'ﾊ',
      'ﾟ',
      '゙',
      'カ',
      '〜',
      '～',
      'ｰ',
      'Ａ',
      '、',
      '😊',
      ' ',
      'ヴ',
      '\u3099',
      'ᄀ',
      'ᅡ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const once = normalize(parts.join(''));
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('scriptMarks.katakana', () => {
  it('says which normalized positions were katakana', () => {
    const raw = 'ジムのじむ';
    expect([...scriptMarks(raw, normalize(raw)).katakana]).toEqual([0, 1]);
  });
});

describe('spellAskingNai', () => {
  it('spells regional questions after ない as a question, and leaves ないけど and ないけん alone', () => {
    expect(spellAskingNai('日払いのバイトないっちゃろか')).toBe('日払いのバイトないかな');
    expect(spellAskingNai('扶養内のパートないでえ週三日')).toBe('扶養内のパートないかな週三日');
    expect(spellAskingNai('うどん屋さんのバイトないんな')).toBe('うどん屋さんのバイトないかな');
    expect(spellAskingNai('警備の仕事とかないけ？')).toBe('警備の仕事とかないかな？');
    expect(spellAskingNai('夜勤はないけど')).toBe('夜勤はないけど');
    expect(spellAskingNai('居酒屋はないけん')).toBe('居酒屋はないけん');
    expect(spellAskingNai('車がないんなら')).toBe('車がないんなら');
  });
});

describe('scriptMarks.edges', () => {
  it('says where katakana meets hiragana in the normalized text', () => {
    const raw = 'けどレジはなしで';
    expect([...scriptMarks(raw, normalize(raw)).edges]).toEqual([2, 4]);
    expect([...scriptMarks('サーバー', normalize('サーバー')).edges]).toEqual([]);
  });

  it('gives up rather than misplace an edge when the two forms do not line up', () => {
    expect([...scriptMarks('レジ', 'れじは').edges]).toEqual([]);
  });
});
