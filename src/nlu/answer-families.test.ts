import { parseAnswer } from './parse-answer';

/** Answer words by family and register, written for these tests (not taken from the corpus). */
const ja = (text: string, afterOffer = false) => parseAnswer(text, { locale: 'ja', afterOffer });
const en = (text: string, afterOffer = false) => parseAnswer(text, { locale: 'en', afterOffer });

describe('answer families', () => {
  it.each([
    '喜んで',
    '大歓迎です',
    'ぜひともお願いします',
    'うっす',
    'かまへんよ',
    'ええじゃろ',
    'いいべ',
    // 土佐弁: えい is ええ (good).
    'えいね、それで',
    'それでえいき',
  ])('reads a welcoming or dialect yes: %s', (text) => {
    expect(ja(text)).toBe('yes');
  });

  it.each([
    '遠慮しときます',
    '遠慮させてください',
    '今回は辞退します',
    '見送ります',
    'えんりょしとくわ',
    'NG',
    'うんにゃ',
    'でけへん',
    'やりとうない',
    'いらへん',
  ])('reads a declining verb or a dialect no: %s', (text) => {
    expect(ja(text)).toBe('no');
  });

  it.each(['範囲を広げてください', '土日なら入れます', '週払いじゃないと困ります', '寮がないと困る'])(
    'reads asking for it, being able to work, or needing it as yes: %s',
    (text) => {
      expect(ja(text)).toBe('yes');
    },
  );

  it.each(['早朝はやめときたいです', '日払いじゃなくていいです', 'なくても全然大丈夫'])(
    'reads wanting to avoid it or not needing it at all as no: %s',
    (text) => {
      expect(ja(text)).toBe('no');
    },
  );

  it('reads 「〜に越したことはない」 as a weak yes', () => {
    expect(ja('あるに越したことはないかな')).toBe('probablyYes');
  });

  it.each(['sounds interesting', 'that looks interesting', 'resting is fine'])(
    'finds no NG inside an English word: %s',
    (text) => {
      expect(en(text)).not.toBe('no');
    },
  );

  it.each(['どっちでもいいべ', 'どっちでもよかよ'])(
    'reads a dialect either-way as not knowing: %s',
    (text) => {
      expect(ja(text)).toBe('dontKnow');
    },
  );

  it('reads 🙏 as a yes please', () => {
    expect(ja('🙏', true)).toBe('yes');
  });

  it.each(["let's do it", 'count me in', 'that would be great', 'happy to'])('reads %s as yes', (text) => {
    expect(en(text)).toBe('yes');
  });

  it.each(["I'll pass", 'no need', "I don't need it", 'not a chance'])('reads %s as no', (text) => {
    expect(en(text)).toBe('no');
  });

  it('reads "I guess" after an answer as a hedge of it, and alone as a weak yes', () => {
    expect(en('not really, I guess')).toBe('probablyNo');
    expect(en('no I suppose')).toBe('probablyNo');
    expect(en('yeah I guess')).toBe('probablyYes');
    expect(en('I guess')).toBe('probablyYes');
  });

  it('reads "I\'m good" as declining an offer and as yes otherwise', () => {
    expect(en("I'm good", true)).toBe('no');
    expect(en("I'm good")).toBe('yes');
  });

  it.each([
    'やりたくないことはないです',
    '働きたくなくはない',
    'してみたくなくもない',
    '行きたくないこともないかな',
  ])('reads not being unwilling as a weak yes: %s', (text) => {
    expect(ja(text)).toBe('probablyYes');
  });

  it.each([
    'ありっちゃありかな、あるといえばあります',
    'ないよりはあった方がいいね',
    'そうやなあ、やってみよっかな',
    'ほな やってもええかな 知らんけど',
  ])('reads a yes said with a shrug as a weak yes: %s', (text) => {
    expect(ja(text)).toBe('probablyYes');
  });

  it.each(['考えときます', 'まあ考えとくわ', '好きってほどでもないかな', 'やりたいってほどじゃない'])(
    'reads putting it off, or a wish said to be not that strong, as a weak no: %s',
    (text) => {
      expect(ja(text)).toBe('probablyNo');
    },
  );

  it('reads 「嫌ってほどじゃない」 as a weak yes: the refusal is what is not that strong', () => {
    expect(ja('嫌ってほどじゃない')).toBe('probablyYes');
  });

  it.each(['今はいいです', 'いまはええわ', '広げなくていいよ', 'ひろげんでええ'])(
    'reads %s as no',
    (text) => {
      expect(ja(text, true)).toBe('no');
    },
  );

  it.each(['どうぞ、なんでも聞いてください', 'ええよ 何でも聞いで', 'かまんよ', 'ほだな'])(
    'reads a go-ahead as yes, not as no preference: %s',
    (text) => {
      expect(ja(text, true)).toBe('yes');
    },
  );
});
