import { UsageError } from './usage-error';

/** Reads a required string option. */
export function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** Reads a numeric option within bounds, with a default. */
export function numberOption(
  values: Record<string, unknown>,
  name: string,
  fallback: number,
  bounds: { min: number; max: number; integer?: boolean },
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value)) {
    throw new UsageError(`--${name} must be a number, got ${JSON.stringify(raw)}`);
  }
  if (bounds.integer && !Number.isInteger(value)) throw new UsageError(`--${name} must be a whole number`);
  if (value < bounds.min || value > bounds.max) {
    throw new UsageError(`--${name} must be between ${bounds.min} and ${bounds.max}, got ${value}`);
  }
  return value;
}
