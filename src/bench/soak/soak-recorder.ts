import type { SoakChannel, SoakOutcome } from './soak-clients';

export interface Shot {
  /** Seconds since the load began, when the request was sent. */
  readonly at: number;
  readonly channel: SoakChannel;
  readonly outcome: SoakOutcome;
  readonly ms: number;
}

export interface PhaseRow {
  phase: string;
  fromSeconds: number;
  toSeconds: number;
  requests: number;
  ok: number;
  polite: number;
  errors: number;
  byChannel: Record<SoakChannel, { ok: number; polite: number; errors: number }>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const CHANNELS: readonly SoakChannel[] = ['web', 'line', 'alexa', 'google', 'teams'];

/** Every request's outcome and latency; small records, so ten minutes at 500/s is a few tens of MB. */
export class SoakRecorder {
  readonly shots: Shot[] = [];

  record(shot: Shot): void {
    this.shots.push(shot);
  }

  /** The requests sent in [from, to), summed; latency over the ok answers only. */
  phase(phase: string, from: number, to: number): PhaseRow {
    const inside = this.shots.filter((s) => s.at >= from && s.at < to);
    const byChannel = Object.fromEntries(
      CHANNELS.map((c) => [c, { ok: 0, polite: 0, errors: 0 }]),
    ) as PhaseRow['byChannel'];
    for (const shot of inside) {
      const counts = byChannel[shot.channel];
      if (shot.outcome === 'ok') counts.ok++;
      else if (shot.outcome === 'polite') counts.polite++;
      else counts.errors++;
    }
    const latencies = inside
      .filter((s) => s.outcome === 'ok')
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    const sum = (key: 'ok' | 'polite' | 'errors') => CHANNELS.reduce((n, c) => n + byChannel[c][key], 0);
    return {
      phase,
      fromSeconds: from,
      toSeconds: to,
      requests: inside.length,
      ok: sum('ok'),
      polite: sum('polite'),
      errors: sum('errors'),
      byChannel,
      p50Ms: round(at(0.5)),
      p99Ms: round(at(0.99)),
      maxMs: round(latencies.at(-1) ?? 0),
    };
  }

  /** When the last answer that was not ok was sent, at or after `since` (null: none). */
  lastNotOkSince(since: number): number | null {
    let last: number | null = null;
    for (const shot of this.shots)
      if (shot.at >= since && shot.outcome !== 'ok') last = Math.max(last ?? 0, shot.at);
    return last;
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;
