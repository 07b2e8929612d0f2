import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { LOCALES_DIR } from '../../server/dialogue-binding';
import { createRenderer } from '../../i18n';
import { LineApiSink } from '../../qa/channels/line-api-sink';
import { PacedLoad } from './paced-load';
import { freeLoopbackPort, RedisProcess } from './redis-process';
import {
  alexaClient,
  googleClient,
  lineClient,
  teamsClient,
  webClient,
  type Apologies,
} from './soak-clients';
import { SoakRecorder, type PhaseRow } from './soak-recorder';
import { scrapeValues } from './soak-http';

export interface SoakOptions {
  durationSeconds: number;
  /** Requests per second over all channels. */
  rate: number;
  outageSeconds: number;
  /** Seconds between memory samples. */
  sampleSeconds: number;
}

interface MemorySample {
  atSeconds: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface SoakResult {
  options: SoakOptions;
  mix: Record<string, number>;
  outage: { stoppedAtSeconds: number; restartedAtSeconds: number };
  phases: PhaseRow[];
  /** Seconds from Redis's return to the last answer that was not ok (0: none after it). */
  recoverySeconds: number;
  crashes: number;
  memory: MemorySample[];
}

/** Share of the rate per channel, out of 50: web chat carries most; each platform a steady trickle. */
const MIX = { web: 42, line: 2, alexa: 2, google: 2, teams: 2 } as const;

const RSS = 'process_resident_memory_bytes';
const HEAP = 'nodejs_heap_size_used_bytes';

/**
 * The service in a child process with sessions in a Redis of the benchmark's own, under a fixed-rate mix of web
 * turns and LINE, Alexa, Google and Teams webhooks for `durationSeconds`; Redis is stopped for `outageSeconds` in the
 * middle and started again. Every answer is judged ok, polite (503 + Retry-After, or the channel's apology) or
 * an error; memory comes from the service's own metrics port. Loopback only.
 */
export async function runSoak(options: SoakOptions, out: (line: string) => void): Promise<SoakResult> {
  const redis = new RedisProcess(await freeLoopbackPort());
  await redis.start();
  const sink = await new LineApiSink().start();
  const secret = randomBytes(16).toString('hex');
  // Web conversations are named by the load (sent on a fixed clock, before earlier answers arrive): QA path.
  const qaToken = randomBytes(24).toString('hex');
  const child = fork(join(__dirname, 'soak-server-child.js'), [], {
    env: {
      ...process.env,
      SOAK_REDIS_URL: redis.url,
      SOAK_LINE_API: sink.url,
      SOAK_LINE_SECRET: secret,
      SOAK_QA_TOKEN: qaToken,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let crashes = 0;
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    crashes++;
    out(`the service exited during the soak (code ${code}, signal ${signal})`);
  });
  try {
    const { port, metricsPort } = await childPorts(child);
    out(`service on port ${port}, metrics on ${metricsPort}, Redis on ${redis.port}`);
    const renderer = createRenderer(LOCALES_DIR);
    const apologies: Apologies = {
      chat: renderer.message('ja', 'channel.unavailable').text.slice(0, 20),
      voice: renderer.message('ja', 'voice.unavailable').speech.slice(0, 20),
    };
    const recorder = new SoakRecorder();
    const load = new PacedLoad(
      port,
      options.rate,
      [
        { client: webClient(2000, qaToken), weight: MIX.web },
        { client: lineClient(200, secret, sink, apologies), weight: MIX.line },
        { client: alexaClient(200, apologies), weight: MIX.alexa },
        { client: googleClient(200, apologies), weight: MIX.google },
        { client: teamsClient(200, apologies), weight: MIX.teams },
      ],
      recorder,
    );
    const memory: MemorySample[] = [];
    const sample = async () => {
      const values = await scrapeValues(metricsPort, [RSS, HEAP]).catch(() => ({}) as Record<string, number>);
      if (values[RSS] === undefined) return;
      memory.push({
        atSeconds: Math.round(load.elapsed()),
        rssMb: round(values[RSS] / 2 ** 20),
        heapUsedMb: round((values[HEAP] ?? 0) / 2 ** 20),
      });
    };
    const stopAt = (options.durationSeconds - options.outageSeconds) / 2;
    const restartAt = stopAt + options.outageSeconds;
    const outage = { stoppedAtSeconds: 0, restartedAtSeconds: 0 };

    load.start();
    await sample();
    const sampler = setInterval(() => void sample(), options.sampleSeconds * 1000);
    await until(load, stopAt);
    outage.stoppedAtSeconds = round(load.elapsed());
    await redis.stop();
    out(`Redis stopped at ${outage.stoppedAtSeconds} s`);
    await until(load, restartAt);
    await redis.start();
    // Counted from when it answers again: recovery is the service's part, not redis-server's start-up.
    outage.restartedAtSeconds = round(load.elapsed());
    out(`Redis started again at ${outage.restartedAtSeconds} s`);
    await until(load, options.durationSeconds);
    await load.stop();
    clearInterval(sampler);
    await sample();

    const lastNotOk = recorder.lastNotOkSince(outage.restartedAtSeconds);
    const recoveredAt = lastNotOk === null ? outage.restartedAtSeconds : lastNotOk + 0.001;
    const end = load.elapsed();
    return {
      options,
      mix: { ...MIX },
      outage,
      phases: [
        recorder.phase('before the outage', 0, outage.stoppedAtSeconds),
        recorder.phase('Redis down, until recovered', outage.stoppedAtSeconds, recoveredAt),
        recorder.phase('after recovery', recoveredAt, end),
        recorder.phase('whole run', 0, end),
      ],
      recoverySeconds: round(Math.max(0, recoveredAt - outage.restartedAtSeconds)),
      crashes,
      memory,
    };
  } finally {
    stopping = true;
    if (child.exitCode === null) {
      child.send('stop');
      await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await sink.stop();
    await redis.stop();
  }
}

async function until(load: PacedLoad, seconds: number): Promise<void> {
  const wait = seconds - load.elapsed();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait * 1000));
}

function childPorts(child: ChildProcess): Promise<{ port: number; metricsPort: number }> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port: number; metricsPort: number }));
    child.once('exit', (code) => reject(new Error(`the service did not start (exit code ${code})`)));
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
