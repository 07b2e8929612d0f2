import { loadCatalog, type Catalog } from '../catalog';
import type { DialoguePort } from '../channels/shared';
import type { Config } from '../config';
import type { Renderer } from '../i18n';
import { createStrategy, Engine, type Strategy } from '../engine';
import { readModelFile } from '../training';
import { NO_EXPERIMENTS, readExperimentsFile, type ExperimentsConfig } from '../experiments';

/** Everything a turn needs that is loaded once: catalogue, engine, strategy. */
export interface LoadedData {
  readonly catalog: Catalog;
  readonly engine: Engine;
  readonly strategy: Strategy;
  /** The model artifact's checksum: names the model version in logs and metrics. */
  readonly modelChecksum: string;
  /** EXPERIMENTS_FILE, validated; read again with the model on reload. */
  readonly experiments: ExperimentsConfig;
}

/**
 * Builds the dialogue the channels talk to from the loaded data (see dialogue-binding.ts), with the process's
 * renderer when one is handed in.
 */
export type DialogueFactory = (data: LoadedData, config: Config, renderer?: Renderer) => DialoguePort;

/** Loads and validates catalogue and model in parallel; any problem is an ImportError or a ModelError. */
export async function loadData(config: Config): Promise<LoadedData> {
  const [catalog, { model, artifact }, experiments] = await Promise.all([
    loadCatalog(config.data.catalogDir),
    readModelFile(config.data.modelPath),
    config.experiments.file === null ? NO_EXPERIMENTS : readExperimentsFile(config.experiments.file),
  ]);
  const engine = new Engine(catalog, model);
  return {
    catalog,
    engine,
    strategy: createStrategy(config.strategy, engine),
    modelChecksum: artifact.checksum,
    experiments,
  };
}
