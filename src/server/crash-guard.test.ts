import { createLogger } from '../logging';
import { guardAgainstCrashes } from './crash-guard';

describe('guardAgainstCrashes', () => {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line)) });

  beforeEach(() => {
    logs.length = 0;
  });

  it('logs an unhandled rejection and keeps the process running', () => {
    const exit = jest.fn();
    const close = jest.fn(() => Promise.resolve());
    const stop = guardAgainstCrashes(close, logger, exit);
    try {
      process.emit('unhandledRejection', new Error('nobody awaited me'), Promise.resolve());
      expect(logs).toEqual([
        expect.objectContaining({ severity: 'ERROR', message: 'unhandled promise rejection' }),
      ]);
      expect(close).not.toHaveBeenCalled();
      expect(exit).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('drains once and exits 1 on an uncaught exception', async () => {
    const exit = jest.fn();
    const close = jest.fn(() => Promise.resolve());
    const stop = guardAgainstCrashes(close, logger, exit);
    try {
      process.emit('uncaughtException', new RangeError('Invalid string length'));
      process.emit('uncaughtException', new RangeError('again'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(close).toHaveBeenCalledTimes(1);
      expect(exit).toHaveBeenCalledWith(1);
      expect(logs[0]).toEqual(
        expect.objectContaining({ message: 'uncaught exception: draining and exiting' }),
      );
    } finally {
      stop();
    }
  });
});
