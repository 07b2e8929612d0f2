import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import {
  CHANNEL_GROUPS,
  CONVERSATION,
  INCLUDED,
  REPLAY_CHANNELS,
  userInput,
  type Conversation,
  type Expectation,
  type ReplayChannel,
  type Step,
  STEP,
} from './script';
import { ScriptError } from './script-error';

const SCRIPT_EXTENSIONS = new Set(['.yaml', '.yml']);
/** Includes deeper than this are a loop or a mistake. */
const MAX_INCLUDE_DEPTH = 8;

/**
 * The conversation scripts under the given files and directories, in path order. Directories are searched
 * recursively; files in folders named `include` (or `_include`) are step libraries, not conversations.
 */
export async function loadScripts(paths: readonly string[], base = process.cwd()): Promise<Conversation[]> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await scriptFiles(resolve(base, path), true)));
  const conversations: Conversation[] = [];
  for (const file of [...new Set(files)].sort()) conversations.push(await loadScript(file, base));
  return conversations;
}

async function scriptFiles(path: string, named: boolean): Promise<string[]> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new ScriptError(`${path}: no such file or directory`, { cause });
  });
  if (info.isFile()) return named || SCRIPT_EXTENSIONS.has(extname(path)) ? [path] : [];
  const entries = await readdir(path, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && /^_?include$/.test(entry.name)) continue;
    if (entry.isDirectory() || SCRIPT_EXTENSIONS.has(extname(entry.name))) {
      found.push(...(await scriptFiles(join(path, entry.name), false)));
    }
  }
  return found;
}

/** One conversation file: validated, includes expanded, variables substituted. */
export async function loadScript(file: string, base = process.cwd()): Promise<Conversation> {
  const shown = relative(base, file) || file;
  const doc = parse(CONVERSATION, await readYaml(file, shown), shown);
  const vars = new Map(Object.entries(doc.vars ?? {}).map(([k, v]) => [k, String(v)]));
  const steps = await expand(doc.steps, file, shown, vars, 0);
  if (!steps.some((s) => s.input.kind !== 'start' || s.expect !== null)) {
    throw new ScriptError(
      `${shown}: a conversation needs more than a bare start: a user turn or an expectation`,
    );
  }
  return {
    name: doc.name,
    ...(steps.some((s) => s.input.kind === 'sessionStore') ? { needsSessionStoreControl: true } : {}),
    file: shown,
    tags: doc.tags ?? [],
    channels: doc.channels ?? REPLAY_CHANNELS,
    locale: doc.locale ?? null,
    steps,
  };
}

async function expand(
  raw: readonly z.infer<typeof STEP>[],
  file: string,
  shown: string,
  vars: ReadonlyMap<string, string>,
  depth: number,
  inherited: readonly ReplayChannel[] | null = null,
): Promise<Step[]> {
  const steps: Step[] = [];
  for (const [i, rawStep] of raw.entries()) {
    const origin = `${shown}:${i + 1}`;
    const step = substitute(rawStep, vars, origin);
    const channels = narrow(inherited, step.channels ?? null);
    if ('include' in step) {
      if (depth >= MAX_INCLUDE_DEPTH) throw new ScriptError(`${origin}: includes nested too deep (a loop?)`);
      const path = resolve(dirname(file), step.include);
      const inner = relative(dirname(file), path) === step.include ? step.include : path;
      const doc = parse(INCLUDED, await readYaml(path, `${origin} include ${inner}`), `${origin} > ${inner}`);
      const included = await expand(
        doc.steps,
        path,
        `${origin} > ${step.include}`,
        vars,
        depth + 1,
        channels,
      );
      steps.push(...included);
      continue;
    }
    const input = userInput(step);
    if (input.kind === 'intent' && channels === null) {
      throw new ScriptError(`${origin}: an intent step needs "channels" (intent names differ per platform)`);
    }
    const expect = 'expect' in step ? step.expect : undefined;
    checkRegexes(expect, origin);
    const expectOn = 'expectOn' in step ? channelExpectations(step.expectOn, origin) : undefined;
    steps.push({
      input,
      expect: expect ?? null,
      ...(expectOn === undefined ? {} : { expectOn }),
      channels: channels ?? (input.kind === 'location' ? ['line'] : null),
      origin,
      ...(step.note === undefined ? {} : { note: step.note }),
    });
  }
  return steps;
}

/** `expectOn`, its group keys (voice, screen) expanded; an unknown key is an error naming the step. */
function channelExpectations(
  raw: Readonly<Record<string, Expectation>> | undefined,
  origin: string,
): Partial<Record<ReplayChannel, Expectation>> | undefined {
  if (raw === undefined) return undefined;
  const out: Partial<Record<ReplayChannel, Expectation>> = {};
  for (const [key, expectation] of Object.entries(raw)) {
    const channels =
      CHANNEL_GROUPS[key] ??
      ((REPLAY_CHANNELS as readonly string[]).includes(key) ? [key as ReplayChannel] : null);
    if (channels === null) {
      throw new ScriptError(
        `${origin}: expectOn.${key} is no channel: use ${REPLAY_CHANNELS.join(', ')}, voice or screen`,
      );
    }
    checkRegexes(expectation, `${origin} expectOn.${key}`);
    for (const channel of channels) out[channel] = { ...out[channel], ...expectation };
  }
  return out;
}

/** A script's regex is compiled when the script is read (after variables), not in the middle of a run. */
function checkRegexes(expect: Expectation | undefined, origin: string): void {
  for (const field of ['text', 'speech'] as const) {
    const checks = expect?.[field];
    for (const check of checks === undefined ? [] : [checks].flat()) {
      if (typeof check === 'string' || check.regex === undefined) continue;
      try {
        new RegExp(check.regex, 'u');
      } catch (cause) {
        throw new ScriptError(
          `${origin}: expect.${field}.regex ${JSON.stringify(check.regex)} is not valid`,
          { cause },
        );
      }
    }
  }
}

/** A step limited by its include's channels and its own: both must allow a channel. */
function narrow(
  outer: readonly ReplayChannel[] | null,
  own: readonly ReplayChannel[] | null,
): readonly ReplayChannel[] | null {
  if (outer === null) return own;
  if (own === null) return outer;
  return own.filter((c) => outer.includes(c));
}

/** `${name}` in every string of the step replaced by the conversation's variable. */
function substitute<T>(value: T, vars: ReadonlyMap<string, string>, origin: string): T {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][\w-]*)\}/g, (_m, name: string) => {
      const found = vars.get(name);
      if (found === undefined) throw new ScriptError(`${origin}: unknown variable \${${name}}`);
      return found;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => substitute(v, vars, origin)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars, origin)])) as T;
  }
  return value;
}

async function readYaml(file: string, shown: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((cause: unknown) => {
    throw new ScriptError(`${shown}: cannot read the file`, { cause });
  });
  const yaml = jsYaml();
  try {
    return yaml.load(text, { filename: shown });
  } catch (cause) {
    throw new ScriptError(`${shown}: not valid YAML: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
}

/**
 * js-yaml is a development dependency, needed only by QA runs: required here, when a script is read, never when
 * the service starts (a production install without it still serves).
 */
function jsYaml(): typeof import('js-yaml') {
  const load = createRequire(__filename);
  try {
    return load('js-yaml') as typeof import('js-yaml');
  } catch (cause) {
    throw new ScriptError(
      'reading scripts needs the js-yaml package (a development dependency): npm install',
      {
        cause,
      },
    );
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, shown: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`));
  throw new ScriptError(`${shown}: ${where.join('').replace(/^\./, '') || '(top)'}: ${issue?.message}`);
}
