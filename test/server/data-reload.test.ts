import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_PATHS } from '../../src/cli/paths';
import { CooccurrenceModel, modelFromArtifactText, modelToArtifact } from '../../src/engine';
import { createLogger } from '../../src/logging';
import { startServer, type RunningServer } from '../../src/server';
import { scrapeMetrics } from './scrape-metrics';
import { post, testConfig } from './test-app';

const TURNS = '/api/v1/turns';

/** The bundled sample model retrained with other smoothing: valid, and a different version. */
function otherModelText(original: string): string {
  const { model, artifact } = modelFromArtifactText(original);
  const retrained = new CooccurrenceModel(model.typeIds, model.counts, model.smoothing * 2);
  return JSON.stringify(
    modelToArtifact(retrained, { createdAt: new Date().toISOString(), stats: artifact.stats }),
  );
}

describe('model and catalogue reload (SIGHUP): the last good version keeps serving', () => {
  let dir: string;
  let modelPath: string;
  let catalogDir: string;
  let originalModel: string;
  let running: RunningServer;
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
  });
  const modelVersion = async () =>
    /soudan_model_info\{version="([0-9a-f]+)"/.exec(await scrapeMetrics(running.metricsPort!))?.[1];
  const turn = (body: Record<string, string>) =>
    post(running.url + TURNS, { conversationId: 'qa-reload', ...body });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soudan-reload-'));
    catalogDir = join(dir, 'catalog');
    modelPath = join(dir, 'model.json');
    cpSync(SAMPLE_PATHS.catalogDir, catalogDir, { recursive: true });
    originalModel = readFileSync(SAMPLE_PATHS.model, 'utf8');
    writeFileSync(modelPath, originalModel);
    running = await startServer(testConfig({ MODEL_PATH: modelPath, CATALOG_DIR: catalogDir }), {
      logger,
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      defaultMetrics: false,
    });
  });
  afterAll(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a corrupt model, says why, and goes on answering the conversation it was in', async () => {
    expect((await turn({ event: 'start' })).status).toBe(200);
    const before = await modelVersion();
    writeFileSync(modelPath, originalModel.slice(0, originalModel.length / 2));

    expect(await running.reload()).toBe(false);

    const refused = logs.find(
      (l) => l.message === 'data reload refused: the last good version keeps serving',
    );
    expect(refused).toMatchObject({ severity: 'ERROR', servingModel: before, modelPath });
    expect(JSON.stringify(refused)).toContain(modelPath);
    expect(await modelVersion()).toBe(before);
    expect(await scrapeMetrics(running.metricsPort!)).toContain(
      'soudan_data_reloads_total{result="refused"} 1',
    );
    const next = await turn({ text: 'どこでもいい' });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ turn: 2, done: false });
  });

  it('serves a valid new model after reload, mid-conversation, and names it in the metrics', async () => {
    const before = await modelVersion();
    writeFileSync(modelPath, otherModelText(originalModel));

    expect(await running.reload()).toBe(true);

    const after = await modelVersion();
    expect(after).toMatch(/^[0-9a-f]{12}$/);
    expect(after).not.toBe(before);
    expect(logs.find((l) => l.message === 'data reloaded')).toMatchObject({
      model: after,
      previousModel: before,
    });
    const next = await turn({ text: 'はい' });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ turn: 3 });
  });

  it('refuses a catalogue with a broken listing line and keeps the one serving', async () => {
    const listings = join(catalogDir, 'listings.jsonl');
    const good = readFileSync(listings, 'utf8');
    appendFileSync(listings, '{"id": "broken", \n');
    try {
      expect(await running.reload()).toBe(false);
      const refusals = logs.filter(
        (l) => l.message === 'data reload refused: the last good version keeps serving',
      );
      expect(JSON.stringify(refusals.at(-1))).toMatch(/listings\.jsonl/);
      expect(
        (await post(running.url + TURNS, { conversationId: 'qa-reload-2', event: 'start' })).status,
      ).toBe(200);
    } finally {
      writeFileSync(listings, good);
    }
  });

  it('rolls back to the popular strategy by setting alone: STRATEGY=popular serves the same files', async () => {
    const popular = await startServer(
      testConfig({ MODEL_PATH: modelPath, CATALOG_DIR: catalogDir, STRATEGY: 'popular' }),
      {
        logger: createLogger({ level: 'silent' }),
        host: '127.0.0.1',
        port: 0,
        metricsPort: 0,
        defaultMetrics: false,
      },
    );
    try {
      const url = popular.url + TURNS;
      expect((await post(url, { conversationId: 'qa-popular', event: 'start' })).status).toBe(200);
      expect((await post(url, { conversationId: 'qa-popular', text: 'どこでもいい' })).body).toMatchObject({
        turn: 2,
      });
      expect(await scrapeMetrics(popular.metricsPort!)).toMatch(
        /soudan_model_info\{version="[0-9a-f]{12}",strategy="popular"\} 1/,
      );
    } finally {
      await popular.close();
    }
  });

  it('refuses to start at all without a valid model, naming the file', async () => {
    const missing = join(dir, 'no-such-model.json');
    await expect(
      startServer(testConfig({ MODEL_PATH: missing, CATALOG_DIR: catalogDir }), {
        logger: createLogger({ level: 'silent' }),
        host: '127.0.0.1',
        port: 0,
      }),
    ).rejects.toThrow(`model file ${missing} cannot be read`);
  });
});
