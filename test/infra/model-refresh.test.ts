import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { COMMAND_NAMES } from '../../src/cli/main';
import { GATE_MODEL_USAGE } from '../../src/cli/gate-model-command';
import { TRAIN_USAGE } from '../../src/cli/train-command';
import { EXPORT_CATALOG_TYPES_USAGE } from '../../src/cli/export-catalog-types-command';

const { loadAll } = createRequire(__filename)('js-yaml') as { loadAll: (text: string) => unknown[] };
const ROOT = path.join(__dirname, '../..');

interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  env?: { name: string; value?: string }[];
  envFrom?: { configMapRef?: { name: string } }[];
  securityContext?: Record<string, unknown>;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  serviceAccountName: string;
  restartPolicy: string;
  securityContext?: Record<string, unknown>;
  initContainers: Container[];
  containers: Container[];
  volumes: {
    name: string;
    csi?: { volumeAttributes: Record<string, string> };
    configMap?: { name: string };
  }[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface CronJobSpec {
  schedule: string;
  timeZone: string;
  concurrencyPolicy: string;
  jobTemplate: { spec: { backoffLimit: number; template: { spec: PodSpec } } };
}

const USAGES: Record<string, string> = {
  'gate-model': GATE_MODEL_USAGE,
  train: TRAIN_USAGE,
  'export-catalog-types': EXPORT_CATALOG_TYPES_USAGE,
};

describe.each(['staging', 'production'])('infra/k8s/overlays/%s: the model refresh CronJob', (overlay) => {
  let objects: K8sObject[] = [];
  const named = (kind: string, prefix: string) =>
    objects.find((o) => o.kind === kind && o.metadata.name.startsWith(prefix))!;
  const cron = () => named('CronJob', 'soudan-model-refresh').spec as unknown as CronJobSpec;
  const pod = () => cron().jobTemplate.spec.template.spec;
  const steps = () => [...pod().initContainers, ...pod().containers];
  const step = (name: string) => steps().find((c) => c.name === name)!;
  const server = () => (named('Deployment', 'soudan').spec as { template: { spec: PodSpec } }).template.spec;
  const settings = () => ({
    ...named('ConfigMap', 'soudan-config-').data,
    ...named('ConfigMap', 'soudan-refresh-config-').data,
  });

  beforeAll(() => {
    const run = spawnSync('kubectl', ['kustomize', path.join(ROOT, 'infra/k8s/overlays', overlay)], {
      encoding: 'utf8',
    });
    if (run.status !== 0)
      throw new Error(`kubectl kustomize ${overlay} failed:\n${run.stderr}${run.error ?? ''}`);
    objects = loadAll(run.stdout).filter((o) => o !== null) as K8sObject[];
  });

  it('runs nightly, one at a time, once per night (a failure is reported, not retried)', () => {
    expect(cron().schedule).toMatch(/^\d+ \d+ \* \* \*$/u);
    expect(cron().timeZone).toBe('Asia/Tokyo');
    expect(cron().concurrencyPolicy).toBe('Forbid');
    expect(cron().jobTemplate.spec.backoffLimit).toBe(0);
    expect(pod().restartPolicy).toBe('Never');
  });

  it('exports, counts, trains and gates in that order; the gate is the last step and the only writer', () => {
    expect(steps().map((c) => c.name)).toEqual(['catalog-types', 'counts', 'train', 'gate']);
    const writable = steps().filter((c) =>
      c.volumeMounts?.some((m) => m.name === 'data' && m.readOnly !== true),
    );
    expect(writable.map((c) => c.name)).toEqual(['gate']);
  });

  it('runs the soudan steps in the image the Deployment serves, as commands the CLI has with options it takes', () => {
    const image = server().containers.find((c) => c.name === 'soudan')!.image;
    for (const name of ['catalog-types', 'train', 'gate']) {
      const c = step(name);
      expect(c.image).toBe(image);
      const [script, command, ...rest] = c.args!;
      expect(script).toBe('bin/soudan.js');
      expect(COMMAND_NAMES).toContain(command);
      for (const option of rest.filter((a) => a.startsWith('--'))) {
        expect([command, USAGES[command!]]).toEqual([command, expect.stringContaining(`${option} `)]);
      }
    }
  });

  it('reads the settings the serving pods read, and every $(VAR) it uses is defined', () => {
    const envFrom = (c: Container) => c.envFrom?.map((e) => e.configMapRef?.name);
    const servingConfig = server().containers.find((c) => c.name === 'soudan')!.envFrom![0]!.configMapRef!
      .name;
    const refreshConfig = named('ConfigMap', 'soudan-refresh-config-').metadata.name;
    const defined = settings();
    for (const c of steps()) {
      expect(envFrom(c)).toEqual([servingConfig, refreshConfig]);
      for (const arg of c.args ?? []) {
        for (const [, variable] of arg.matchAll(/\$\((\w+)\)/gu)) expect(defined).toHaveProperty(variable!);
      }
    }
    // The script's variables too (a typo would reach BigQuery as an empty table name).
    const script = step('counts').command!.at(-1)!;
    const own = new Set([...(step('counts').env ?? []).map((e) => e.name), 'run', 'HOME']);
    for (const [, variable] of script.matchAll(/\$\{?([A-Z_]+)\b/gu)) {
      expect([variable, variable! in defined || own.has(variable!)]).toEqual([variable, true]);
    }
    expect(spawnSync('bash', ['-n', '-c', script]).status).toBe(0);
  });

  it('compares against the serving model and publishes into the bucket the Deployment reads', () => {
    const data = settings();
    const gate = step('gate').args!;
    const option = (name: string) => gate[gate.indexOf(name) + 1];
    expect(option('--serving')).toBe('$(MODEL_PATH)');
    expect(option('--catalog')).toBe('$(CATALOG_DIR)');
    expect(option('--strategy')).toBe('$(STRATEGY)');
    // Published versions land next to the serving one: models/<date>/model.json.
    const mount = step('gate').volumeMounts!.find((m) => m.name === 'data')!.mountPath;
    expect(option('--publish')).toBe(`${mount}/models`);
    expect(data.MODEL_PATH).toMatch(new RegExp(`^${mount}/models/[^/]+/model\\.json$`, 'u'));
    expect(data.GATE_TARGETS!.startsWith(`${mount}/`)).toBe(true);
    expect(Number(data.GATE_MARGIN)).toBeGreaterThan(0);
    expect(Number(data.GATE_MARGIN)).toBeLessThan(0.1);
    const bucketOf = (spec: PodSpec) =>
      spec.volumes.find((v) => v.name === 'data')!.csi!.volumeAttributes.bucketName;
    expect(bucketOf(pod())).toBe(bucketOf(server()));
    expect(data.BUCKET).toBe(bucketOf(server()));
    for (const table of [data.VIEWS_TABLE, data.CATALOG_TYPES_TABLE, data.COUNTS_TABLE]) {
      expect(table).toMatch(new RegExp(`^${data.GOOGLE_CLOUD_PROJECT}\\.\\w+\\.\\w+$`, 'u'));
    }
  });

  it('runs co-views.sql exactly as infra/bigquery has it', () => {
    const sql = named('ConfigMap', 'soudan-refresh-sql-');
    const volume = pod().volumes.find((v) => v.configMap?.name === sql.metadata.name);
    expect(step('counts').volumeMounts).toContainEqual(
      expect.objectContaining({ name: volume!.name, mountPath: '/sql' }),
    );
    expect(sql.data!['co-views.sql']).toBe(
      readFileSync(path.join(ROOT, 'infra/bigquery/co-views.sql'), 'utf8'),
    );
  });

  it('has an identity of its own and runs non-root on read-only root filesystems', () => {
    const project = settings().GOOGLE_CLOUD_PROJECT;
    expect(pod().serviceAccountName).toBe('soudan-model-refresh');
    expect(
      named('ServiceAccount', 'soudan-model-refresh').metadata.annotations?.[
        'iam.gke.io/gcp-service-account'
      ],
    ).toBe(`soudan-refresh-${overlay}@${project}.iam.gserviceaccount.com`);
    expect(pod().securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532 });
    for (const c of steps()) {
      expect(c.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
    }
  });
});
