import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main';

/** `soudan replay` end to end, in-process: what a QA engineer and CI see. */
describe('soudan replay', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qa-replay-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['replay', ...args],
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('ends with the reason when the model cannot be read, instead of staying up on its stand-ins', () => {
    // The built command in a process of its own: a stand-in left listening would keep it alive, and the
    // spawn's limit would end it without an exit code.
    const result = spawnSync(
      process.execPath,
      ['bin/soudan.js', 'replay', 'qa/undo.yaml', '--channel', 'web', '--model', join(dir, 'missing.json')],
      { cwd: join(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot be read');
  });

  it('fails a broken expectation with the step, the expected and the actual reply, in JUnit XML too', async () => {
    writeFileSync(
      join(dir, 'broken.yaml'),
      [
        'name: Osaka is not Tokyo',
        'tags: [demo]',
        'steps:',
        '  - start: true',
        '  - text: 大阪府',
        '    expect:',
        '      text: 東京都で探しますね',
        '      question: { kind: condition }',
        '  - text: カフェ',
      ].join('\n'),
    );
    const junit = join(dir, 'out', 'junit.xml');
    const transcripts = join(dir, 'transcripts');
    const result = await run([dir, '--channel', 'web,line', '--junit', junit, '--transcripts', transcripts]);

    expect(result.code).toBe(1);
    expect(result.out).toContain('"Osaka is not Tokyo" on web: step 2 (');
    expect(result.out).toContain('broken.yaml:2) text "大阪府"');
    // The reply's text of several lines is begun after got and printed once, in the reply below it.
    expect(result.out).toMatch(
      /text\.contains: expected 東京都で探しますね, got 大阪府で探しますね。… \(\d+ lines, in the reply below\)\n/,
    );
    expect(result.out.split('やってみたいお仕事の種類')).toHaveLength(1 + 2);
    // Only each failure's first line and the summary start at the margin; the rest is indented under them.
    expect(result.out.split('\n').filter((l) => !l.startsWith('  '))).toEqual([
      expect.stringContaining('"Osaka is not Tokyo" on web: step 2'),
      expect.stringContaining('"Osaka is not Tokyo" on line: step 2'),
      expect.stringMatching(/^qa replay: /),
    ]);
    expect(result.out).toContain('question: expected {"kind":"condition"}, got {"kind":"jobType","id":null}');
    expect(result.out).toMatch(
      /qa replay: 2 runs \(1 conversations on web, line\): 0 passed, 2 failed in [\d.]+ s$/,
    );

    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuites name="qa-replay" tests="2" failures="2"');
    // The script lies outside the working directory: the class name holds its file name only.
    expect(xml).toContain('<testcase classname="qa.line.broken.yaml" name="Osaka is not Tokyo"');
    expect(xml).toContain(
      '<failure message="step 2: question: expected {&quot;kind&quot;:&quot;condition&quot;}; text.contains: expected 東京都で探しますね"',
    );

    const files = readdirSync(transcripts);
    expect(files.filter((f) => f.endsWith('broken.web.txt'))).toHaveLength(1);
    const transcript = readFileSync(
      join(
        transcripts,
        files.find((f) => f.endsWith('.line.txt'))!,
      ),
      'utf8',
    );
    expect(transcript).toContain('## 2. > text "大阪府"   [failed]');
    expect(transcript).toContain('"type":"message"');
    expect(transcript).toContain('understood: context area; command -; answer -; mentions -; places 大阪府');
    expect(transcript).toContain('## 3. > text "カフェ"   [not run]');
    expect(transcript).toContain(
      "not in line's response, read from the dialogue: speech, question, jobs, done",
    );
  });

  it('passes a good script, filters by tags and refuses a wrong channel name', async () => {
    writeFileSync(
      join(dir, 'good.yaml'),
      'name: Greets\ntags: [smoke]\nsteps:\n  - start: true\n    expect: { question: { kind: area } }\n',
    );
    writeFileSync(
      join(dir, 'other.yaml'),
      'name: Other\ntags: [slow]\nsteps:\n  - start: true\n  - text: はい\n',
    );
    const good = await run([dir, '--tags', 'smoke']);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(
      /^qa replay: 5 runs \(1 conversations on web, line, alexa, google, teams\): 5 passed, 0 failed/,
    );

    // The summary names the channels that ran, not the ones asked for.
    writeFileSync(
      join(dir, 'web-only.yaml'),
      'name: Web only\ntags: [web-only]\nchannels: [web]\nsteps:\n  - start: true\n    expect: { done: false }\n',
    );
    expect((await run([dir, '--tags', 'web-only'])).out).toMatch(
      /^qa replay: 1 runs \(1 conversations on web\): 1 passed, 0 failed/,
    );
    // And the conversations that ran: the web-only one has no run on LINE.
    expect((await run([dir, '--tags', 'web-only,smoke', '--channel', 'line'])).out).toMatch(
      /^qa replay: 1 runs \(1 conversations on line\): 1 passed, 0 failed/,
    );

    const wrong = await run([dir, '--channel', 'fax']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--channel must be all or among web, line, alexa, google, teams, got fax');
    expect((await run([dir, '--tags', 'nothing-has-this'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});
