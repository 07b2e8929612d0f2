import type { Reply, Suggestion } from '../dialogue/types';
import { checkExpectation, type Mismatch } from './check-expectation';
import type { Exchange, PlatformReply } from './channels/driver';
import type { FieldSource, NeutralReply } from './neutral-reply';
import type { ReplayApp } from './replay-app';
import { expectationFor, type Conversation, type Expectation, type ReplayChannel, type Step } from './script';

export interface StepResult {
  readonly step: Step;
  /** 1-based position in the expanded conversation. */
  readonly number: number;
  readonly outcome: 'passed' | 'failed' | 'skipped' | 'not run';
  readonly exchange?: Exchange;
  readonly reply?: NeutralReply;
  readonly mismatches: readonly Mismatch[];
  /** The step could not be sent or answered (HTTP error, a step the channel cannot express). */
  readonly error?: string;
  /** Checks left out because this channel's response does not carry their field (against a URL only). */
  readonly unchecked?: readonly string[];
}

export interface ConversationResult {
  readonly conversation: Conversation;
  readonly channel: ReplayChannel;
  readonly steps: readonly StepResult[];
  readonly passed: boolean;
  readonly seconds: number;
  /** Why the conversation was not run at all (it needs what this run cannot do); it counts as no failure. */
  readonly skipped?: string;
}

/**
 * Plays one conversation on one channel, a step at a time, and stops at the first step that fails: what
 * follows was written for the reply the script expected.
 */
export async function runConversation(
  app: ReplayApp,
  conversation: Conversation,
  channel: ReplayChannel,
  conversationId: string,
): Promise<ConversationResult> {
  const started = performance.now();
  const session = app.drivers[channel].open(conversationId, conversation.locale);
  const locale = conversation.locale ?? 'ja';
  const results: StepResult[] = [];
  let last: Reply | null = null;
  // The question left open, for reading the next text as `soudan parse` would (null when not observable).
  let open: NeutralReply['question'] = null;
  let failed = false;
  for (const [i, step] of conversation.steps.entries()) {
    const number = i + 1;
    if (failed) {
      results.push({ step, number, outcome: 'not run', mismatches: [] });
      continue;
    }
    if (step.channels !== null && !step.channels.includes(channel)) {
      results.push({ step, number, outcome: 'skipped', mismatches: [] });
      continue;
    }
    if (step.input.kind === 'sessionStore') {
      const control = app.sessionStore ?? null;
      if (control === null) {
        failed = true;
        const error = 'a sessionStore step needs the in-process replay with --redis URL';
        results.push({ step, number, outcome: 'failed', mismatches: [], error });
        continue;
      }
      try {
        await (step.input.state === 'down' ? control.down() : control.up());
        results.push({ step, number, outcome: 'passed', mismatches: [] });
      } catch (error) {
        failed = true;
        results.push({ step, number, outcome: 'failed', mismatches: [], error: (error as Error).message });
      }
      continue;
    }
    app.tap?.take();
    let exchange: Exchange;
    try {
      exchange = await session.send(step.input, offered(app, last, step.input));
    } catch (error) {
      failed = true;
      results.push({ step, number, outcome: 'failed', mismatches: [], error: (error as Error).message });
      continue;
    }
    const turn = app.tap === null ? null : app.tap.take();
    // With the session store cut off no turn runs: the channel apologises, and that is what is checked.
    if (app.tap !== null && turn === null && app.sessionStore?.isDown !== true) {
      failed = true;
      const error = 'the request ran no turn';
      results.push({ step, number, outcome: 'failed', exchange, mismatches: [], error });
      continue;
    }
    if (turn !== null || app.tap === null) last = turn?.reply ?? null;
    const said = spokenText(step.input);
    const understood = said === null ? null : app.understand(said, open, locale);
    const reply = neutralReply(turn?.reply ?? null, exchange.platform, understood);
    open = reply.question;
    const { checked, unchecked } = observable(expectationFor(step, channel), reply);
    const mismatches = checked === null ? [] : checkExpectation(checked, reply, app.variants);
    failed = mismatches.length > 0;
    const outcome = failed ? 'failed' : 'passed';
    results.push({ step, number, outcome, exchange, reply, mismatches, unchecked });
  }
  return {
    conversation,
    channel,
    steps: results,
    passed: !failed,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The platform's fields where it has them, the dialogue's for the rest (none when there is no dialogue). */
function neutralReply(
  reply: Reply | null,
  platform: PlatformReply,
  understood: NeutralReply['understood'],
): NeutralReply {
  const pick = <T>(
    own: T | undefined,
    dialogue: (r: Reply) => T,
    empty: T,
  ): { value: T; source: FieldSource } => {
    if (own !== undefined) return { value: own, source: 'platform' };
    return reply === null ? { value: empty, source: 'none' } : { value: dialogue(reply), source: 'dialogue' };
  };
  const texts = pick(platform.texts, (r) => r.messages.map((m) => m.text), []);
  const speech = pick(platform.speech, (r) => r.messages.map((m) => m.speech), []);
  const suggestions = pick(platform.suggestions, (r) => r.suggestions.map((s) => s.label), []);
  const question = pick<NeutralReply['question']>(
    platform.question,
    (r) => r.question && { kind: r.question.kind, id: r.question.id },
    null,
  );
  const jobs = pick<NeutralReply['jobs']>(
    platform.jobs,
    (r) =>
      r.jobs.map((j, i) => ({
        id: j.id,
        title: j.title,
        match: r.matches[i] ?? 'related',
        jobTypeIds: j.jobTypeIds,
        conditionIds: j.conditionIds,
        prefecture: j.area?.prefecture ?? null,
        municipality: j.area?.municipality ?? null,
      })),
    [],
  );
  const done = pick(platform.done, (r) => r.done, false);
  return {
    texts: texts.value,
    speech: speech.value,
    suggestions: suggestions.value,
    question: question.value,
    jobs: jobs.value,
    done: done.value,
    understood,
    sources: {
      texts: texts.source,
      speech: speech.source,
      suggestions: suggestions.source,
      question: question.source,
      jobs: jobs.source,
      done: done.source,
    },
  };
}

/** The buttons the last reply offered: the dialogue's, or (against a URL) the one this postback names. */
function offered(app: ReplayApp, last: Reply | null, input: Step['input']): readonly Suggestion[] {
  if (last !== null) return last.suggestions;
  const button = input.kind === 'postback' ? app.buttonWords?.(input.value) : null;
  return button ? [button] : [];
}

/** The words a step hands the dialogue as text: typed text, or an intent's slot values as Alexa passes them on. */
function spokenText(input: Step['input']): string | null {
  if (input.kind === 'text') return input.text;
  if (input.kind !== 'intent') return null;
  const values = Object.values(input.slots).filter((v) => v.trim() !== '');
  return values.length > 0 ? values.join(' ') : null;
}

const FIELD_OF: Readonly<Record<string, keyof NeutralReply['sources'] | null>> = {
  question: 'question',
  text: 'texts',
  speech: 'speech',
  suggestions: 'suggestions',
  jobs: 'jobs',
  done: 'done',
  understood: null,
};

/** The expectation without the checks whose field this reply could not show, and their names. */
function observable(
  expect: Expectation | null,
  reply: NeutralReply,
): { checked: Expectation | null; unchecked: string[] } {
  if (expect === null) return { checked: null, unchecked: [] };
  const unchecked = Object.keys(expect).filter((key) => {
    const field = FIELD_OF[key];
    return field !== undefined && field !== null && reply.sources[field] === 'none';
  });
  const checked = Object.fromEntries(Object.entries(expect).filter(([key]) => !unchecked.includes(key)));
  return { checked: checked as Expectation, unchecked };
}
