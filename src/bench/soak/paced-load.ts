import type { SoakClient } from './soak-clients';
import type { SoakRecorder } from './soak-recorder';

/**
 * Requests at a fixed overall rate, sent on a 10 ms tick whether or not earlier ones have answered (an open
 * model, as real users arrive), spread over the clients by weight. Past maxInFlight a request is not sent and
 * counts as an error: a service that falls behind shows up, instead of the load quietly slowing down.
 */
export class PacedLoad {
  private readonly schedule: SoakClient[];
  private timer: NodeJS.Timeout | null = null;
  private startedAt = 0;
  private sent = 0;
  private inFlight = 0;
  private drained: (() => void) | null = null;

  constructor(
    private readonly port: number,
    private readonly rate: number,
    mix: readonly { client: SoakClient; weight: number }[],
    private readonly recorder: SoakRecorder,
    private readonly maxInFlight = 2000,
  ) {
    this.schedule = mix.flatMap(({ client, weight }) => Array.from({ length: weight }, () => client));
    if (this.schedule.length === 0) throw new Error('no clients');
  }

  /** Seconds since start(). */
  elapsed(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  start(): void {
    this.startedAt = performance.now();
    this.timer = setInterval(() => this.tick(), 10);
  }

  /** Stops sending and resolves once every request in flight has answered or timed out. */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
  }

  private tick(): void {
    const due = Math.floor(this.elapsed() * this.rate) - this.sent;
    for (let i = 0; i < due; i++) this.fire(this.schedule[this.sent++ % this.schedule.length]!);
  }

  private fire(client: SoakClient): void {
    const at = this.elapsed();
    if (this.inFlight >= this.maxInFlight) {
      this.recorder.record({ at, channel: client.channel, outcome: 'error', ms: 0 });
      return;
    }
    this.inFlight++;
    const started = performance.now();
    client
      .send(this.port)
      .catch(() => 'error' as const)
      .then((outcome) => {
        this.recorder.record({ at, channel: client.channel, outcome, ms: performance.now() - started });
        if (--this.inFlight === 0 && this.drained !== null) this.drained();
      });
  }
}
