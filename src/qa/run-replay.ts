import { randomBytes } from 'node:crypto';
import type { ReplayApp } from './replay-app';
import { runConversation, type ConversationResult } from './run-conversation';
import type { Conversation, ReplayChannel } from './script';
import { plannedRuns } from './select-conversations';

export interface ReplayReport {
  readonly results: readonly ConversationResult[];
  readonly passed: number;
  readonly failed: number;
  /** Runs left out because this run cannot do what they need (see ConversationResult.skipped). */
  readonly skipped: number;
  readonly seconds: number;
}

/**
 * Every conversation on every channel it allows, one after another (the dialogue tap reads one turn at a
 * time), each under a conversation id of its own so that no state leaks between them.
 */
export async function runReplay(
  app: ReplayApp,
  conversations: readonly Conversation[],
  channels: readonly ReplayChannel[],
  onResult: (result: ConversationResult) => void = () => {},
): Promise<ReplayReport> {
  const started = performance.now();
  const run = randomBytes(6).toString('hex');
  const results: ConversationResult[] = [];
  for (const [i, { conversation, channel }] of plannedRuns(conversations, channels).entries()) {
    const result =
      conversation.needsSessionStoreControl === true && !app.sessionStore
        ? skippedRun(
            conversation,
            channel,
            'it cuts the session store: needs the in-process replay with --redis URL',
          )
        : await runConversation(app, conversation, channel, `qa-${run}-${i + 1}-${channel}`);
    // A script that left the store down must not break the next one.
    if (app.sessionStore?.isDown === true) await app.sessionStore.up();
    results.push(result);
    onResult(result);
  }
  const skipped = results.filter((r) => r.skipped !== undefined).length;
  const passed = results.filter((r) => r.passed).length - skipped;
  return {
    results,
    passed,
    failed: results.length - passed - skipped,
    skipped,
    seconds: (performance.now() - started) / 1000,
  };
}

function skippedRun(conversation: Conversation, channel: ReplayChannel, why: string): ConversationResult {
  const steps = conversation.steps.map((step, i) => ({
    step,
    number: i + 1,
    outcome: 'not run' as const,
    mismatches: [],
  }));
  return { conversation, channel, steps, passed: true, seconds: 0, skipped: why };
}
