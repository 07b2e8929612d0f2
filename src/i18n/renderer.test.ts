import path from 'node:path';
import { createRenderer } from './renderer';

const renderer = createRenderer(path.join(__dirname, '../../locales'));

describe('renderer', () => {
  it('renders a message in text and speech, picking the variant from any integer', () => {
    const first = renderer.message('ja', 'ask.jobType', { name: 'カフェ' }, { pick: 0 });
    expect(first).toEqual({
      text: 'カフェのお仕事に興味はありますか？',
      speech: 'カフェのお仕事に興味はありますか？',
    });
    expect(renderer.message('ja', 'ask.jobType', { name: 'コンビニ' }, { pick: 1 }).text).toBe(
      'コンビニで働いてみたいですか？',
    );
    expect(renderer.message('ja', 'ask.jobType', { name: 'カフェ' }, { pick: 4 })).toEqual(first);
    expect(renderer.message('ja', 'ask.jobType', { name: 'カフェ' }, { pick: -4 })).toEqual(first);
  });

  it('offers data variants after its own (a condition question from the catalogue)', () => {
    const own = '週2〜3日くらいで働きたいですか？';
    const message = renderer.message(
      'ja',
      'ask.condition',
      { name: '週2〜3日OK' },
      { pick: 3, extra: [own] },
    );
    expect(message).toEqual({ text: own, speech: '週2日から3日くらいで働きたいですか？' });
  });

  it('interpolates data as is for the eyes and speakable for the ears', () => {
    const m = renderer.message('ja', 'ack.jobType.no', { name: 'バー・バーテンダー' }, { pick: 0 });
    expect(m.text).toBe('了解です、バー・バーテンダーは候補から下げておきますね。');
    expect(m.speech).toBe('了解です、バー、バーテンダーは候補から下げておきますね。');
    expect(renderer.message('ja', 'ack.area', { area: '<b>&' }).text).toContain('<b>&');
  });

  it('formats wages: grouped digits and 〜 for the eyes, plain words for the ears', () => {
    expect(renderer.wage('ja', { unit: 'hour', min: 1200, max: 1500 })).toEqual({
      text: '時給1,200〜1,500円',
      speech: '時給1200円から1500円',
    });
    expect(renderer.wage('ja', { unit: 'day', min: 10000, max: 10000 })).toEqual({
      text: '日給10,000円',
      speech: '日給10000円',
    });
    expect(renderer.wage('en', { unit: 'month', min: 200000, max: 250000 })).toEqual({
      text: '¥200,000–250,000 a month',
      speech: '200000 to 250000 yen a month',
    });
  });

  it('joins lists the way each language does', () => {
    expect(renderer.list('ja', ['カフェ', '日払いOK', '高時給']).text).toBe('カフェ、日払いOK、高時給');
    expect(renderer.list('en', ['cafe', 'daily pay', 'high wage']).text).toBe(
      'cafe, daily pay and high wage',
    );
    expect(renderer.list('en', ['cafe']).text).toBe('cafe');
    // A name with "and" in it: the serial comma keeps the items apart (p24-31).
    expect(renderer.list('en', ['Translator', 'Evenings', 'Weekends and holidays only']).text).toBe(
      'Translator, evenings, and weekends and holidays only',
    );
  });

  it('lower-cases English names mid-sentence, but not acronyms', () => {
    expect(renderer.message('en', 'ask.jobType', { name: 'Cafe staff' }, { pick: 0 }).text).toBe(
      'Are you interested in working as cafe staff?',
    );
    expect(renderer.message('en', 'ask.jobType', { name: 'IT support' }, { pick: 0 }).text).toBe(
      'Are you interested in working as IT support?',
    );
  });

  it('reads labels', () => {
    expect(renderer.label('ja', 'suggest.undo')).toBe('もどる');
    expect(renderer.label('en', 'suggest.noneFit')).toBe('None of these');
  });
});
