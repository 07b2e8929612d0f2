import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadScript } from '../load-scripts';
import { readRecording } from './read-recording';
import { recordingToYaml } from './script-yaml';

const EXPORT = {
  format: 'soudan-chat-export',
  version: 1,
  exportedAt: '2026-12-03T10:00:00.000Z',
  locale: null,
  turns: [
    {
      sent: { event: 'start' },
      reply: { turn: 1, question: { kind: 'area', id: null }, jobs: [], done: false },
    },
    {
      sent: { text: '大阪で "カフェ"、連絡は090-1234-5678' },
      reply: { question: { kind: 'condition', id: 'free-meals' }, jobs: [], done: false },
    },
    {
      sent: { postback: 'yes' },
      reply: {
        question: { kind: 'results', id: null },
        jobs: [
          { id: 'L1', match: 'exact' },
          { id: 'L2', match: 'related' },
        ],
        done: false,
      },
    },
  ],
};

const logLine = (conversation: string, turn: number, input: object, done = false) =>
  JSON.stringify({
    severity: 'DEBUG',
    message: 'conversation turn',
    channel: 'line',
    conversation,
    turn,
    input,
    reply: { question: done ? null : { kind: 'area', id: null }, jobs: [], done },
  });

describe('soudan record: a recording as a script', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-record-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a chat export as steps with the answers seen, anonymised, that the loader reads back', async () => {
    const recording = readRecording(JSON.stringify(EXPORT), 'export.json');
    const { yaml, replaced } = recordingToYaml(recording, { name: 'Osaka: cafe', recordedOn: '2026-12-03' });
    expect(replaced).toEqual({ 'phone number': 1 });
    expect(yaml).toContain('# Anonymised: 1 phone number.');
    expect(yaml).toContain('  - text: "大阪で \\"カフェ\\"、連絡は000-0000-0000"');
    const file = path.join(dir, 'export.yaml');
    writeFileSync(file, yaml);
    const script = await loadScript(file);
    expect(script.name).toBe('Osaka: cafe');
    expect(script.tags).toEqual(['recorded']);
    expect(script.channels).toEqual(['web', 'line', 'teams']);
    expect(script.steps.map((s) => [s.input, s.expect])).toEqual([
      [{ kind: 'start' }, { question: { kind: 'area', id: null }, jobs: { count: 0 }, done: false }],
      [
        { kind: 'text', text: '大阪で "カフェ"、連絡は000-0000-0000' },
        { question: { kind: 'condition', id: 'free-meals' }, jobs: { count: 0 }, done: false },
      ],
      [
        { kind: 'postback', value: 'yes' },
        { question: { kind: 'results', id: null }, jobs: { count: 2, exact: 1, related: 1 }, done: false },
      ],
    ]);
  });

  it('reads the conversation log, and asks which conversation when it holds several', async () => {
    const log = [
      '{"severity":"INFO","message":"request","httpRequest":{}}',
      logLine('aaa111', 1, { kind: 'start' }),
      logLine('bbb222', 1, { kind: 'start' }),
      logLine('aaa111', 2, { kind: 'location', latitude: 35.66, longitude: 139.7 }),
      logLine('aaa111', 3, { kind: 'text', text: '終わり' }, true),
    ].join('\n');
    expect(() => readRecording(log, 'app.log')).toThrow(
      'app.log: several conversations: pick one with --conversation: aaa111 (line, 3 turns), bbb222 (line, 1 turns)',
    );
    const recording = readRecording(log, 'app.log', 'aaa111');
    expect(recording.source).toBe('the conversation log (line)');
    const file = path.join(dir, 'log.yaml');
    writeFileSync(file, recordingToYaml(recording, { name: 'from the log', recordedOn: '2026-12-03' }).yaml);
    const script = await loadScript(file);
    expect(script.steps.map((s) => [s.input.kind, s.channels])).toEqual([
      ['start', null],
      ['location', ['line']],
      ['text', null],
    ]);
    expect(script.steps[2]?.expect).toEqual({ question: null, jobs: { count: 0 }, done: true });
    expect(() => readRecording('{"severity":"INFO","message":"request"}\n', 'info.log')).toThrow(
      /LOG_CONVERSATIONS=true and LOG_LEVEL=debug/,
    );
  });
});
