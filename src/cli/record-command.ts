import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readRecording, recordingToYaml } from '../qa/record';
import { ScriptError } from '../qa/script-error';
import { UsageError } from './usage-error';

export const RECORD_USAGE =
  'soudan record <chat export .json | log file> [--conversation ID] [--name NAME] [--out FILE]';

/**
 * Turns a recorded conversation (the chat page's "download this conversation as a test" file, or the service's
 * conversation log lines) into an anonymised QA script, printed or written to --out (never over a file).
 */
export async function recordCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      conversation: { type: 'string' },
      name: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name one chat export or log file');
  const file = positionals[0]!;
  const text = await readFile(file, 'utf8').catch((cause: unknown) => {
    throw new ScriptError(`${file}: cannot read the file`, { cause });
  });
  const recording = readRecording(text, file, values.conversation);
  const recordedOn = new Date().toISOString().slice(0, 10);
  const { yaml, replaced } = recordingToYaml(recording, {
    name: values.name ?? `Recorded conversation (${recordedOn})`,
    recordedOn,
  });
  const anonymised = Object.entries(replaced).map(([kind, n]) => `${n} ${kind}`);
  if (values.out === undefined) {
    out(yaml.trimEnd());
    return 0;
  }
  await writeFile(values.out, yaml, { flag: 'wx' }).catch((cause: unknown) => {
    const exists = (cause as NodeJS.ErrnoException).code === 'EEXIST';
    throw new ScriptError(
      exists ? `${values.out} exists: choose another --out` : `${values.out}: cannot write`,
      {
        cause,
      },
    );
  });
  out(
    `${values.out}: ${recording.turns.length} steps from ${recording.source}; ` +
      `anonymised: ${anonymised.length === 0 ? 'nothing found to replace' : anonymised.join(', ')}. ` +
      'Read it before keeping it.',
  );
  return 0;
}
