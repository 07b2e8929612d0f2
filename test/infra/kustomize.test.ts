import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseExperiments } from '../../src/experiments/experiment-config';

// js-yaml is in node_modules (through eslint) but not yet a direct devDependency with types: loaded by name.
const { loadAll } = createRequire(__filename)('js-yaml') as { loadAll: (text: string) => unknown[] };

const ROOT = path.join(__dirname, '../..');

interface Metadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: Metadata;
  spec?: unknown;
  data?: Record<string, string>;
}
interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string } }[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[]; add?: string[] } };
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { sleep?: { seconds: number } } };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  spec: Record<string, unknown> & {
    securityContext?: Record<string, unknown> & { seccompProfile?: { type: string } };
    containers: Container[];
    initContainers?: Container[];
    terminationGracePeriodSeconds?: number;
    volumes?: {
      name: string;
      emptyDir?: { sizeLimit?: string };
      secret?: { secretName: string };
      configMap?: { name: string };
      csi?: { driver: string; readOnly?: boolean; volumeAttributes?: Record<string, string> };
    }[];
  };
}
interface Peer {
  ipBlock?: { cidr: string; except?: string[] };
  namespaceSelector?: { matchLabels?: Record<string, string>; matchExpressions?: { values?: string[] }[] };
  podSelector?: { matchLabels?: Record<string, string> };
}
interface PolicyRule {
  ports?: { protocol?: string; port?: string | number }[];
  from?: Peer[];
  to?: Peer[];
}
interface PolicySpec {
  podSelector: { matchLabels?: Record<string, string> };
  policyTypes?: string[];
  ingress?: PolicyRule[];
  egress?: PolicyRule[];
}

/** Fails the suite with what was found when kubectl is missing or its kustomize predates components (v4). */
function checkKubectl(): void {
  const run = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  if (run.error !== undefined) {
    throw new Error(
      'kubectl (1.21 or newer: its built-in kustomize must be v4+) is needed to render infra/k8s and ' +
        `could not be run: ${run.error.message}`,
    );
  }
  let version = '';
  try {
    version = (JSON.parse(run.stdout) as { kustomizeVersion?: string }).kustomizeVersion ?? '';
  } catch {
    // Printed below.
  }
  if (Number(/^v?(\d+)\./.exec(version)?.[1] ?? 0) < 4) {
    throw new Error(
      `kubectl's built-in kustomize must be v4 or newer (components); kubectl version --client printed:\n` +
        `${run.stdout}${run.stderr}`,
    );
  }
}

function render(overlay: string): { objects: K8sObject[]; stderr: string } {
  const run = spawnSync('kubectl', ['kustomize', path.join(ROOT, 'infra/k8s/overlays', overlay)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`kubectl kustomize ${overlay} failed:\n${run.stderr}`);
  return { objects: loadAll(run.stdout).filter((o) => o !== null) as K8sObject[], stderr: run.stderr };
}

const UNITS: Record<string, number> = {
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
};

/** CPU and memory quantities as numbers: "1000m" = "1", "512Mi" = 536870912. */
function quantity(value: string | undefined): number {
  const match = /^([0-9.]+)(m|k|M|G|Ki|Mi|Gi)?$/.exec(value ?? '');
  if (match === null) return NaN;
  return Number(match[1]) * (match[2] === undefined ? 1 : UNITS[match[2]]!);
}

/** Whether an Ingress path (Kubernetes semantics) routes a request path. */
function routes(rule: { path: string; pathType: string }, request: string): boolean {
  if (rule.pathType === 'Exact') return request === rule.path;
  const prefix = rule.path.replace(/\/+$/, '');
  return prefix === '' || request === prefix || request.startsWith(prefix + '/');
}

const EXPECTED_RESOURCES = { cpu: 1, memory: 2 ** 30 };
/** /healthz is public for the uptime check (infra/terraform/monitoring.tf); readiness and metrics are not. */
const PUBLIC_PATHS = [
  '/',
  '/app.js',
  '/api/v1/turns',
  '/api/v1/catalog',
  '/webhooks/line',
  '/webhooks/teams',
  '/healthz',
  '/r/eyJhIjoxfQ.c2lnbmF0dXJl',
  '/api/v1/conversions',
];
const PRIVATE_PATHS = ['/readyz', '/metrics', '/bench/floor', '/favicon.ico'];
const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
const LB_RANGES = ['130.211.0.0/22', '35.191.0.0/16'];
const SECRET_KEY = /PASSWORD|SECRET|TOKEN|SALT|REDIS_URL/;
const SECRET_NAMES = [
  'redis-url',
  'redis-ca',
  'log-hash-salt',
  'line-channel-secret',
  'line-channel-access-token',
  'microsoft-app-password',
  'web-conversation-secret',
  'link-secret',
  'conversion-secret',
];

describe.each([
  { overlay: 'staging', namespace: 'soudan-staging', minReplicas: 2, maxReplicas: 4, tls: 'managed' },
  { overlay: 'production', namespace: 'soudan', minReplicas: 3, maxReplicas: 20, tls: 'cert-manager' },
])('infra/k8s/overlays/$overlay', ({ overlay, namespace, minReplicas, maxReplicas, tls }) => {
  let objects: K8sObject[] = [];
  let stderr = '';
  const all = (kind: string) => objects.filter((o) => o.kind === kind);
  const one = (kind: string, name?: string): K8sObject => {
    const found = all(kind).filter((o) => name === undefined || o.metadata.name === name);
    if (found.length !== 1) throw new Error(`expected one ${kind} ${name ?? ''}, rendered ${found.length}`);
    return found[0]!;
  };
  const pod = () => (one('Deployment').spec as { template: PodTemplate }).template;
  const server = () => pod().spec.containers.find((c) => c.name === 'soudan')!;
  const config = () => all('ConfigMap').find((c) => c.metadata.name.startsWith('soudan-config-'))!.data!;
  const selects = (selector: Record<string, string> | undefined) =>
    Object.entries(selector ?? {}).every(([k, v]) => pod().metadata.labels[k] === v);
  const policies = () => all('NetworkPolicy').map((p) => p.spec as PolicySpec);

  beforeAll(() => {
    checkKubectl();
    ({ objects, stderr } = render(overlay));
  });

  it('renders without warnings, every object labelled and in its namespace', () => {
    expect(stderr).toBe('');
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) {
      expect([o.kind, o.metadata.name, o.metadata.labels?.['app.kubernetes.io/name']]).toEqual([
        o.kind,
        o.metadata.name,
        'soudan',
      ]);
      if (o.kind === 'Namespace') expect(o.metadata.name).toBe(namespace);
      else if (o.kind !== 'ClusterIssuer')
        expect([o.kind, o.metadata.namespace]).toEqual([o.kind, namespace]);
    }
    expect(pod().metadata.labels['app.kubernetes.io/name']).toBe('soudan');
    // The base's placeholders (project, environment, documentation address range) are all replaced.
    expect(JSON.stringify(objects).match(/\bPROJECT_ID\b|soudan-ENV\b|192\.0\.2\.\d+/g)).toBeNull();
  });

  it('has no Secret: the nine secrets come from Secret Manager through ExternalSecrets', () => {
    expect(all('Secret')).toEqual([]);
    const externals = all('ExternalSecret').map((e) => e.spec as ExternalSecretSpec);
    const keys = externals.flatMap((e) => e.data.map((d) => d.remoteRef.key));
    expect(keys.sort()).toEqual(SECRET_NAMES.map((n) => `soudan-${overlay}-${n}`).sort());
    const store = one('SecretStore', externals[0]!.secretStoreRef.name).spec as SecretStoreSpec;
    expect(externals.every((e) => e.secretStoreRef.kind === 'SecretStore')).toBe(true);
    expect(store.provider.gcpsm.projectID).toBe(config().GOOGLE_CLOUD_PROJECT);
    // No key file and no impersonation: infra/terraform grants the operator's own ServiceAccount access.
    expect(store.provider.gcpsm.auth).toBeUndefined();
    // Every secret the pod reads is one an ExternalSecret produces, with that key.
    const produced = new Map(externals.map((e) => [e.target.name, e.data.map((d) => d.secretKey)]));
    for (const env of server().env ?? []) {
      const ref = env.valueFrom?.secretKeyRef;
      if (ref !== undefined) expect(produced.get(ref.name)).toContain(ref.key);
    }
    for (const volume of pod().spec.volumes ?? []) {
      if (volume.secret !== undefined) expect(produced.has(volume.secret.secretName)).toBe(true);
    }
  });

  it('runs the pods as non-root on a read-only root filesystem, without privilege or capability', () => {
    const spec = pod().spec;
    expect(spec.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 65532,
      runAsGroup: 65532,
      fsGroup: 65532,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect([spec.hostNetwork, spec.hostPID, spec.hostIPC].filter((v) => v === true)).toEqual([]);
    expect(spec.automountServiceAccountToken).toBe(false);
    for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
      expect(c.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem: true,
      });
      expect(c.securityContext?.capabilities?.drop).toContain('ALL');
      expect(c.securityContext?.capabilities?.add ?? []).toEqual([]);
      const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
      const volume = spec.volumes?.find((v) => v.name === tmp?.name);
      expect(volume?.emptyDir?.sizeLimit).toMatch(/^\d+(Mi|Gi)$/);
    }
  });

  it('names the ports http (3000) and metrics (9464) and probes /readyz and /healthz on http', () => {
    const c = server();
    expect(c.ports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'http', containerPort: 3000 }),
        expect.objectContaining({ name: 'metrics', containerPort: 9464 }),
      ]),
    );
    expect(c.readinessProbe?.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(c.startupProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(config().PORT).toBe('3000');
    expect(config().METRICS_PORT).toBe('9464');
  });

  it('requests and limits one core and 1Gi (the benchmark sizing, Autopilot: 1 GiB per vCPU), and drains within the grace period', () => {
    const { requests, limits } = server().resources ?? {};
    for (const resources of [requests, limits]) {
      expect({ cpu: quantity(resources?.cpu), memory: quantity(resources?.memory) }).toEqual(
        EXPECTED_RESOURCES,
      );
    }
    expect(quantity(requests?.['ephemeral-storage'])).toBeGreaterThan(0);
    expect(pod().spec.terminationGracePeriodSeconds).toBe(30);
    const preStop = server().lifecycle?.preStop?.sleep?.seconds ?? 0;
    expect(preStop).toBeGreaterThan(0);
    expect(preStop + Number(config().SHUTDOWN_TIMEOUT_MS) / 1000).toBeLessThan(30);
  });

  it('reads its settings from the generated ConfigMap and its data from the read-only bucket mount', () => {
    const c = server();
    expect(c.envFrom?.map((e) => e.configMapRef?.name)).toEqual([
      all('ConfigMap').find((m) => m.metadata.name.startsWith('soudan-config-'))!.metadata.name,
    ]);
    const data = config();
    expect(data).toMatchObject({ NODE_ENV: 'production', TRUST_PROXY: '2', SESSION_NAMESPACE: overlay });
    expect(data.STRATEGY).toMatch(/^(bayes|popular)$/);
    expect(Object.keys(data).filter((k) => SECRET_KEY.test(k))).toEqual([]);
    const mount = c.volumeMounts?.find((m) => data.MODEL_PATH?.startsWith(m.mountPath + '/'));
    expect(mount?.readOnly).toBe(true);
    expect(data.CATALOG_DIR?.startsWith(mount!.mountPath + '/')).toBe(true);
    const bucket = pod().spec.volumes?.find((v) => v.name === mount!.name)?.csi;
    expect(bucket).toMatchObject({ driver: 'gcsfuse.csi.storage.gke.io', readOnly: true });
    expect(bucket?.volumeAttributes?.bucketName).toBe(`${data.GOOGLE_CLOUD_PROJECT}-data`);
    expect(pod().metadata.annotations?.['gke-gcsfuse/volumes']).toBe('true');
    const ca = c.volumeMounts?.find((m) => data.REDIS_TLS_CA_FILE?.startsWith(m.mountPath + '/'));
    expect(pod().spec.volumes?.find((v) => v.name === ca?.name)?.secret).toBeDefined();
  });

  it('mounts the experiments file from its generated ConfigMap, and the file is one the service accepts', () => {
    const c = server();
    const file = config().EXPERIMENTS_FILE ?? '';
    const mount = c.volumeMounts?.find((m) => file.startsWith(m.mountPath + '/'));
    expect(mount?.readOnly).toBe(true);
    const source = pod().spec.volumes?.find((v) => v.name === mount?.name)?.configMap?.name ?? '';
    const map = all('ConfigMap').find((m) => m.metadata.name === source);
    expect(source).toMatch(/^soudan-experiments-/);
    const text = (map?.data ?? {})[file.slice(mount!.mountPath.length + 1)];
    expect(() => parseExperiments(JSON.parse(text ?? ''), file)).not.toThrow();
  });

  it('pulls a pinned image from Artifact Registry, never latest', () => {
    const image = server().image;
    expect(image).toMatch(/^[a-z0-9-]+-docker\.pkg\.dev\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/soudan\/soudan[:@]/);
    expect(image).toContain(`-docker.pkg.dev/${config().GOOGLE_CLOUD_PROJECT}/`);
    const tag = /:([\w.-]+)$/.exec(image)?.[1];
    expect(tag !== undefined || /@sha256:[0-9a-f]{64}$/.test(image)).toBe(true);
    expect(tag).not.toBe('latest');
  });

  it('uses Workload Identity service accounts of its own project', () => {
    const project = config().GOOGLE_CLOUD_PROJECT;
    expect(one('ServiceAccount', 'soudan').metadata.annotations?.['iam.gke.io/gcp-service-account']).toBe(
      `soudan-${overlay}@${project}.iam.gserviceaccount.com`,
    );
    expect(pod().spec.serviceAccountName).toBe('soudan');
  });

  it('exposes only the http port through the Service; the load balancer checks /readyz', () => {
    const service = one('Service').metadata;
    const ports = (one('Service').spec as { ports: { name: string; targetPort: string | number }[] }).ports;
    expect(ports.map((p) => p.targetPort)).toEqual(['http']);
    expect(service.annotations?.['cloud.google.com/neg']).toBe('{"ingress": true}');
    const backendConfig = JSON.parse(service.annotations?.['cloud.google.com/backend-config'] ?? '{}') as {
      default: string;
    };
    const spec = one('BackendConfig', backendConfig.default).spec as BackendConfigSpec;
    expect(spec.healthCheck).toMatchObject({ requestPath: '/readyz', port: 3000 });
    expect(spec.connectionDraining.drainingTimeoutSec).toBeGreaterThan(0);
    expect(spec.connectionDraining.drainingTimeoutSec).toBeLessThanOrEqual(30);
  });

  it('routes only the public paths, always to the http port, on the PUBLIC_BASE_URL host', () => {
    const ingress = one('Ingress');
    const rules = (ingress.spec as IngressSpec).rules;
    const paths = rules.flatMap((r) => r.http.paths);
    expect(ingress.metadata.annotations).toMatchObject({ 'kubernetes.io/ingress.class': 'gce' });
    expect(ingress.metadata.annotations?.['kubernetes.io/ingress.global-static-ip-name']).toContain(overlay);
    expect(rules.map((r) => r.host)).toEqual([new URL(config().PUBLIC_BASE_URL!).host]);
    for (const p of paths)
      expect([p.path, p.backend.service]).toEqual([p.path, { name: 'soudan', port: { name: 'http' } }]);
    for (const request of PUBLIC_PATHS) {
      expect([request, paths.some((p) => routes(p, request))]).toEqual([request, true]);
    }
    for (const request of PRIVATE_PATHS) {
      expect([request, paths.some((p) => routes(p, request))]).toEqual([request, false]);
    }
    const frontend = one(
      'FrontendConfig',
      ingress.metadata.annotations?.['networking.gke.io/v1beta1.FrontendConfig'],
    );
    expect(frontend.spec).toMatchObject({
      redirectToHttps: { enabled: true },
      sslPolicy: expect.any(String),
    });
  });

  it(`terminates TLS for the host (${tls})`, () => {
    const ingress = one('Ingress');
    const host = new URL(config().PUBLIC_BASE_URL!).host;
    if (tls === 'managed') {
      const name = ingress.metadata.annotations?.['networking.gke.io/managed-certificates'];
      expect((one('ManagedCertificate', name).spec as { domains: string[] }).domains).toEqual([host]);
      expect(all('ClusterIssuer')).toEqual([]);
      return;
    }
    const issuer = ingress.metadata.annotations?.['cert-manager.io/cluster-issuer'];
    expect(issuer).toBe(`letsencrypt-${overlay}`);
    expect(
      all('ClusterIssuer')
        .map((i) => i.metadata.name)
        .sort(),
    ).toEqual(['letsencrypt-production', 'letsencrypt-staging']);
    for (const i of all('ClusterIssuer')) {
      expect(i.spec).toMatchObject({ acme: { solvers: [{ http01: { ingress: { class: 'gce' } } }] } });
    }
    expect((ingress.spec as IngressSpec).tls).toEqual([{ hosts: [host], secretName: expect.any(String) }]);
  });

  it('scales on CPU 70 % between its minimum and maximum, with a PodDisruptionBudget and a PodMonitoring', () => {
    const hpa = one('HorizontalPodAutoscaler');
    const spec = hpa.spec as HpaSpec;
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: one('Deployment').metadata.name });
    expect([spec.minReplicas, spec.maxReplicas]).toEqual([minReplicas, maxReplicas]);
    expect(spec.minReplicas).toBeGreaterThanOrEqual(2);
    const cpu = spec.metrics.map((m) => m.resource ?? m.containerResource).find((r) => r?.name === 'cpu');
    expect(cpu?.target).toEqual({ type: 'Utilization', averageUtilization: 70 });
    expect(spec.behavior?.scaleDown?.stabilizationWindowSeconds).toBeGreaterThan(0);
    expect((one('Deployment').spec as { replicas?: number }).replicas).toBeUndefined();

    const pdb = one('PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(
      selects((pdb.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels),
    ).toBe(true);

    const monitoring = one('PodMonitoring').spec as PodMonitoringSpec;
    expect(selects(monitoring.selector.matchLabels)).toBe(true);
    expect(monitoring.endpoints).toEqual([
      expect.objectContaining({ port: 'metrics', path: '/metrics', interval: '30s' }),
    ]);
  });

  it('denies all traffic by default', () => {
    expect(policies()).toContainEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  it('lets out only DNS, Memorystore (6378), the metadata server (80) and HTTPS to the internet', () => {
    const rules = policies().flatMap((p) => p.egress ?? []);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.ports?.length).toBeGreaterThan(0);
      expect(rule.to?.length).toBeGreaterThan(0);
      for (const { protocol = 'TCP', port } of rule.ports ?? []) {
        const cidrs = rule.to!.map((peer) => peer.ipBlock?.cidr);
        if (port === 53) {
          for (const peer of rule.to!) {
            if (peer.ipBlock !== undefined) expect(peer.ipBlock.cidr).toBe('169.254.169.254/32');
            else
              expect(peer).toEqual({
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
              });
          }
        } else if (port === 6378 && protocol === 'TCP') {
          for (const cidr of cidrs) expect(cidr).toMatch(/^(10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.)/);
        } else if (port === 80 && protocol === 'TCP') {
          expect(cidrs).toEqual(['169.254.169.254/32']);
        } else if (port === 443 && protocol === 'TCP') {
          expect(rule.to).toEqual([{ ipBlock: { cidr: '0.0.0.0/0', except: RFC1918 } }]);
        } else {
          throw new Error(`egress allowed to ${protocol} ${String(port)}`);
        }
      }
    }
  });

  it('lets in http only from Google load balancers, metrics only from Managed Prometheus', () => {
    for (const policy of policies()) {
      for (const rule of policy.ingress ?? []) {
        expect(rule.from?.length).toBeGreaterThan(0);
        const ports = (rule.ports ?? []).map((p) => p.port);
        expect(ports.length).toBeGreaterThan(0);
        for (const port of ports) {
          if (port === 'metrics') {
            const namespaces = rule.from!.flatMap((f) => f.namespaceSelector?.matchExpressions ?? []);
            expect(namespaces.flatMap((e) => e.values ?? []).sort()).toEqual([
              'gke-gmp-system',
              'gmp-system',
            ]);
            expect(rule.from!.every((f) => f.ipBlock === undefined)).toBe(true);
          } else if (port === 'http' || port === 8089) {
            expect(rule.from!.map((f) => f.ipBlock?.cidr).sort()).toEqual([...LB_RANGES].sort());
            if (port === 8089)
              expect(policy.podSelector.matchLabels).toEqual({
                'acme.cert-manager.io/http01-solver': 'true',
              });
          } else {
            throw new Error(`ingress allowed to port ${String(port)}`);
          }
        }
      }
    }
  });
});

interface ExternalSecretSpec {
  secretStoreRef: { kind: string; name: string };
  target: { name: string };
  data: { secretKey: string; remoteRef: { key: string } }[];
}
interface SecretStoreSpec {
  provider: { gcpsm: { projectID: string; auth?: unknown } };
}
interface BackendConfigSpec {
  healthCheck: { requestPath: string; port: number };
  connectionDraining: { drainingTimeoutSec: number };
}
interface IngressSpec {
  rules: {
    host: string;
    http: { paths: { path: string; pathType: string; backend: { service: unknown } }[] };
  }[];
  tls?: { hosts: string[]; secretName: string }[];
}
interface HpaSpec {
  scaleTargetRef: { kind: string; name: string };
  minReplicas: number;
  maxReplicas: number;
  metrics: {
    resource?: { name: string; target: unknown };
    containerResource?: { name: string; target: unknown };
  }[];
  behavior?: { scaleDown?: { stabilizationWindowSeconds?: number } };
}
interface PodMonitoringSpec {
  selector: { matchLabels: Record<string, string> };
  endpoints: { port: string; path: string; interval: string }[];
}
