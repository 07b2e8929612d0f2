import { CHANNEL_GROUPS, type ReplayChannel } from '../script';
import { anonymiseText, type Replaced } from './anonymise';
import type { RecordedConversation, RecordedTurn } from './recorded-turn';

/** A quoted YAML scalar: JSON's double-quoted strings are YAML's, so nothing a user typed can break the file. */
const quoted = (text: string): string => JSON.stringify(text);

/**
 * The recording as a conversation script a QA person can edit: every user turn as a step, and what the reply
 * showed as its expectation (the question, the number of jobs exact and related, the end). User texts are
 * anonymised (see anonymiseText); the header says what was replaced and what could not be checked.
 */
export function recordingToYaml(
  recording: RecordedConversation,
  options: { readonly name: string; readonly recordedOn: string },
): { yaml: string; replaced: Replaced } {
  const replaced: Record<string, number> = {};
  // Screens and voice page results differently (five jobs, three): the script runs where it was recorded.
  const group = CHANNEL_GROUPS.voice!.includes(recording.channel as ReplayChannel)
    ? CHANNEL_GROUPS.voice!
    : CHANNEL_GROUPS.screen!;
  const steps = recording.turns.map((turn) => {
    const lines = stepLines(turn, (text) => {
      const clean = anonymiseText(text);
      for (const [kind, n] of Object.entries(clean.replaced)) replaced[kind] = (replaced[kind] ?? 0) + n;
      return clean.text;
    });
    return lines.join('\n');
  });
  const summary = Object.entries(replaced).map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`);
  const header = [
    '# yaml-language-server: $schema=schema/conversation.schema.json',
    `# Recorded by soudan record from ${recording.source} on ${options.recordedOn}.`,
    `# Anonymised: ${summary.length === 0 ? 'nothing found to replace' : summary.join(', ')}.`,
    '# Names and addresses typed as free text are not detected: read every step before keeping this file.',
    '# The expectations are what the service answered then: loosen or tighten them (docs/qa-replay.md).',
    `# It runs where the same dialogue answers (${group.join(', ')}); ${
      group.includes('alexa')
        ? 'the screens show five jobs a page: add them with expectOn (docs/qa-replay.md).'
        : 'voice pages hold three jobs: add alexa and google with expectOn (docs/qa-replay.md).'
    }`,
  ];
  const yaml = [
    ...header,
    `name: ${quoted(options.name)}`,
    'tags: [recorded]',
    `channels: [${group.join(', ')}]`,
    ...(recording.locale === null ? [] : [`locale: ${recording.locale}`]),
    'steps:',
    ...steps,
    '',
  ].join('\n');
  return { yaml, replaced };
}

function stepLines(turn: RecordedTurn, clean: (text: string) => string): string[] {
  const { input, reply } = turn;
  const first =
    input.kind === 'start'
      ? '  - start: true'
      : input.kind === 'text'
        ? `  - text: ${quoted(clean(input.text))}`
        : input.kind === 'postback'
          ? `  - postback: ${quoted(input.value)}`
          : `  - location: { latitude: ${input.latitude}, longitude: ${input.longitude} }`;
  const expect: string[] = [];
  const question = reply.question;
  expect.push(
    question === null
      ? '      question: null'
      : `      question: { kind: ${question.kind}, id: ${question.id === null ? 'null' : quoted(question.id)} }`,
  );
  if (reply.jobs.length > 0) {
    const exact = reply.jobs.filter((j) => j.match === 'exact').length;
    expect.push(
      `      jobs: { count: ${reply.jobs.length}, exact: ${exact}, related: ${reply.jobs.length - exact} }`,
    );
  } else {
    expect.push('      jobs: { count: 0 }');
  }
  expect.push(`      done: ${reply.done}`);
  return [first, '    expect:', ...expect];
}
