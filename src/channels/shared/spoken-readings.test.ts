import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Prefecture } from '../../catalog/types';
import { lookup, readLocaleResources, variantsOf } from '../../i18n/locale-resources';
import { MESSAGE_KEYS } from '../../i18n/keys';
import { speechSsml } from './ssml';
import { SpokenReadings } from './spoken-readings';

const place = (name: string, reading: string) => ({ name, reading, lat: 0, lng: 0 });
const readings = new SpokenReadings([
  {
    municipalities: [
      place('三田市', 'さんだし'),
      place('中央市', 'ちゅうおうし'),
      place('府中市', 'ふちゅうし'),
    ],
  },
  { municipalities: [place('府中町', 'ふちゅうちょう'), place('札幌市 中央区', 'さっぽろし ちゅうおうく')] },
  { municipalities: [place('府中市', 'ふちゅうし'), place('伊達市', 'だてし')] },
  {
    municipalities: [
      place('伊達市', 'だてし'),
      place('大町町', 'おおまちちょう'),
      place('大町町', 'おおまちまち'),
    ],
  },
]);

describe('SpokenReadings', () => {
  it('gives place names their catalogue reading, wards with their city', () => {
    expect(readings.apply('兵庫県三田市ですね。')).toBe('兵庫県<sub alias="さんだし">三田市</sub>ですね。');
    expect(readings.apply('北海道札幌市中央区で')).toBe(
      '北海道<sub alias="さっぽろしちゅうおうく">札幌市中央区</sub>で',
    );
    expect(readings.apply('府中市、府中町')).toBe(
      '<sub alias="ふちゅうし">府中市</sub>、<sub alias="ふちゅうちょう">府中町</sub>',
    );
  });

  it('leaves names inside longer words and names with two readings to the speech engine', () => {
    expect(readings.apply('中央市場の仕分け')).toBe('中央市場の仕分け');
    expect(readings.apply('新三田市')).toBe('新三田市');
    expect(readings.apply('大町町です')).toBe('大町町です');
  });

  it('escapes first, so a title cannot inject markup', () => {
    expect(speechSsml([{ speech: '喫茶 & <珈琲> 三田市' }], readings)).toBe(
      '<speak>喫茶 &amp; &lt;珈琲&gt; <sub alias="さんだし">三田市</sub></speak>',
    );
  });

  it('with every municipality of the bundled areas, changes none of the fixed speech in the locales', () => {
    const root = path.join(__dirname, '../../..');
    const areas = JSON.parse(
      readFileSync(path.join(root, 'data/catalog/areas.json'), 'utf8'),
    ) as Prefecture[];
    const all = new SpokenReadings(areas);
    const resources = readLocaleResources(path.join(root, 'locales'));
    for (const key of MESSAGE_KEYS) {
      for (const speech of variantsOf(lookup(resources.ja.messages, `${key}.speech`)) ?? []) {
        expect(all.apply(speech)).toBe(speech);
      }
    }
    expect(all.apply('東京都渋谷区')).toBe('東京都<sub alias="しぶやく">渋谷区</sub>');
  });
});
