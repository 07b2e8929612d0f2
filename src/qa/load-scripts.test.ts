import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScript, loadScripts } from './load-scripts';
import { expectationFor } from './script';
import { ScriptError } from './script-error';
import { plannedRuns, selectByTags } from './select-conversations';

describe('loading QA scripts', () => {
  let dir: string;
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qa-scripts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('expands includes with the conversation variables and narrows channels through them', async () => {
    file(
      'include/open.yaml',
      'steps:\n  - start: true\n  - text: "${place}"\n    channels: [web, line]\n    expect: { text: "${place}" }\n',
    );
    const path = file(
      'a.yaml',
      [
        'name: A',
        'tags: [smoke]',
        'vars: { place: 大阪, n: 2 }',
        'steps:',
        '  - include: include/open.yaml',
        '    channels: [line, alexa]',
        '  - postback: "yes"',
        "    expect: { text: { regex: '${n}件' } }",
        '  - location: { latitude: 35.6, longitude: 139.7 }',
      ].join('\n'),
    );
    const conversation = await loadScript(path, dir);
    expect(conversation.channels).toEqual(['web', 'line', 'alexa', 'google', 'teams']);
    expect(conversation.steps.map((s) => [s.input, s.channels, s.origin])).toEqual([
      [{ kind: 'start' }, ['line', 'alexa'], 'a.yaml:1 > include/open.yaml:1'],
      [{ kind: 'text', text: '大阪' }, ['line'], 'a.yaml:1 > include/open.yaml:2'],
      [{ kind: 'postback', value: 'yes' }, null, 'a.yaml:2'],
      [{ kind: 'location', latitude: 35.6, longitude: 139.7 }, ['line'], 'a.yaml:3'],
    ]);
    expect(conversation.steps[1]?.expect).toEqual({ text: '大阪' });
    expect(conversation.steps[2]?.expect).toEqual({ text: { regex: '2件' } });
  });

  it('finds conversations in directories but not the step libraries in include folders', async () => {
    file('include/x.yaml', 'steps:\n  - start: true\n');
    file('b/two.yml', 'name: Two\ntags: [slow]\nsteps:\n  - start: true\n    expect: { done: false }\n');
    file('one.yaml', 'name: One\nchannels: [line]\nsteps:\n  - text: hi\n');
    file('notes.txt', 'not a script');
    const conversations = await loadScripts([dir], dir);
    expect(conversations.map((c) => c.file)).toEqual(['b/two.yml', 'one.yaml']);
    expect(selectByTags(conversations, ['!slow']).map((c) => c.name)).toEqual(['One']);
    expect(selectByTags(conversations, ['slow', 'smoke']).map((c) => c.name)).toEqual(['Two']);
    expect(
      plannedRuns(conversations, ['web', 'line']).map((r) => `${r.conversation.name} ${r.channel}`),
    ).toEqual(['Two web', 'Two line', 'One line']);
  });

  it.each([
    ['unknown variable', 'name: X\nsteps:\n  - text: "${nope}"\n', /x\.yaml:1: unknown variable \$\{nope\}/],
    [
      'intent without channels',
      'name: X\nsteps:\n  - intent: { name: AMAZON.YesIntent }\n',
      /x\.yaml:1: an intent step needs "channels"/,
    ],
    ['misspelt key', 'name: X\nsteps:\n  - text: hi\n    expect: { dnoe: true }\n', /x\.yaml: steps\[1\]/],
    ['unknown channel', 'name: X\nchannels: [fax]\nsteps:\n  - start: true\n', /x\.yaml: channels\[1\]/],
    ['no name', 'steps:\n  - start: true\n', /x\.yaml: name:/],
    [
      'broken regex',
      "name: X\nsteps:\n  - text: hi\n    expect: { text: { regex: '(' } }\n",
      /x\.yaml:1: expect\.text\.regex "\(" is not valid/,
    ],
    ['broken YAML', 'name: X\nsteps: [\n', /x\.yaml: not valid YAML/],
    [
      'missing include',
      'name: X\nsteps:\n  - include: nowhere.yaml\n',
      /x\.yaml:1 include nowhere\.yaml: cannot read/,
    ],
    ['include loop', 'name: X\nsteps:\n  - include: loop.yaml\n', /nested too deep/],
  ])('refuses a script with %s, naming the file and step', async (_why, text, message) => {
    file('loop.yaml', 'steps:\n  - include: loop.yaml\n');
    const path = file('x.yaml', text);
    const loading = loadScript(path, dir);
    await expect(loading).rejects.toThrow(ScriptError);
    await expect(loadScript(path, dir)).rejects.toThrow(message);
  });

  it('takes per-channel checks over expect, expanding voice and screen, and refuses an unknown channel', async () => {
    const path = file(
      'on.yaml',
      [
        'name: On',
        'steps:',
        '  - text: はい',
        '    expect: { question: { kind: results }, jobs: { count: 5 } }',
        '    expectOn:',
        '      voice: { jobs: { count: 3 } }',
        '      teams: { done: false }',
      ].join('\n'),
    );
    const [step] = (await loadScript(path, dir)).steps;
    expect(expectationFor(step!, 'web')).toEqual({ question: { kind: 'results' }, jobs: { count: 5 } });
    expect(expectationFor(step!, 'alexa')).toEqual({ question: { kind: 'results' }, jobs: { count: 3 } });
    expect(expectationFor(step!, 'google')).toEqual({ question: { kind: 'results' }, jobs: { count: 3 } });
    expect(expectationFor(step!, 'teams')).toEqual({
      question: { kind: 'results' },
      jobs: { count: 5 },
      done: false,
    });
    const bad = file(
      'bad-on.yaml',
      'name: Bad\nsteps:\n  - text: はい\n    expectOn: { phone: { done: true } }\n',
    );
    await expect(loadScript(bad, dir)).rejects.toThrow(
      'bad-on.yaml:1: expectOn.phone is no channel: use web, line, alexa, google, teams, voice or screen',
    );
  });
});
