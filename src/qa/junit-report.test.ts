import { join } from 'node:path';
import { junitXml } from './junit-report';
import type { ConversationResult } from './run-conversation';
import type { ReplayReport } from './run-replay';

function passed(file: string): ConversationResult {
  return {
    conversation: { name: file, file, tags: [], channels: ['web'], locale: null, steps: [] },
    channel: 'web',
    steps: [],
    passed: true,
    seconds: 0.5,
  };
}

describe('JUnit class names', () => {
  it('name a script by its path from the working directory, or by its file name when it lies outside', () => {
    const files = [
      join('qa', 'restart.yaml'),
      join('..', '..', 'tmp', 'qa-blind', 'ten-steps.yaml'),
      '/srv/qa/a.yaml',
    ];
    const report: ReplayReport = {
      results: files.map(passed),
      passed: 3,
      failed: 0,
      skipped: 0,
      seconds: 1.5,
    };
    const classes = [...junitXml(report).matchAll(/classname="([^"]*)"/g)].map((m) => m[1]);
    expect(classes).toEqual([
      `qa.web.${join('qa', 'restart.yaml')}`,
      'qa.web.ten-steps.yaml',
      'qa.web.a.yaml',
    ]);
  });
});
