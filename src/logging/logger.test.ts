import { createLogger } from './logger';
import { hashId, setIdHashSalt } from './hash-id';
import { withLogContext } from './log-context';
import { SoudanError } from '../errors';

function capture(level: 'debug' | 'info' | 'warn' | 'error' | 'silent' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    write: (l) => lines.push(l),
    now: () => new Date('2025-01-02T03:04:05.000Z'),
  });
  return { logger, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>), lines };
}

describe('createLogger', () => {
  it("writes one JSON line per entry in Cloud Logging's shape: severity, time, message and fields", () => {
    const { logger, lines } = capture();
    logger.info('turn', { status: 200, latencyMs: 3 });
    expect(lines).toEqual([
      '{"severity":"INFO","time":"2025-01-02T03:04:05.000Z","message":"turn","status":200,"latencyMs":3}\n',
    ]);
  });

  it('drops lines below the level and writes nothing when silent', () => {
    const { logger, records } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(records().map((r) => r.severity)).toEqual(['WARNING', 'ERROR']);
    expect(logger.enabled('info')).toBe(false);
    const silent = capture('silent');
    silent.logger.error('x');
    expect(silent.lines).toEqual([]);
  });

  it('keeps severity, time and message from being overridden and redacts secret-looking fields', () => {
    const { logger, records } = capture();
    logger.child({ component: 'server', message: 'nope' }).info('hello', {
      severity: 'ERROR',
      lineChannelSecret: 'abc',
      password: 'pw',
      n: 1,
    });
    expect(records()).toEqual([
      {
        severity: 'INFO',
        time: '2025-01-02T03:04:05.000Z',
        message: 'hello',
        component: 'server',
        lineChannelSecret: '[redacted]',
        password: '[redacted]',
        n: 1,
      },
    ]);
  });

  it('logs booleans under secret-looking names as they are: true or false cannot carry a secret', () => {
    const { logger, records } = capture();
    logger.warn('teams request refused', {
      hasToken: true,
      tokenPresent: false,
      token: 'eyJhbGciOi',
      secret: 1,
    });
    expect(records()[0]).toMatchObject({
      hasToken: true,
      tokenPresent: false,
      token: '[redacted]',
      secret: '[redacted]',
    });
  });

  it('serializes errors with their context and cause', () => {
    const { logger, records } = capture();
    const error = new SoudanError('outer', { cause: new Error('inner'), context: { operation: 'get' } });
    logger.error('failed', { err: error });
    const err = records()[0]!.err as Record<string, unknown>;
    expect(err).toMatchObject({
      name: 'SoudanError',
      message: 'outer',
      context: { operation: 'get' },
      cause: { name: 'Error', message: 'inner' },
    });
    expect(typeof err.stack).toBe('string');
  });

  it('survives a throwing writer and unserializable fields', () => {
    const logger = createLogger({
      write: () => {
        throw new Error('disk full');
      },
    });
    expect(() => logger.info('x')).not.toThrow();
    const { logger: l2, records } = capture();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    l2.info('cyclic', { cyclic });
    expect(records()[0]).toMatchObject({ message: 'cyclic', logError: 'fields not serializable' });
  });
});

describe('log context', () => {
  it("adds the current request's fields (its trace) to every line written inside it, and only there", async () => {
    const { logger, records } = capture();
    await withLogContext({ 'logging.googleapis.com/trace': 'projects/p/traces/abc' }, async () => {
      logger.info('inside');
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.child({ component: 'x' }).warn('after a timer');
    });
    logger.info('outside');
    expect(records().map((r) => [r.message, r['logging.googleapis.com/trace']])).toEqual([
      ['inside', 'projects/p/traces/abc'],
      ['after a timer', 'projects/p/traces/abc'],
      ['outside', undefined],
    ]);
  });
});

describe('hashId', () => {
  afterEach(() => setIdHashSalt(null));

  it('is a stable 16-hex digest that depends on the salt and never contains the id', () => {
    const a = hashId('qa-001');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hashId('qa-001')).toBe(a);
    expect(hashId('qa-002')).not.toBe(a);
    setIdHashSalt('pepper');
    expect(hashId('qa-001')).not.toBe(a);
    setIdHashSalt(null);
    expect(hashId('qa-001')).toBe(a);
  });
});
