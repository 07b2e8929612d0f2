import type { ConversationResult } from './run-conversation';
import { describeFailure, describeInput, describeReply } from './describe-step';

/**
 * A conversation as a QA person reads it: each turn's input, the platform request and response (JSON), the
 * reply as the user saw it, what the service understood, and the verdict of each step.
 */
export function transcript(result: ConversationResult): string {
  const { conversation } = result;
  const lines = [
    `# ${conversation.name}`,
    `file: ${conversation.file}; channel: ${result.channel}; ${result.passed ? 'PASSED' : 'FAILED'} in ${result.seconds.toFixed(2)} s`,
    '',
  ];
  for (const step of result.steps) {
    lines.push(
      `## ${step.number}. > ${describeInput(step.step.input)}   [${step.outcome}] (${step.step.origin})`,
    );
    if (step.exchange !== undefined) {
      lines.push(`request: ${JSON.stringify(step.exchange.request)}`);
      lines.push(`response (HTTP ${step.exchange.status}): ${JSON.stringify(step.exchange.response)}`);
    }
    if (step.reply !== undefined) {
      lines.push('reply:', ...describeReply(step.reply));
      const fromDialogue = Object.entries(step.reply.sources)
        .filter(([, source]) => source === 'dialogue')
        .map(([field]) => field);
      if (fromDialogue.length > 0) {
        lines.push(`not in ${result.channel}'s response, read from the dialogue: ${fromDialogue.join(', ')}`);
      }
      const u = step.reply.understood;
      if (u !== null) {
        const mentions = [...u.jobTypes, ...u.conditions].map((m) => `${m.id} (${m.polarity})`).join(', ');
        const places = u.places.map((p) =>
          p.candidates.map((c) => [c.prefecture, c.municipality].filter(Boolean).join(' ')).join(' | '),
        );
        lines.push(
          `understood: context ${u.context ?? '-'}; command ${u.command ?? '-'}; answer ${u.answer ?? '-'}; mentions ${mentions || '-'}; places ${places.join('; ') || '-'}; language ${u.language}`,
        );
      }
    }
    if ((step.unchecked ?? []).length > 0) {
      lines.push(
        `not observable on ${result.channel} here, so not checked: ${(step.unchecked ?? []).join(', ')}`,
      );
    }
    if (step.outcome === 'failed') lines.push(...describeFailure(result, step).map((l) => `FAILED ${l}`));
    lines.push('');
  }
  return lines.join('\n');
}

/** A file name for the transcript: the script's path and the channel, nothing a file system minds. */
export function transcriptName(result: ConversationResult): string {
  const stem = result.conversation.file
    .replace(/\.ya?ml$/i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '');
  return `${stem}.${result.channel}.txt`;
}
