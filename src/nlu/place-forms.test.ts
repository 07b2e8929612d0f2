import { placeForms } from './place-forms';

describe('placeForms', () => {
  it('names a station by its name, with 駅, by reading and in romaji', () => {
    const forms = placeForms({
      name: '梅田',
      reading: 'うめだ',
      prefecture: '大阪府',
      municipality: '大阪市 北区',
    });
    expect(forms).toEqual([
      { form: '梅田', kind: 'stem' },
      { form: '梅田駅', kind: 'name' },
      { form: 'うめだ', kind: 'reading' },
      { form: 'うめだえき', kind: 'reading' },
      { form: 'umeda', kind: 'reading' },
      { form: 'umeda station', kind: 'reading' },
    ]);
  });

  it('names a station listed with 駅 (its bare name is a city) only with 駅', () => {
    const forms = placeForms({
      name: '横浜駅',
      reading: 'よこはまえき',
      prefecture: '神奈川県',
      municipality: '横浜市 西区',
    }).map((f) => f.form);
    expect(forms).toEqual(['横浜駅', 'よこはまえき', 'yokohama station']);
  });

  it('treats a kana name as a reading', () => {
    expect(placeForms({ name: 'すすきの', prefecture: '北海道', municipality: '札幌市 中央区' })[0]).toEqual({
      form: 'すすきの',
      kind: 'reading',
    });
  });
});
