import type { Reply } from '../dialogue/types';
import { checkExpectation, type Mismatch } from './check-expectation';
import type { Exchange, PlatformReply } from './channels/driver';
import type { NeutralReply } from './neutral-reply';
import type { ReplayApp } from './replay-app';
import type { Conversation, ReplayChannel, Step } from './script';

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
}

export interface ConversationResult {
  readonly conversation: Conversation;
  readonly channel: ReplayChannel;
  readonly steps: readonly StepResult[];
  readonly passed: boolean;
  readonly seconds: number;
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
    const open = last === null ? null : last.question;
    app.tap.take();
    let exchange: Exchange;
    try {
      exchange = await session.send(step.input, last?.suggestions ?? []);
    } catch (error) {
      failed = true;
      results.push({ step, number, outcome: 'failed', mismatches: [], error: (error as Error).message });
      continue;
    }
    const turn = app.tap.take();
    if (turn === null) {
      failed = true;
      results.push({
        step,
        number,
        outcome: 'failed',
        exchange,
        mismatches: [],
        error: 'the request ran no turn',
      });
      continue;
    }
    last = turn.reply;
    const understood = step.input.kind === 'text' ? app.understand(step.input.text, open, locale) : null;
    const reply = neutralReply(turn.reply, exchange.platform, understood);
    const mismatches = step.expect === null ? [] : checkExpectation(step.expect, reply, app.variants);
    failed = mismatches.length > 0;
    results.push({ step, number, outcome: failed ? 'failed' : 'passed', exchange, reply, mismatches });
  }
  return {
    conversation,
    channel,
    steps: results,
    passed: !failed,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The platform's fields where it has them, the dialogue's for the rest. */
export function neutralReply(
  reply: Reply,
  platform: PlatformReply,
  understood: NeutralReply['understood'],
): NeutralReply {
  const from = <K extends keyof PlatformReply>(key: K, fallback: NonNullable<PlatformReply[K]> | null) =>
    platform[key] !== undefined
      ? { value: platform[key] as NonNullable<PlatformReply[K]> | null, source: 'platform' as const }
      : { value: fallback, source: 'dialogue' as const };
  const texts = from(
    'texts',
    reply.messages.map((m) => m.text),
  );
  const speech = from(
    'speech',
    reply.messages.map((m) => m.speech),
  );
  const suggestions = from(
    'suggestions',
    reply.suggestions.map((s) => s.label),
  );
  const question = from('question', reply.question && { kind: reply.question.kind, id: reply.question.id });
  const jobs = from(
    'jobs',
    reply.jobs.map((j, i) => ({ id: j.id, title: j.title, match: reply.matches[i] ?? 'related' })),
  );
  const done = from('done', reply.done);
  return {
    texts: texts.value ?? [],
    speech: speech.value ?? [],
    suggestions: suggestions.value ?? [],
    question: question.value,
    jobs: jobs.value ?? [],
    done: done.value ?? false,
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
