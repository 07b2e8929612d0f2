import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Builders for one environment variable each. An empty or blank value counts as unset (Kubernetes and compose
 * files often carry `FOO=`). Every message says what is expected; the loader adds the variable's name.
 */
function unsetIfBlank(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function optionalString(): z.ZodType<string | undefined> {
  return z.preprocess(unsetIfBlank, z.string().optional());
}

export function wholeNumber(min: number, max: number, fallback: number): z.ZodType<number> {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .regex(/^\d{1,15}$/, { error: expected })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { error: expected })
      .optional()
      .transform((n) => n ?? fallback),
  );
}

export function positiveDecimal(max: number, fallback: number): z.ZodType<number> {
  const expected = `expected a number greater than 0 and at most ${max}`;
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .regex(/^\d{1,9}(\.\d{1,6})?$/, { error: expected })
      .transform(Number)
      .refine((n) => n > 0 && n <= max, { error: expected })
      .optional()
      .transform((n) => n ?? fallback),
  );
}

export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
): z.ZodType<T[number]> {
  const expected = `expected one of ${values.join(', ')}`;
  return z.preprocess(unsetIfBlank, z.enum(values, { error: expected }).optional().default(fallback));
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

export function flag(fallback: boolean): z.ZodType<boolean>;
export function flag(fallback: undefined): z.ZodType<boolean | undefined>;
export function flag(fallback: boolean | undefined): z.ZodType<boolean | undefined> {
  const expected = 'expected true or false';
  return z.preprocess(
    (value) => {
      const v = unsetIfBlank(value);
      return typeof v === 'string' ? v.toLowerCase() : v;
    },
    z
      .string()
      .refine((v) => TRUE.includes(v) || FALSE.includes(v), { error: expected })
      .transform((v) => TRUE.includes(v))
      .optional()
      .transform((v) => v ?? fallback),
  );
}

/** An absolute URL with one of `protocols`; without path-only tricks (no credentials unless allowed). */
export function url(
  protocols: readonly string[],
  options: { allowCredentials?: boolean } = {},
): z.ZodType<string | undefined> {
  const expected = `expected an absolute URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`;
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .refine(
        (value) => {
          let parsed: URL;
          try {
            parsed = new URL(value);
          } catch {
            return false;
          }
          if (!protocols.includes(parsed.protocol)) return false;
          return options.allowCredentials === true || (parsed.username === '' && parsed.password === '');
        },
        { error: options.allowCredentials ? expected : `${expected}, without user name or password` },
      )
      .optional(),
  );
}

/** One secret of at least `minLength` characters of A-Z a-z 0-9 _ -; blank = none. */
export function secret(minLength: number): z.ZodType<string | undefined> {
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .regex(new RegExp(`^[A-Za-z0-9_-]{${minLength},}$`), {
        error: `expected ${minLength} or more characters of A-Z a-z 0-9 _ - (e.g. openssl rand -hex 32)`,
      })
      .optional(),
  );
}

/**
 * A secret of at least `minLength` characters of A-Z a-z 0-9 _ - (what `openssl rand -hex 32` or base64url
 * gives), or several separated by commas; blank = none.
 */
export function secretList(minLength: number): z.ZodType<readonly string[]> {
  const item = new RegExp(`^[A-Za-z0-9_-]{${minLength},}$`);
  const expected = `expected ${minLength} or more characters of A-Z a-z 0-9 _ - (e.g. openssl rand -hex 32), or several separated by commas`;
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return [];
        const secrets = raw.split(',').map((part) => part.trim());
        if (!secrets.every((secret) => item.test(secret))) {
          ctx.addIssue({ code: 'custom', message: expected });
          return z.NEVER;
        }
        return secrets;
      }),
  );
}

/**
 * A comma-separated list of origins (`https://host[:port]`, no path, query or credentials), each normalised as
 * URL.origin spells it; blank = none.
 */
export function originList(): z.ZodType<readonly string[]> {
  const expected =
    'expected a comma-separated list of origins such as https://smba.trafficmanager.net (scheme, host, optional port)';
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return [];
        const origins: string[] = [];
        for (const item of raw.split(',').map((part) => part.trim())) {
          const origin = originOf(item);
          if (origin === null) {
            ctx.addIssue({ code: 'custom', message: `${expected}; not an origin: ${JSON.stringify(item)}` });
            return z.NEVER;
          }
          origins.push(origin);
        }
        return [...new Set(origins)];
      }),
  );
}

function originOf(item: string): string | null {
  let url: URL;
  try {
    url = new URL(item);
  } catch {
    return null;
  }
  const bare = url.pathname === '/' && url.search === '' && url.hash === '' && !/[?#]/.test(item);
  const plain = url.username === '' && url.password === '';
  return (url.protocol === 'https:' || url.protocol === 'http:') && bare && plain ? url.origin : null;
}

/** A short identifier usable as a session key part (see src/session/session-key.ts). */
export function keyPart(): z.ZodType<string | undefined> {
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, {
        error: 'expected 1 to 32 characters of a-z, 0-9, _ and -, starting with a letter or digit',
      })
      .optional(),
  );
}

/** A comma-separated subset of `values`; "none" for the empty set, blank for the default. */
export function subsetOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: readonly T[number][],
): z.ZodType<readonly T[number][]> {
  const expected = `expected a comma-separated list of ${values.join(', ')} (or "none")`;
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined || raw === '') return [...fallback];
        if (raw.toLowerCase() === 'none') return [];
        const items = raw.split(',').map((item) => item.trim().toLowerCase());
        const unknown = items.filter((item) => !(values as readonly string[]).includes(item));
        if (unknown.length > 0) {
          ctx.addIssue({ code: 'custom', message: `${expected}; unknown: ${unknown.join(', ')}` });
          return z.NEVER;
        }
        return [...new Set(items)] as T[number][];
      }),
  );
}

/** One address range: `35.191.0.0/16`, `2600:1900::/28`, or a single address (a /32 or /128). */
export interface AddressRange {
  readonly address: string;
  readonly prefix: number;
  readonly family: 'ipv4' | 'ipv6';
}

/** A comma-separated list of CIDR ranges; "none" for the empty list, blank for the default. */
export function cidrList(fallback: readonly string[]): z.ZodType<readonly AddressRange[]> {
  const expected = 'expected a comma-separated list of address ranges such as 35.191.0.0/16 (or "none")';
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw?.toLowerCase() === 'none') return [];
        const items = raw === undefined || raw === '' ? fallback : raw.split(',').map((item) => item.trim());
        const ranges = items.map(parseRange);
        const bad = items.filter((_, i) => ranges[i] === null);
        if (bad.length > 0) {
          ctx.addIssue({ code: 'custom', message: `${expected}; not a range: ${bad.join(', ')}` });
          return z.NEVER;
        }
        return ranges as AddressRange[];
      }),
  );
}

function parseRange(text: string): AddressRange | null {
  const [address = '', prefixText, ...rest] = text.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return null;
  const bits = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}
