import { readFile } from 'node:fs/promises';
import { ExperimentConfigError } from './experiment-error';
import { parseExperiments, type ExperimentsConfig } from './experiment-config';

/** Reads and validates EXPERIMENTS_FILE; any problem is an ExperimentConfigError naming the file. */
export async function readExperimentsFile(path: string): Promise<ExperimentsConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ExperimentConfigError(`${path}: cannot be read`, { cause: error, context: { source: path } });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ExperimentConfigError(`${path}: not JSON (${(error as Error).message})`, {
      cause: error,
      context: { source: path },
    });
  }
  return parseExperiments(json, path);
}
