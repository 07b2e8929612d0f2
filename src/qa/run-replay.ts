import { randomBytes } from 'node:crypto';
import type { ReplayApp } from './replay-app';
import { runConversation, type ConversationResult } from './run-conversation';
import type { Conversation, ReplayChannel } from './script';
import { plannedRuns } from './select-conversations';

export interface ReplayReport {
  readonly results: readonly ConversationResult[];
  readonly passed: number;
  readonly failed: number;
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
    const result = await runConversation(app, conversation, channel, `qa-${run}-${i + 1}-${channel}`);
    results.push(result);
    onResult(result);
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed, seconds: (performance.now() - started) / 1000 };
}
