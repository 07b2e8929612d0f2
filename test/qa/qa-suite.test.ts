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

import { describeWithRedis, REDIS_URL } from '../session/redis-available';

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
    expect(conversations.length).toBeGreaterThanOrEqual(60);
    const report = await runReplay(app, conversations, REPLAY_CHANNELS);
    // Only the Redis outage conversations need --redis: they run in the suite below.
    const cutting = conversations.filter((c) => c.needsSessionStoreControl === true);
    expect(cutting.length).toBeGreaterThan(0);
    expect(report.skipped).toBe(plannedRuns(cutting, REPLAY_CHANNELS).length);
    const failures = report.results
      .filter((r) => !r.passed)
      .map((r: ConversationResult) => describeFailure(r, failedStep(r)!).join('\n'));
    expect(failures).toEqual([]);
    expect(report.results).toHaveLength(plannedRuns(conversations, REPLAY_CHANNELS).length);
    // Every channel ran (nearly) the whole suite: a conversation limited to one channel is the exception.
    for (const channel of REPLAY_CHANNELS) {
      expect(report.results.filter((r) => r.channel === channel).length).toBeGreaterThanOrEqual(55);
    }
    // About 300 signed, verified runs one after another: a hang guard, not a speed check (that is bench:qa).
  }, 300_000);

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

/** The conversations that cut the session store, with sessions in the real Redis behind a proxy they cut. */
describeWithRedis("the QA suite's Redis outage conversations, sessions in Redis", () => {
  let app: ReplayApp;
  beforeAll(async () => {
    app = await startReplayApp({ redisUrl: REDIS_URL });
  });
  afterAll(() => app.close());

  it('apologises on every channel while Redis is cut off, and carries on where it was once it is back', async () => {
    const conversations = (await loadScripts([QA_DIR])).filter((c) => c.needsSessionStoreControl === true);
    const report = await runReplay(app, conversations, REPLAY_CHANNELS);
    const failures = report.results
      .filter((r) => !r.passed)
      .map((r: ConversationResult) => describeFailure(r, failedStep(r)!).join('\n'));
    expect(failures).toEqual([]);
    expect(report.skipped).toBe(0);
    expect(report.passed).toBe(plannedRuns(conversations, REPLAY_CHANNELS).length);
  });
});
