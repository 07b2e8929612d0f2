import { fitConnectionCap, openFileLimit } from './open-file-limit';

const LIMITS = `Limit                     Soft Limit           Hard Limit           Units
Max cpu time              unlimited            unlimited            seconds
Max open files            1024                 1048576              files
Max locked memory         8388608              8388608              bytes
`;

describe('openFileLimit', () => {
  it('reads the soft limit from /proc/self/limits', () => {
    expect(openFileLimit(() => LIMITS)).toBe(1024);
    expect(openFileLimit(() => LIMITS.replace('1024 ', 'unlimited '))).toBeNull();
    expect(openFileLimit(() => 'no such line')).toBeNull();
    expect(
      openFileLimit(() => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
  });

  it('reads this process’s limit on Linux', () => {
    const limit = openFileLimit();
    if (process.platform === 'linux') expect(limit).toBeGreaterThan(0);
  });
});

describe('fitConnectionCap', () => {
  it('keeps the configured cap when the open-file limit has room for it and 256 more', () => {
    expect(fitConnectionCap(4096, 1_048_576)).toBe(4096);
    expect(fitConnectionCap(4096, 4096 + 256)).toBe(4096);
    expect(fitConnectionCap(4096, null)).toBe(4096);
  });

  it('lowers it to fit otherwise, keeping a reserve for Redis, outbound calls and files', () => {
    expect(fitConnectionCap(4096, 1024)).toBe(768);
    expect(fitConnectionCap(4096, 4096)).toBe(3840);
    expect(fitConnectionCap(4096, 400)).toBe(300);
    expect(fitConnectionCap(4096, 1)).toBe(1);
  });
});
