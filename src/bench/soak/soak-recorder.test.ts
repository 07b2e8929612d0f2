import { SoakRecorder } from './soak-recorder';

describe('SoakRecorder', () => {
  const recorder = new SoakRecorder();
  recorder.record({ at: 1, channel: 'web', outcome: 'ok', ms: 2 });
  recorder.record({ at: 2, channel: 'web', outcome: 'ok', ms: 40 });
  recorder.record({ at: 10, channel: 'web', outcome: 'polite', ms: 1 });
  recorder.record({ at: 11, channel: 'line', outcome: 'polite', ms: 3 });
  recorder.record({ at: 12, channel: 'alexa', outcome: 'error', ms: 10_000 });
  recorder.record({ at: 20, channel: 'teams', outcome: 'ok', ms: 4 });

  it('sums a phase by channel and outcome, with latency over the ok answers only', () => {
    const phase = recorder.phase('outage', 10, 20);
    expect(phase).toMatchObject({ requests: 3, ok: 0, polite: 2, errors: 1, p50Ms: 0, p99Ms: 0 });
    expect(phase.byChannel.line).toEqual({ ok: 0, polite: 1, errors: 0 });
    expect(phase.byChannel.alexa).toEqual({ ok: 0, polite: 0, errors: 1 });
    const before = recorder.phase('before', 0, 10);
    expect(before).toMatchObject({ requests: 2, ok: 2, p50Ms: 40, p99Ms: 40, maxMs: 40 });
  });

  it('finds the last answer that was not ok after a moment', () => {
    expect(recorder.lastNotOkSince(0)).toBe(12);
    expect(recorder.lastNotOkSince(12.5)).toBeNull();
  });
});
