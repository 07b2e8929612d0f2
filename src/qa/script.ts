import { z } from 'zod';

/** The channels a script runs on; `web` is the JSON API, the rest are the platform webhooks. */
export const REPLAY_CHANNELS = ['web', 'line', 'alexa', 'google', 'teams'] as const;
export type ReplayChannel = (typeof REPLAY_CHANNELS)[number];

const channel = z.enum(REPLAY_CHANNELS);
const textCheck = z.union([
  z.string(),
  z.strictObject({
    contains: z.string().optional(),
    regex: z.string().optional(),
    not: z.string().optional(),
    /** A message key of locales/<lang>/messages.json: one of its variants is said. */
    says: z.string().optional(),
  }),
]);
/** A text check, or several that must all hold. */
const textChecks = z.union([textCheck, z.array(textCheck)]);
const mention = z.union([
  z.string(),
  z.strictObject({ id: z.string(), polarity: z.enum(['positive', 'negative']).optional() }),
]);

const EXPECTATION = z.strictObject({
  question: z
    .union([
      z.null(),
      z.strictObject({
        kind: z.enum(['area', 'jobType', 'condition', 'results']).optional(),
        id: z.string().nullable().optional(),
      }),
    ])
    .optional(),
  text: textChecks.optional(),
  speech: textChecks.optional(),
  suggestions: z
    .strictObject({ include: z.array(z.string()).optional(), exclude: z.array(z.string()).optional() })
    .optional(),
  jobs: z
    .strictObject({
      count: z.number().int().min(0).optional(),
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
      exact: z.number().int().min(0).optional(),
      related: z.number().int().min(0).optional(),
      /** Jobs that must be among those shown, by listing id. */
      include: z.array(z.string()).optional(),
      /** What every shown job must meet (or, with `exactOnly`, every exact match). */
      each: z
        .strictObject({
          jobType: z.union([z.string(), z.array(z.string())]).optional(),
          condition: z.string().optional(),
          notJobType: z.string().optional(),
          prefecture: z.string().optional(),
          municipality: z.string().optional(),
          exactOnly: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  done: z.boolean().optional(),
  understood: z
    .strictObject({
      command: z.string().nullable().optional(),
      answer: z.string().nullable().optional(),
      language: z.enum(['ja', 'en']).optional(),
      jobTypes: z.array(mention).optional(),
      conditions: z.array(mention).optional(),
      places: z.array(z.string()).optional(),
    })
    .optional(),
});
export type Expectation = z.infer<typeof EXPECTATION>;

const common = {
  /** Run this step only on these channels (skipped elsewhere). */
  channels: z.array(channel).min(1).optional().describe('Run this step only on these channels'),
  expect: EXPECTATION.optional().describe('What the reply to this step must show'),
  expectOn: z
    .record(z.string(), EXPECTATION)
    .optional()
    .describe(
      'Checks that differ by channel, keyed by a channel, "voice" (alexa, google) or "screen" (web, line, teams): each field given replaces the same field of expect there',
    ),
  note: z.string().optional().describe('A remark for readers; ignored'),
};

const USER_STEP = z.union([
  z.strictObject({
    start: z
      .literal(true)
      .describe(
        'Open the conversation (web event, LINE follow, Alexa launch, Google main, Teams members added)',
      ),
    ...common,
  }),
  z.strictObject({ text: z.string().min(1).describe('What the user types or says'), ...common }),
  z.strictObject({
    postback: z
      .string()
      .min(1)
      .describe('A button pressed: its postback value (yes, no, cmd:undo, area:any, …)'),
    ...common,
  }),
  z.strictObject({
    location: z.strictObject({ latitude: z.number(), longitude: z.number() }),
    ...common,
  }),
  z.strictObject({
    intent: z.strictObject({ name: z.string().min(1), slots: z.record(z.string(), z.string()).optional() }),
    ...common,
  }),
  z.strictObject({
    sessionStore: z
      .enum(['down', 'up'])
      .describe(
        'In-process with --redis only: cut the service off from Redis (down) or reconnect it (up); sends nothing',
      ),
    channels: common.channels,
    note: common.note,
  }),
]);
const INCLUDE_STEP = z.strictObject({
  include: z.string().min(1).describe('A file of steps, relative to this one'),
  channels: common.channels,
});
export const STEP = z.union([USER_STEP, INCLUDE_STEP]);

export const CONVERSATION = z.strictObject({
  name: z.string().min(1).describe('The test case name in reports'),
  description: z.string().optional(),
  tags: z.array(z.string()).optional().describe('Selected with soudan replay --tags'),
  /** Channels the whole conversation runs on; default all five. */
  channels: z.array(channel).min(1).optional(),
  locale: z
    .enum(['ja', 'en'])
    .optional()
    .describe('The language the channels ask for; default none (Japanese)'),
  vars: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('Variables: ${name} in any string of a step, included steps too'),
  steps: z.array(STEP).min(1),
});
/** An included file: steps only (variables come from the including conversation). */
export const INCLUDED = z.strictObject({ steps: z.array(STEP).min(1) });

type UserStepShape = z.infer<typeof USER_STEP>;
export type UserInput =
  | { readonly kind: 'start' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'postback'; readonly value: string }
  | { readonly kind: 'location'; readonly latitude: number; readonly longitude: number }
  | { readonly kind: 'intent'; readonly name: string; readonly slots: Readonly<Record<string, string>> }
  | { readonly kind: 'sessionStore'; readonly state: 'down' | 'up' };

/** One step after includes and variables are resolved: where it came from, for failure reports. */
export interface Step {
  readonly input: UserInput;
  readonly expect: Expectation | null;
  /** Per channel, fields replacing those of `expect` (from `expectOn`, groups expanded). */
  readonly expectOn?: Readonly<Partial<Record<ReplayChannel, Expectation>>>;
  readonly channels: readonly ReplayChannel[] | null;
  /** `file:step-number` (through includes: `a.yaml:3 > common/greet.yaml:1`). */
  readonly origin: string;
  readonly note?: string;
}

export interface Conversation {
  readonly name: string;
  /** It cuts the session store (a sessionStore step): runs only in-process with --redis. */
  readonly needsSessionStoreControl?: boolean;
  readonly file: string;
  readonly tags: readonly string[];
  readonly channels: readonly ReplayChannel[];
  readonly locale: 'ja' | 'en' | null;
  readonly steps: readonly Step[];
}

export function userInput(step: UserStepShape): UserInput {
  if ('start' in step) return { kind: 'start' };
  if ('text' in step) return { kind: 'text', text: step.text };
  if ('postback' in step) return { kind: 'postback', value: step.postback };
  if ('location' in step) return { kind: 'location', ...step.location };
  if ('sessionStore' in step) return { kind: 'sessionStore', state: step.sessionStore };
  return { kind: 'intent', name: step.intent.name, slots: step.intent.slots ?? {} };
}

/** `expectOn` keys that name several channels. */
export const CHANNEL_GROUPS: Readonly<Record<string, readonly ReplayChannel[]>> = {
  voice: ['alexa', 'google'],
  screen: ['web', 'line', 'teams'],
};

/** What this step must show on this channel: `expect`, with that channel's `expectOn` fields over it. */
export function expectationFor(step: Step, channel: ReplayChannel): Expectation | null {
  const own = step.expectOn?.[channel];
  if (own === undefined) return step.expect;
  return { ...(step.expect ?? {}), ...own };
}
