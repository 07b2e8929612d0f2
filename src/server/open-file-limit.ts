import { readFileSync } from 'node:fs';

/** File descriptors kept for everything but client connections: Redis, outbound HTTPS, files, Node itself. */
const RESERVED_FILES = 256;

/**
 * The process's soft limit on open files (`ulimit -n`), from /proc/self/limits; null where that cannot be read
 * (not Linux) or says "unlimited". Every connection holds one, and a process out of them cannot accept the
 * kubelet's probe or the load balancer's next connection.
 */
export function openFileLimit(
  read: () => string = () => readFileSync('/proc/self/limits', 'utf8'),
): number | null {
  let text: string;
  try {
    text = read();
  } catch {
    return null;
  }
  const soft = /^Max open files\s+(\S+)/m.exec(text)?.[1];
  if (soft === undefined || !/^\d+$/.test(soft)) return null;
  return Number(soft);
}

/**
 * The connection cap that fits: the configured one, or fewer when the open-file limit leaves less room after the
 * reserve (a quarter of the limit when that is smaller than 256). At least 1.
 */
export function fitConnectionCap(configured: number, fileLimit: number | null): number {
  if (fileLimit === null) return configured;
  const reserve = Math.min(RESERVED_FILES, Math.floor(fileLimit / 4));
  return Math.max(1, Math.min(configured, fileLimit - reserve));
}
