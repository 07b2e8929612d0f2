import { ImportError } from '../catalog';
import { ModelError } from '../engine';
import { SoudanError } from '../errors';
import { benchDialogueCommand } from './bench-dialogue-command';
import { benchEngineCommand } from './bench-engine-command';
import { BENCH_HTTP_USAGE, benchHttpCommand } from './bench-http-command';
import { BENCH_PARSE_USAGE, benchParseCommand } from './bench-parse-command';
import { BENCH_SOAK_USAGE, benchSoakCommand } from './bench-soak-command';
import { BENCH_VOICE_USAGE, benchVoiceCommand } from './bench-voice-command';
import { EVAL_PERSONAS_USAGE, evalPersonasCommand } from './eval-personas-command';
import { EVAL_UNDERSTANDING_USAGE, evalUnderstandingCommand } from './eval-understanding-command';
import { EXPORT_CATALOG_TYPES_USAGE, exportCatalogTypesCommand } from './export-catalog-types-command';
import { PARSE_USAGE, parseTextCommand } from './parse-text-command';
import { REPLAY_USAGE, replayCommand } from './replay-command';
import { SERVE_USAGE, serveCommand } from './serve-command';
import { setupCommand, SETUP_USAGE } from './setup-command';
import { SIMULATE_USAGE, simulateCommand } from './simulate-command';
import { TRAIN_USAGE, trainCommand } from './train-command';
import { UsageError } from './usage-error';

type Command = (args: string[], out: (line: string) => void) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  serve: { run: serveCommand, usage: SERVE_USAGE },
  train: { run: trainCommand, usage: TRAIN_USAGE },
  'export-catalog-types': { run: exportCatalogTypesCommand, usage: EXPORT_CATALOG_TYPES_USAGE },
  simulate: { run: simulateCommand, usage: SIMULATE_USAGE },
  setup: { run: setupCommand, usage: SETUP_USAGE },
  'eval-understanding': { run: evalUnderstandingCommand, usage: EVAL_UNDERSTANDING_USAGE },
  'eval-personas': { run: evalPersonasCommand, usage: EVAL_PERSONAS_USAGE },
  parse: { run: parseTextCommand, usage: PARSE_USAGE },
  replay: { run: replayCommand, usage: REPLAY_USAGE },
  'bench-dialogue': { run: benchDialogueCommand, usage: 'soudan bench-dialogue (npm run bench:dialogue)' },
  'bench-engine': { run: benchEngineCommand, usage: 'soudan bench-engine [--quick] (npm run bench:engine)' },
  'bench-http': { run: benchHttpCommand, usage: BENCH_HTTP_USAGE },
  'bench-voice': { run: benchVoiceCommand, usage: BENCH_VOICE_USAGE },
  'bench-soak': { run: benchSoakCommand, usage: BENCH_SOAK_USAGE },
  'bench-parse': { run: benchParseCommand, usage: BENCH_PARSE_USAGE },
};

function usage(): string {
  return ['usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

/**
 * The `soudan` command. Returns the exit code: 0 done, 1 bad data or a failure (one clear line, no stack
 * trace), 2 a wrong command line.
 */
export async function main(
  argv: string[],
  out: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  err: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`soudan: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, out);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      err(`soudan ${name}: ${(error as Error).message}\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof ImportError || error instanceof ModelError || error instanceof SoudanError) {
      err(`soudan ${name}: ${error.message}`);
      return 1;
    }
    err(`soudan ${name}: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
