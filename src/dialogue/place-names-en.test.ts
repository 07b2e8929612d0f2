import { municipalityInEnglish } from './place-names-en';

describe('municipalities in English', () => {
  it('romanises the reading and names the suffix, the ward before its city', () => {
    expect(municipalityInEnglish('大阪市 北区', 'おおさかし きたく')).toBe('Kita Ward, Osaka City');
    expect(municipalityInEnglish('成田市', 'なりたし')).toBe('Narita City');
    expect(municipalityInEnglish('渋谷区', 'しぶやく')).toBe('Shibuya Ward');
    expect(municipalityInEnglish('白馬村', 'はくばむら')).toBe('Hakuba Village');
    expect(municipalityInEnglish('湯梨浜町', 'ゆりはまちょう')).toBe('Yurihama Town');
  });

  it('keeps nothing it cannot line up', () => {
    expect(municipalityInEnglish('大阪市 北区', 'おおさかしきたく')).toBeUndefined();
    expect(municipalityInEnglish('大阪市', 'おおさか')).toBeUndefined();
  });
});
