import { spokenTitle } from './names';
import { Conversation, smallContext } from './testing/dialogue-fixture';
import type { Locale, Reply } from './types';

/** What a speech engine must never get: URLs, emoji, markdown, symbols it would read out or choke on. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['a URL', /https?:|www\.|\.example|\/\//iu],
  ['an emoji', /\p{Extended_Pictographic}/u],
  ['markdown', /[*_`#>[\]]|\n/u],
  ['a symbol', /[:：〜～~／/★☆¥￥$%％※()（）「」『』【】<>＜＞&＆|｜・]/u],
];

function problems(reply: Reply): string[] {
  return reply.messages.flatMap((m) =>
    FORBIDDEN.filter(([, re]) => re.test(m.speech)).map(([what]) => `${what} in 「${m.speech}」`),
  );
}

const DIALOGUES: readonly (readonly string[])[] = [
  [
    '渋谷でカフェ、日払いがいい',
    'はい',
    'いいえ',
    'ほかのも見たい',
    'どれも違う',
    'わからない',
    'これがいい',
  ],
  ['府中', 'area:広島県/府中市', 'ヘルプ', 'もう一回', 'どれも違う', '戻る', '終わり'],
  ['おくたま', 'たぶん', 'ふがふが', 'cmd:bogus', '居酒屋は嫌', 'ほかのも見たい', 'もう一回'],
  [
    'どこでもいい',
    'どれも違う',
    'どれも違う',
    'どれも違う',
    'どれも違う',
    'どれも違う',
    'どれも違う',
    'いいえ',
  ],
  ['anywhere', 'yes', 'no', 'maybe', 'show me more', 'again', 'stop'],
];

describe('speech', () => {
  it.each(['ja', 'en'] as Locale[])('of every reply over several dialogues is clean (%s)', (locale) => {
    const found: string[] = [];
    let replies = 0;
    for (const [perPage, strategy] of [
      [5, 'bayes'],
      [2, 'in-order'],
    ] as const) {
      for (const inputs of DIALOGUES) {
        const c = new Conversation(
          smallContext({ resultsPerPage: perPage, questionBudget: 3 }, strategy),
          locale,
        );
        found.push(...problems(c.start()));
        for (const input of inputs) {
          const reply = /^(cmd|area):/u.test(input) ? c.tap(input) : c.say(input);
          found.push(...problems(reply));
        }
        replies += c.replies.length;
      }
    }
    expect(replies).toBeGreaterThan(70);
    expect(found).toEqual([]);
  });

  it('reads wages naturally and at most three jobs', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 5 }));
    c.start();
    c.say('渋谷');
    const reply = c.say('なんでもいい');
    const list = reply.messages[1]!.speech;
    // The lowest pay only, and the work without its title's tags: three jobs fit one spoken turn.
    expect(list).toMatch(/時給\d+円から。/u);
    expect(list).not.toMatch(/【|★/u);
    expect(list.match(/件目/gu)).toHaveLength(3);
    expect(reply.messages[1]!.text).toMatch(/時給\d{1},\d{3}〜\d{1},\d{3}円/u);
  });
});

describe('a title as a speaker says it', () => {
  it.each([
    ['【京都市右京区】塾講師（シニア活躍中）', '塾講師'],
    ['WワークOK｜コーヒースタンドのバリスタ', 'コーヒースタンドのバリスタ'],
    ['【未経験歓迎】コンビニスタッフ★フリーター歓迎', 'コンビニスタッフ'],
    ['コンビニでのレジ・品出し／駅チカ・主婦(夫)歓迎', 'コンビニでのレジ・品出し'],
    ['【急募】', '【急募】'],
    // Nested brackets: read as 「ホテルの客室清掃歓迎」 before (p24-03, -18, -27, -32).
    ['【湯沢市】ホテルの客室清掃（主婦(夫)歓迎）', 'ホテルの客室清掃'],
    ['【神戸市北区】漫画喫茶の受付・清掃（主婦(夫)歓迎）', '漫画喫茶の受付・清掃'],
  ])('%s -> %s', (title, spoken) => expect(spokenTitle(title)).toBe(spoken));

  it('says where a job outside the wished area is: a speaker sees no card', () => {
    const c = new Conversation(smallContext({ resultsPerPage: 3, questionBudget: 1 }));
    c.start();
    c.say('渋谷でカフェ、日払いがいい');
    const spoken = [1, 2, 3].map(() =>
      c
        .say('ほかのも見たい')
        .messages.map((m) => m.speech)
        .join(''),
    );
    expect(spoken.join('')).toMatch(/場所は東京都\S+区で、ご希望の場所の外です。/u);
    expect(spoken.join('')).not.toMatch(/こちらはご希望の場所の外です/u);
  });
});
