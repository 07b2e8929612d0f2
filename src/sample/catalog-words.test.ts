import { join } from 'node:path';
import { loadCatalogDefinitions } from '../catalog';
import { buildLexicon, extractMentions } from '../nlu';
import { testInput } from './test-fixtures';

const lexicon = buildLexicon(testInput());
const ids = (text: string): string[] => {
  const { jobTypes, conditions } = extractMentions(text, lexicon);
  return [...jobTypes, ...conditions].map((m) => `${m.id}:${m.polarity}`);
};

describe('the names people use, as catalogue synonyms', () => {
  it('loads through the import validators', async () => {
    const definitions = await loadCatalogDefinitions(join(__dirname, '..', '..', 'data', 'catalog'));
    const cafe = definitions.jobTypes.find((t) => t.id === 'cafe');
    expect(cafe?.synonyms).toEqual(expect.arrayContaining(['スタバ', 'cafe']));
  });

  it.each([
    ['スタバで働いてみたい', ['cafe:positive']],
    ['セブンかローソン', ['convenience-store:positive']],
    ['ファミマの夜勤', ['convenience-store:positive', 'late-night:positive']],
    ['マックとかモス', ['fast-food:positive']],
    ['ケンタッキー', ['fast-food:positive']],
    ['牛丼屋ってどう？', ['fast-food:positive']],
    ['すき家か吉野家', ['fast-food:positive']],
    ['ドンキ', ['variety-store:positive']],
    ['ユニクロの店員', ['apparel:positive']],
    ['ファミレスのホール', ['family-restaurant:positive', 'hall-staff:positive']],
    ['サイゼでキッチン', ['family-restaurant:positive', 'kitchen-staff:positive']],
    ['回転寿司', ['sushi:positive']],
    ['倉庫のピッキングで働きたい', ['picking:positive']],
    ['品出し', ['supermarket:positive']],
    ['レジ打ち', ['cashier:positive']],
    ['USJで働きたい', ['theme-park:positive']],
    ['I want to be a barista', ['barista:positive']],
    ['cashier or warehouse picking', ['cashier:positive', 'picking:positive']],
    ['delivery', ['food-delivery:positive']],
    ['a tutor for kids', ['home-tutor:positive']],
    ['cleaning jobs', ['cleaning:positive']],
    ['a receptionist at a hotel', ['front-desk:positive', 'hotel:positive']],
    ['郵便局で年賀状の仕分け', ['sorting:positive']],
    ['パチ屋の深夜', ['game-center:positive', 'late-night:positive']],
    ['flexible shifts, start right away', ['flexible-shifts:positive', 'start-immediately:positive']],
    ['時給高めがいい', ['high-wage:positive']],
    ['日払いできるとこ', ['daily-pay:positive']],
    ['扶養内で', ['within-dependent-limit:positive']],
    ['Wワークです', ['side-job:positive']],
    ['土日だけ', ['weekends-only:positive']],
    ['weekends only', ['weekends-only:positive']],
    // Words for a condition's opposite, and refusals that mean another condition (conditions.json).
    ['残業は絶対いや', ['no-overtime:positive']],
    ['残業OKです', ['no-overtime:negative']],
    ['土日は子どもがいるので出られません', ['weekdays-only:positive']],
    // 「なんでも」 holds the reason word んで: the 以外 still refuses.
    ['居酒屋以外ならなんでもOKです', ['izakaya:negative']],
    // 「XのY」: a workplace and the work done there is one job (job-compounds.ts).
    ['ホテルのベッドメイク', ['hotel-room-cleaning:positive']],
    ['工事現場の交通誘導', ['traffic-control:positive']],
    ['クリーニング屋さんの受付', ['dry-cleaner-reception:positive']],
    ['学校の給食室で調理', ['school-meal-cook:positive']],
    ['カメラマンのアシスタント', ['photographer:positive']],
    ['a remote side gig, translation', ['translation:positive', 'remote:positive', 'side-job:positive']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reads the English "it" as a word, and IT only written into Japanese', () => {
    expect(extractMentions("Anywhere, it's remote", lexicon).categories ?? []).toEqual([]);
    expect((extractMentions('ITの仕事がしたい', lexicon).categories ?? []).map((c) => c.id)).toEqual([
      'IT・クリエイティブ',
    ]);
  });

  // Short synonyms must not be found inside ordinary words: 「ごめんなさいぜんぶ」 holds さいぜ (サイゼ),
  // 「ないと困る」 ないと (ナイト), 「ふようです」 reads 不要.
  it.each([
    'ごめんなさいぜんぶ最初から',
    'それがないと困ります',
    'それはふようです',
    'まっくらな道はこわい',
    'ここすごくいい',
    'つるはしを使う',
    'もうけんたいかん',
    'extra money would be nice',
    'I have a question',
    'わかんないです',
    'いいです',
    'はい、そうです',
    'どこでもいい',
  ])('finds no job type or condition in %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
