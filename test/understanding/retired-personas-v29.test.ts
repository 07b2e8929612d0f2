import { sampleDialogue } from './sample-dialogue';
import { sampleReader } from './sample-reader';

/**
 * Misreadings found when the twenty-ninth held-out persona set was audited by a reader of its transcripts only
 * (2026-12-06) and retired to development: each test is what the persona meant.
 */
const { parse, stances, places } = sampleReader();
const { play, textOf } = sampleDialogue();

describe('p29: what the personas meant', () => {
  it.each([
    // 遠州 「〜ないだら？」 and 甲州・駿河 「〜ないずら」 ask whether there is one (p29-24 had been told 工場 was left out).
    ['浜松で工場の仕事ないだら？', '工場・製造:positive'],
    ['工場の仕事ないずら', '工場・製造:positive'],
    // A learner's kana 「おんせん」 is 温泉 (p29-43 lost it beside ホテル).
    ['おんせん か ホテル', 'hot-spring:positive'],
  ])('「%s」 holds %s', (text, stance) => {
    expect(stances(text)).toContain(stance);
  });

  it('keeps a refusal in 遠州 words a refusal', () => {
    expect(stances('工場はいやだら')).toContain('工場・製造:negative');
  });

  it.each([
    ['せんでよか', 'no'],
    ['せんでいい', 'no'],
    ['どげやろかね', 'dontKnow'],
    ['うーん どげやろかね', 'dontKnow'],
  ])('「%s」 to a yes/no question is %s', (text, answer) => {
    expect(parse(text, 'yesno').answer).toBe(answer);
  });

  it('finds 河口湖 (富士河口湖町) in kanji, kana and romaji', () => {
    expect(places('かわぐちこ の ホテル')).toEqual(['山梨県 富士河口湖町']);
    expect(places('やまなしけん の かわぐちこ です。')).toEqual(['山梨県 富士河口湖町']);
    expect(places('河口湖')).toEqual(['山梨県 富士河口湖町']);
  });

  it('searches the place the user is in, not the one named to say where it is', () => {
    const { replies } = play(
      ["Hi! I'm in Kutchan near Niseko for the ski season. Any hotel jobs where I can use English?"],
      { kind: 'start', locale: 'en' },
    );
    expect(textOf(replies[0])).toContain('Kutchan Town');
    expect(textOf(replies[0])).not.toMatch(/look in Niseko/u);
    const ja = play(['ニセコの近くの倶知安でホテルの仕事']);
    expect(textOf(ja.replies[0])).toContain('倶知安町で探しますね');
  });
});
