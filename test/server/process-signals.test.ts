import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_PATHS } from '../../src/cli/paths';
import { ServiceProcess } from './service-process';

describe('the service process: SIGHUP reloads, SIGTERM stops, bad data stops the start', () => {
  let dir: string;
  let modelPath: string;
  let catalogDir: string;
  const started: ServiceProcess[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'soudan-process-'));
    catalogDir = join(dir, 'catalog');
    modelPath = join(dir, 'model.json');
    cpSync(SAMPLE_PATHS.catalogDir, catalogDir, { recursive: true });
    writeFileSync(modelPath, readFileSync(SAMPLE_PATHS.model));
  });
  afterAll(() => {
    for (const service of started) service.signal('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGHUP refuses a corrupt model and keeps serving, loads a good one, and exits 0 on SIGTERM', async () => {
    const service = new ServiceProcess({ MODEL_PATH: modelPath, CATALOG_DIR: catalogDir });
    started.push(service);
    const listening = await service.waitFor('listening');
    const good = readFileSync(modelPath);

    writeFileSync(modelPath, '{"format":');
    service.signal('SIGHUP');
    const refused = await service.waitFor('data reload refused: the last good version keeps serving');
    expect(refused).toMatchObject({ severity: 'ERROR', servingModel: listening.model });
    const answer = await fetch(`http://127.0.0.1:${String(listening.port)}/readyz`);
    expect(answer.status).toBe(200);

    writeFileSync(modelPath, good);
    service.signal('SIGHUP');
    expect(await service.waitFor('data reloaded')).toMatchObject({ model: listening.model });

    service.signal('SIGTERM');
    expect(await service.exited).toEqual([0, null]);
    expect(service.lines.at(-1)).toMatchObject({ message: 'stopped' });
  });

  it('refuses to start without a valid model: exit 1 and one line that names the file and MODEL_PATH', async () => {
    const missing = join(dir, 'absent', 'model.json');
    const service = new ServiceProcess({ MODEL_PATH: missing, CATALOG_DIR: catalogDir });
    started.push(service);
    expect(await service.exited).toEqual([1, null]);
    const failed = service.lines.find((l) => l.message === 'start-up failed');
    expect(failed).toMatchObject({ severity: 'ERROR', err: { name: 'StartupError' } });
    expect(JSON.stringify(failed)).toContain(missing);
    expect(JSON.stringify(failed)).toContain('set MODEL_PATH to a valid model file');
    expect(JSON.stringify(failed)).not.toMatch(/\n\s+at /);
  });
});
