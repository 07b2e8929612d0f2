import { ImportError } from '../catalog';
import { ModelError } from '../engine';
import { SoudanError } from '../errors';
import {
  BENCH_DIALOGUE_USAGE,
  BENCH_EXPERIMENT_USAGE,
  BENCH_ENGINE_USAGE,
  BENCH_HTTP_USAGE,
  BENCH_PARSE_USAGE,
  BENCH_QA_USAGE,
  BENCH_SOAK_USAGE,
  BENCH_VOICE_USAGE,
} from './bench-usages';
import { EVAL_PERSONAS_USAGE, evalPersonasCommand } from './eval-personas-command';
import { EVAL_UNDERSTANDING_USAGE, evalUnderstandingCommand } from './eval-understanding-command';
import { GATE_MODEL_USAGE, gateModelCommand } from './gate-model-command';
import { EXPORT_CATALOG_TYPES_USAGE, exportCatalogTypesCommand } from './export-catalog-types-command';
import { PARSE_USAGE, parseTextCommand } from './parse-text-command';
import { QA_KEYS_USAGE, qaKeysCommand } from './qa-keys-command';
import { RECORD_USAGE, recordCommand } from './record-command';
import { REPLAY_USAGE, replayCommand } from './replay-command';
import { REPORT_USAGE, reportCommand } from './report-command';
import { SERVE_USAGE, serveCommand } from './serve-command';
import { setupCommand, SETUP_USAGE } from './setup-command';
import { SIMULATE_USAGE, simulateCommand } from './simulate-command';
import { TRAIN_USAGE, trainCommand } from './train-command';
import { UsageError } from './usage-error';

type Command = (args: string[], out: (line: string) => void) => Promise<number>;

/**
 * Benchmarks load their modules only when run: they import development dependencies (autocannon …) that the
 * production image does not have, and `soudan train` must load there.
 */
const lazy =
  <M>(load: () => M, pick: (module: M) => Command): Command =>
  (args, out) => {
    let module: M;
    try {
      module = load();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
      throw new SoudanError(
        'this command needs the development dependencies (npm install without --omit=dev)',
        {
          cause: error,
        },
      );
    }
    return pick(module)(args, out);
  };

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  serve: { run: serveCommand, usage: SERVE_USAGE },
  train: { run: trainCommand, usage: TRAIN_USAGE },
  'export-catalog-types': { run: exportCatalogTypesCommand, usage: EXPORT_CATALOG_TYPES_USAGE },
  simulate: { run: simulateCommand, usage: SIMULATE_USAGE },
  'gate-model': { run: gateModelCommand, usage: GATE_MODEL_USAGE },
  setup: { run: setupCommand, usage: SETUP_USAGE },
  'eval-understanding': { run: evalUnderstandingCommand, usage: EVAL_UNDERSTANDING_USAGE },
  'eval-personas': { run: evalPersonasCommand, usage: EVAL_PERSONAS_USAGE },
  parse: { run: parseTextCommand, usage: PARSE_USAGE },
  replay: { run: replayCommand, usage: REPLAY_USAGE },
  report: { run: reportCommand, usage: REPORT_USAGE },
  'qa-keys': { run: qaKeysCommand, usage: QA_KEYS_USAGE },
  record: { run: recordCommand, usage: RECORD_USAGE },
  'bench-dialogue': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-dialogue-command.js') => require('./bench-dialogue-command'),
      (m) => m.benchDialogueCommand,
    ),
    usage: BENCH_DIALOGUE_USAGE,
  },
  'bench-engine': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-engine-command.js') => require('./bench-engine-command'),
      (m) => m.benchEngineCommand,
    ),
    usage: BENCH_ENGINE_USAGE,
  },
  'bench-http': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-http-command.js') => require('./bench-http-command'),
      (m) => m.benchHttpCommand,
    ),
    usage: BENCH_HTTP_USAGE,
  },
  'bench-voice': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-voice-command.js') => require('./bench-voice-command'),
      (m) => m.benchVoiceCommand,
    ),
    usage: BENCH_VOICE_USAGE,
  },
  'bench-soak': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-soak-command.js') => require('./bench-soak-command'),
      (m) => m.benchSoakCommand,
    ),
    usage: BENCH_SOAK_USAGE,
  },
  'bench-experiment': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-experiment-command.js') => require('./bench-experiment-command'),
      (m) => m.benchExperimentCommand,
    ),
    usage: BENCH_EXPERIMENT_USAGE,
  },
  'bench-qa': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when run (see lazy)
      (): typeof import('./bench-qa-command.js') => require('./bench-qa-command'),
      (m) => m.benchQaCommand,
    ),
    usage: BENCH_QA_USAGE,
  },
  'bench-parse': {
    run: lazy(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when this command runs
      (): typeof import('./bench-parse-command.js') => require('./bench-parse-command'),
      (m) => m.benchParseCommand,
    ),
    usage: BENCH_PARSE_USAGE,
  },
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

/** Every command's name, for the test that loads each one without development dependencies. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);
