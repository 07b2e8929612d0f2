import { describeFailure } from './describe-step';
import type { NeutralReply } from './neutral-reply';
import type { ConversationResult, StepResult } from './run-conversation';

const TWO_LINES = '了解です、もう一度最初から始めますね。\nまずは、どのあたりで働きたいですか？';

const reply: NeutralReply = {
  texts: [TWO_LINES],
  speech: [],
  suggestions: ['どこでもいい'],
  question: { kind: 'area', id: null },
  jobs: [],
  done: false,
  understood: null,
  sources: {
    texts: 'platform',
    speech: 'dialogue',
    suggestions: 'platform',
    question: 'dialogue',
    jobs: 'dialogue',
    done: 'dialogue',
  },
};

function failure(step: Partial<StepResult>): string[] {
  const failed: StepResult = {
    step: {
      input: { kind: 'text', text: '最初から' },
      expect: null,
      channels: null,
      origin: 'qa/restart.yaml:3',
    },
    number: 3,
    outcome: 'failed',
    mismatches: [],
    ...step,
  };
  const result: ConversationResult = {
    conversation: {
      name: 'Restart',
      file: 'qa/restart.yaml',
      tags: [],
      channels: ['line'],
      locale: null,
      steps: [failed.step],
    },
    channel: 'line',
    steps: [failed],
    passed: false,
    seconds: 0,
  };
  return describeFailure(result, failed);
}

describe('a failing step as printed', () => {
  it('begins a reply text of several lines after got, and prints it once, in the reply', () => {
    const lines = failure({
      reply,
      mismatches: [{ field: 'text.contains', expected: '最初からやり直しましょう', actual: TWO_LINES }],
    });
    expect(lines).toEqual([
      'qa/restart.yaml "Restart" on line: step 3 (qa/restart.yaml:3) text "最初から"',
      '  text.contains: expected 最初からやり直しましょう, got 了解です、もう一度最初から始めますね。… (2 lines, in the reply below)',
      '  reply:',
      '    了解です、もう一度最初から始めますね。',
      '    まずは、どのあたりで働きたいですか？',
      '    [どこでもいい]',
      '    question: area; jobs: none; done: false',
    ]);
  });

  it('indents the further lines of a value under its first, one line per string', () => {
    const lines = failure({ error: 'line answered HTTP 500: oops\nat the webhook' });
    expect(lines.slice(1)).toEqual(['  could not run: line answered HTTP 500: oops', '    at the webhook']);
  });
});
