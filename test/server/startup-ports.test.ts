import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { main } from '../../src/cli/main';
import { createLogger } from '../../src/logging';
import { startServer, StartupError, type RunningServer } from '../../src/server';
import { FakeDialogue, testConfig } from './test-app';

/** A real port held by another listener, on every interface, as a first `npm start` holds it. */
let occupant: Server;
let busy: number;
let running: RunningServer | undefined;
const logs: Record<string, unknown>[] = [];
const logger = createLogger({
  level: 'info',
  write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
});

beforeAll(async () => {
  occupant = createServer((socket) => socket.destroy()).listen(0);
  await once(occupant, 'listening');
  busy = (occupant.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => occupant.close(() => resolve())));

afterEach(async () => {
  await running?.close();
  running = undefined;
  logs.length = 0;
});

const start = (env: Record<string, string>, port = 0) =>
  startServer(testConfig({ LOG_LEVEL: 'info', CHANNELS: 'none', ...env }), {
    logger,
    port,
    createDialogue: () => new FakeDialogue(),
    defaultMetrics: false,
  });

describe('start-up on ports that are taken', () => {
  it('outside production, a busy METRICS_PORT warns, names the setting, and the service runs without metrics', async () => {
    running = await start({ NODE_ENV: 'development', METRICS_PORT: String(busy) });
    expect(running.metricsPort).toBeNull();
    expect(logs.filter((l) => l.severity === 'WARNING')).toEqual([
      expect.objectContaining({
        message: 'metrics port unavailable: serving without metrics',
        metricsPort: busy,
        code: 'EADDRINUSE',
        setting: 'METRICS_PORT',
      }),
    ]);
    expect(logs.find((l) => l.message === 'listening')).toMatchObject({ metricsPort: null });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('in production, a busy METRICS_PORT stops the start and says to change METRICS_PORT', async () => {
    const failure = start({ NODE_ENV: 'production', METRICS_PORT: String(busy) });
    await expect(failure).rejects.toThrow(StartupError);
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^port ${busy} is in use .*: set METRICS_PORT to a free port .*, or 0 to switch metrics off$`,
        'u',
      ),
    );
  });

  it('a busy PORT stops the start and says to change PORT', async () => {
    await expect(start({ NODE_ENV: 'development' }, busy)).rejects.toThrow(
      new RegExp(
        `^port ${busy} is in use \\(.*EADDRINUSE.*\\): set PORT \\(or soudan serve --port\\) to a free port$`,
        'u',
      ),
    );
  });

  it('a second `soudan serve` on a taken port prints one line naming PORT, not an unexpected failure', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      NODE_ENV: 'development',
      METRICS_PORT: '0',
      CHANNELS: 'none',
      LOG_LEVEL: 'silent',
    });
    const stderr: string[] = [];
    try {
      const code = await main(
        ['serve', '--port', String(busy)],
        () => undefined,
        (line) => stderr.push(line),
      );
      expect(code).toBe(1);
    } finally {
      process.env = saved;
    }
    expect(stderr).toEqual([
      expect.stringMatching(
        new RegExp(
          `^soudan serve: port ${busy} is in use .*: set PORT \\(or soudan serve --port\\) to a free port$`,
          'u',
        ),
      ),
    ]);
  });

  it('a model that cannot be read names MODEL_PATH', async () => {
    await expect(start({ NODE_ENV: 'development', MODEL_PATH: '/nonexistent/model.json' })).rejects.toThrow(
      /model file \/nonexistent\/model\.json cannot be read \(set MODEL_PATH to a valid model file\)$/u,
    );
  });
});
