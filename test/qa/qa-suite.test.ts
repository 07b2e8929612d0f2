import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  describeFailure,
  failedStep,
  loadScripts,
  plannedRuns,
  REPLAY_CHANNELS,
  runReplay,
  startReplayApp,
  type ConversationResult,
  type ReplayApp,
} from '../../src/qa';

const QA_DIR = path.join(__dirname, '..', '..', 'qa');

/** The starter suite in qa/, every script on every channel it allows, through the real app in-process. */
describe('the QA suite in qa/ replayed on every channel', () => {
  let app: ReplayApp;
  beforeAll(async () => {
    app = await startReplayApp();
  });
  afterAll(() => app.close());

  it('passes every conversation on web, LINE, Alexa, Google and Teams', async () => {
    const conversations = await loadScripts([QA_DIR]);
    expect(conversations.length).toBeGreaterThanOrEqual(20);
    const report = await runReplay(app, conversations, REPLAY_CHANNELS);
    const failures = report.results
      .filter((r) => !r.passed)
      .map((r: ConversationResult) => describeFailure(r, failedStep(r)!).join('\n'));
    expect(failures).toEqual([]);
    expect(report.results).toHaveLength(plannedRuns(conversations, REPLAY_CHANNELS).length);
    // Every channel ran (nearly) the whole suite: a conversation limited to one channel is the exception.
    for (const channel of REPLAY_CHANNELS) {
      expect(report.results.filter((r) => r.channel === channel).length).toBeGreaterThanOrEqual(20);
    }
  });

  it('passes the example script of docs/qa-replay.md on every channel', async () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'qa-replay.md'), 'utf8');
    const example = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toContain('steps:');
    const dir = mkdtempSync(path.join(tmpdir(), 'qa-doc-'));
    try {
      writeFileSync(path.join(dir, 'example.yaml'), example!);
      const report = await runReplay(app, await loadScripts([dir]), REPLAY_CHANNELS);
      expect(report.results.flatMap((r) => (r.passed ? [] : describeFailure(r, failedStep(r)!)))).toEqual([]);
      expect(report.passed).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
