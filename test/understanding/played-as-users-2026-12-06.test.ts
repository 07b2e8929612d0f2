import { sampleDialogue } from './sample-dialogue';

/**
 * Found by holding whole conversations as a student, a homemaker, a senior, an English speaker and a 博多 speaker
 * would (web and LINE, 2026-12-06): each test is what that user should have been told.
 */
const { play, textOf } = sampleDialogue();

describe('results said once and truly', () => {
  it('says 「さきほどのもので全部」 once, on the page after the last match, not on every later page', () => {
    const { replies } = play([
      '大学生です。京都で週3くらい、夕方からできるバイト探してます',
      '居酒屋以外なら飲食でもいいです',
      'ほかのも見たい',
      'ほかのも見たい',
    ]);
    const [, first, second, third] = replies;
    expect(first!.matches).toContain('exact');
    expect(second!.matches.every((m) => m === 'related')).toBe(true);
    expect(textOf(second)).toContain('さきほどのもので全部');
    expect(textOf(third)).not.toContain('さきほどのもので全部');
    expect(textOf(third)).toMatch(/ほかにも|続けて/u);
  });

  it('names a lacking wish once on a related job card', () => {
    const { replies } = play([
      '大学生です。京都で週3くらい、夕方からできるバイト探してます',
      '居酒屋以外なら飲食でもいいです',
      'うーん、どっちでも',
    ]);
    expect(replies.flatMap((r) => r.cards).some((c) => c.misses.length > 1)).toBe(true);
    for (const reply of replies) {
      for (const card of reply.cards) {
        const said = card.misses.map((m) => m.text);
        expect(new Set(said).size).toBe(said.length);
      }
    }
  });

  it('after matches were shown and turned down, says no other job matches, not that none does', () => {
    const { replies } = play(
      [
        "Hi, I'm looking for part time work in Osaka, near Umeda. I don't speak much Japanese.",
        'restaurant kitchen or warehouse is ok',
        'no',
        'more please',
      ],
      { kind: 'start', locale: 'en' },
    );
    const shown = replies[1]!;
    expect(shown.matches).toContain('exact');
    const later = replies.slice(2).find((r) => r.jobs.length > 0 && !r.matches.includes('exact'));
    expect(later).toBeDefined();
    expect(textOf(later)).not.toContain('no job matches everything');
    expect(textOf(later)).toContain('No other job matches everything you asked for.');
  });

  it('says the work it widens for mid-sentence in lower case', () => {
    const { replies } = play(
      [
        "Hi, I'm looking for part time work in Osaka, near Umeda. I don't speak much Japanese.",
        'restaurant kitchen or warehouse is ok',
        'no',
      ],
      { kind: 'start', locale: 'en' },
    );
    const widened = textOf(replies[2]);
    expect(widened).toMatch(/every job for restaurant staff/u);
  });
});

describe('changing the conditions at the results', () => {
  it('asks only what to change, not also whether one of the jobs looked good', () => {
    const { replies } = play([
      '子どもが幼稚園の間だけ働きたいです。10時から2時くらいで、横浜の港北区あたり',
      'スーパーとかレジの仕事がいいかな',
      '条件を変えたい',
    ]);
    const edit = textOf(replies[2]);
    expect(edit).toContain('いまの条件は');
    expect(edit).not.toMatch(/よさそうなお仕事|ピンとくる|気になるお仕事/u);
  });
});

/** From the p29 audit (a reader of the transcripts only): what was unclear or untrue as heard or read. */
describe('said so that it is true and can be followed', () => {
  const speechOf = (reply: { messages: readonly { speech: string }[] } | undefined) =>
    (reply?.messages ?? []).map((m) => m.speech).join(' ');

  it('asks 「どこ」, not 「どちら」, between three places of one name', () => {
    const { replies } = play(['高山でバイト']);
    expect(textOf(replies[0])).toContain('岐阜県、群馬県と長野県');
    expect(textOf(replies[0])).not.toContain('どちら');
  });

  it('on a speaker, says whose job it is when the spoken page repeats a title', () => {
    const { replies } = play(['青森県の弘前市で農業のバイト', 'なんでもいい', 'ほかのも見たい'], undefined, {
      voice: true,
    });
    const list = replies.at(-1)!;
    // Three 農作業スタッフ (their written titles differ only in brackets the speaker does not read).
    expect(list.jobs.slice(0, 3).every((j) => j.title.includes('農作業スタッフ'))).toBe(true);
    for (const job of list.jobs.slice(0, 3)) expect(speechOf(list)).toContain(job.company!);
  });

  it('says on a next page of matches how many lack what the user hoped for', () => {
    const { replies } = play([
      '主婦です。大阪市でスーパーのパート探してます',
      'ほかのも見たい',
      'ほかのも見たい',
    ]);
    expect(textOf(replies[0])).toContain('条件に合うお仕事の中では、主婦・主夫歓迎のお仕事を先に');
    for (const reply of replies.slice(1)) {
      const lacking = reply.jobs.filter((j) => !j.conditionIds.includes('homemakers')).length;
      if (lacking === 0) expect(textOf(reply)).not.toContain('主婦・主夫歓迎のお仕事ではありません');
      else if (lacking === reply.jobs.length)
        expect(textOf(reply)).toContain('どれも主婦・主夫歓迎のお仕事ではありません');
      else expect(textOf(reply)).toContain(`このうち${lacking}件は主婦・主夫歓迎のお仕事ではありません`);
    }
    expect(replies.slice(1).some((r) => r.jobs.some((j) => !j.conditionIds.includes('homemakers')))).toBe(
      true,
    );
  });
});

describe('counts and titles after the first page', () => {
  it('counts the other matches after the first were turned down, not as if the search were new', () => {
    const { replies } = play(['札幌でコンビニかスーパーのバイト', 'いいえ']);
    expect(textOf(replies[0])).toContain('10件');
    expect(replies[1]!.matches.every((m) => m === 'exact')).toBe(true);
    expect(textOf(replies[1])).toContain('条件に合うお仕事は、ほかに5件あります。');
    expect(textOf(replies[1])).not.toContain('5件ありました');
  });

  it('names the work in English before each Japanese title, and says only the English aloud', () => {
    const { replies } = play(['part time job in Sapporo, convenience store or supermarket'], {
      kind: 'start',
      locale: 'en',
    });
    const list = replies[0]!.messages.find((m) => m.role === 'jobList')!;
    expect(list.text).toMatch(/^1\. (Convenience store|Supermarket) staff \(.+\)$/mu);
    expect(list.speech).not.toMatch(/[\p{Script=Han}\p{Script=Katakana}]/u);
  });
});

describe('taking out a condition', () => {
  it('says a condition never set is not set, instead of adding it', () => {
    const { state, replies } = play([
      '子どもが小学校に行ってる間だけ働きたいです。9時から2時まで。札幌の白石区あたりで、スーパーかドラッグストア',
      '条件を変えたい',
      '1日4時間以内OKを外す',
    ]);
    expect(textOf(replies[2])).toContain('「1日4時間以内OK」は、もともと条件に入っていません。');
    expect(state.ans.some((t) => t[1] === 'short-hours')).toBe(false);
  });

  it('takes out hours said before', () => {
    const { replies } = play(['札幌で1日4時間以内のスーパーのバイト', '1日4時間以内OKを外す']);
    expect(textOf(replies[1])).toMatch(/1日4時間以内OK(はこだわらずに|」の条件を外して)/u);
  });
});
