import type { NeutralReply } from './neutral-reply';
import type { ConversationResult, StepResult } from './run-conversation';
import type { UserInput } from './script';

/** A user input as one line: `> text "大阪"`. */
export function describeInput(input: UserInput): string {
  switch (input.kind) {
    case 'start':
      return 'start';
    case 'text':
      return `text "${input.text}"`;
    case 'postback':
      return `postback ${input.value}`;
    case 'location':
      return `location ${input.latitude},${input.longitude}`;
    case 'intent': {
      const slots = Object.entries(input.slots).map(([k, v]) => `${k}=${v}`);
      return `intent ${input.name}${slots.length > 0 ? ` (${slots.join(', ')})` : ''}`;
    }
    case 'sessionStore':
      return `session store ${input.state}`;
  }
}

/** The reply as a few indented lines: what was said, the buttons, the question, the jobs, whether done. */
export function describeReply(reply: NeutralReply, indent = '  '): string[] {
  const question =
    reply.question === null
      ? 'none'
      : `${reply.question.kind}${reply.question.id === null ? '' : ` ${reply.question.id}`}`;
  const jobs = reply.jobs.map((j) => `${j.id} (${j.match})`).join(', ');
  return [
    ...reply.texts.flatMap((t) => t.split('\n').map((line) => `${indent}${line}`)),
    ...(reply.sources.texts === 'platform' && reply.speech.length > 0 && reply.sources.speech === 'platform'
      ? [`${indent}speech: ${reply.speech.join(' ')}`]
      : []),
    ...(reply.suggestions.length > 0 ? [`${indent}[${reply.suggestions.join('] [')}]`] : []),
    `${indent}question: ${question}; jobs: ${reply.jobs.length === 0 ? 'none' : `${reply.jobs.length}: ${jobs}`}; done: ${reply.done}`,
  ];
}

/**
 * Why a step failed: where it is, what was sent, each expectation broken, and the reply it got. One string per
 * line; a value of several lines goes on indented under its first, and a reply text of several lines is only
 * begun after `got`, since the reply follows in full.
 */
export function describeFailure(result: ConversationResult, step: StepResult): string[] {
  const head = `${result.conversation.file} "${result.conversation.name}" on ${result.channel}: step ${step.number} (${step.step.origin}) ${describeInput(step.step.input)}`;
  const lines = [head];
  const item = (text: string) => lines.push(...indented(`  ${text}`, '    '));
  if (step.error !== undefined) item(`could not run: ${step.error}`);
  for (const m of step.mismatches) {
    item(`${m.field}: expected ${m.expected}, got ${step.reply === undefined ? m.actual : begun(m.actual)}`);
  }
  if (step.reply !== undefined) lines.push('  reply:', ...describeReply(step.reply, '    '));
  return lines;
}

/** A text's lines, the first as given and the rest indented under it. */
function indented(text: string, indent: string): string[] {
  return text.split('\n').map((line, i) => (i === 0 ? line : `${indent}${line}`));
}

/** The first line of a value of several lines, and how many there are. */
function begun(value: string): string {
  const lines = value.split('\n');
  return lines.length === 1 ? value : `${lines[0]}… (${lines.length} lines, in the reply below)`;
}

/** The failing step of a conversation that failed. */
export function failedStep(result: ConversationResult): StepResult | undefined {
  return result.steps.find((s) => s.outcome === 'failed');
}
