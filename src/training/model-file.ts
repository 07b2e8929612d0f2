import { readFile, rename, writeFile } from 'node:fs/promises';
import { CooccurrenceModel, ModelError, modelFromArtifactText, type ModelArtifact } from '../engine';

/** Reads and verifies a model file; any problem is a ModelError naming the file. */
export async function readModelFile(
  path: string,
): Promise<{ model: CooccurrenceModel; artifact: ModelArtifact }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (cause) {
    throw new ModelError(`model file ${path} cannot be read`, { cause, context: { path } });
  }
  try {
    return modelFromArtifactText(text);
  } catch (error) {
    if (error instanceof ModelError) {
      throw new ModelError(`${path}: ${error.message}`, {
        cause: error,
        context: { ...error.context, path },
      });
    }
    throw error;
  }
}

/** Writes the artifact next to its destination first, then renames: a reader never sees half a model. */
export async function writeModelFile(path: string, artifact: ModelArtifact): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(artifact) + '\n');
  await rename(temporary, path);
}
