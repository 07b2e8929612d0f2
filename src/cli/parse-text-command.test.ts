import { main } from './main';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['parse', ...args],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('soudan parse', () => {
  it('prints what was understood, line by line', async () => {
    const result = await run('居酒屋以外で府中あたり、時給千二百円以上、週2くらい', '--context', 'work');
    expect(result).toMatchObject({ code: 0, err: '' });
    const lines = result.out.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'context     work (locale ja)',
        'language    ja',
        'command     -',
        'answer      -',
        'job types   izakaya 居酒屋 (negative, "居酒屋")',
        'wage        at least 1200 yen per hour',
        'days/week   2',
      ]),
    );
    expect(result.out).toMatch(
      /^place {7}"府中" -> .*東京都 府中市 \| 広島県 府中市.*\(ambiguous: asks which\)$/mu,
    );
  });

  it('prints JSON with --json: commands, answers, mentions with polarity, numbers and the language', async () => {
    const restart = await run('最初からやり直したい', '--context', 'yesno', '--json');
    expect(JSON.parse(restart.out)).toMatchObject({ command: 'restart', answer: null, context: 'yesno' });

    const english = await run('yes, a cafe from 10am to 2pm', '--json');
    expect(JSON.parse(english.out)).toMatchObject({
      language: 'en',
      answer: 'yes',
      jobTypes: [{ id: 'cafe', name: 'カフェ', polarity: 'positive' }],
      numbers: { timeOfDay: { from: '10:00', to: '14:00' } },
    });
  });

  it('refuses a wrong command line with usage and exit code 2', async () => {
    expect(await run()).toMatchObject({ code: 2, err: expect.stringMatching(/text to parse is required/u) });
    const context = await run('はい', '--context', 'menu');
    expect(context).toMatchObject({ code: 2, err: expect.stringMatching(/--context must be one of area/u) });
    expect((await run('はい', '--locale', 'fr')).code).toBe(2);
  });
});
