import { join } from 'node:path';
import {
  attributes,
  block,
  blocks,
  interpolations,
  loadTerraform,
  loadTfvars,
  resolveLocals,
  resourcesOfType,
  strings,
  text,
  type Block,
  type Json,
  type TerraformConfig,
} from './terraform-config';

// The production Terraform, read as data: `terraform validate` needs the providers downloaded, which CI may not
// have, so these checks stand in for it where they can and pin what the issue asked for.
const DIR = join(__dirname, '../../infra/terraform');
const SECRET_SUFFIXES = [
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

let tf: TerraformConfig;
beforeAll(async () => {
  tf = await loadTerraform(DIR);
});

function only(type: string): Block {
  const found = resourcesOfType(tf, type);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  return found[0]![1];
}

function resource(type: string, name: string): Block {
  const found = tf.resources.get(type)?.get(name);
  if (found === undefined) throw new Error(`${type}.${name} is not declared`);
  return found;
}

/** What a `${google_x.name.attr}` reference points at. */
function referenced(expression: Json | undefined): Block {
  const match = /^\$\{(google_[a-z0-9_]+)\.([a-z0-9_]+)(\.[a-z0-9_]+)*\}$/.exec(text(expression));
  if (match === null) throw new Error(`not a resource reference: ${JSON.stringify(expression)}`);
  return resource(match[1]!, match[2]!);
}

/** Outputs whose value carries the Redis URL or AUTH string and are not marked sensitive. */
function leakyOutputs(config: TerraformConfig): string[] {
  return [...config.outputs]
    .filter(([, body]) =>
      strings(body.value)
        .map((value) => resolveLocals(config, value))
        .some((value) =>
          /auth_string|rediss:\/\/|google_secret_manager_secret_version\.redis_url/.test(value),
        ),
    )
    .filter(([, body]) => body.sensitive !== true)
    .map(([name]) => name);
}

describe('infra/terraform', () => {
  it('pins Terraform and every provider to an exact version', () => {
    expect(tf.terraform.length).toBeGreaterThan(0);
    const requiredVersion = tf.terraform.map((t) => text(t.required_version)).find((v) => v !== '');
    expect(requiredVersion).toMatch(/\d+\.\d+/);
    const providers = tf.terraform
      .flatMap((t) => blocks(t, 'required_providers'))
      .flatMap((p) => Object.entries(p));
    expect(providers.map(([name]) => name)).toContain('google');
    for (const [name, spec] of providers) {
      const version = text((spec as Block).version);
      expect({ provider: name, version, exact: /^\d+\.\d+\.\d+$/.test(version) }).toEqual({
        provider: name,
        version,
        exact: true,
      });
    }
    for (const [name, body] of tf.providers)
      expect({ provider: name, version: body.version }).toEqual({ provider: name });
  });

  it('every reference points at a declared variable, local, resource or data source', () => {
    const missing: string[] = [];
    const everything: Json[] = [
      ...tf.terraform,
      ...tf.providers.values(),
      ...tf.variables.values(),
      ...tf.outputs.values(),
      ...tf.locals.values(),
      ...[...tf.resources.values()].flatMap((named) => [...named.values()]),
      ...[...tf.data.values()].flatMap((named) => [...named.values()]),
    ];
    for (const expression of everything.flatMap(strings).flatMap(interpolations)) {
      for (const [, name] of expression.matchAll(/(?<![\w.])var\.([a-z0-9_]+)/g))
        if (!tf.variables.has(name!)) missing.push(`var.${name}`);
      for (const [, name] of expression.matchAll(/(?<![\w.])local\.([a-z0-9_]+)/g))
        if (!tf.locals.has(name!)) missing.push(`local.${name}`);
      for (const [, type, name] of expression.matchAll(/(?<![\w.])(google_[a-z0-9_]+)\.([a-z0-9_]+)/g))
        if (tf.resources.get(type!)?.has(name!) !== true) missing.push(`${type}.${name}`);
      for (const [, type, name] of expression.matchAll(/(?<![\w.])data\.(google_[a-z0-9_]+)\.([a-z0-9_]+)/g))
        if (tf.data.get(type!)?.has(name!) !== true) missing.push(`data.${type}.${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('runs the app on a regional GKE Autopilot cluster with private nodes and Workload Identity', () => {
    const cluster = only('google_container_cluster');
    expect(cluster.enable_autopilot).toBe(true);
    expect(cluster.deletion_protection).toBe(true);
    expect(cluster.location).toBe('${var.region}');
    expect(block(cluster, 'release_channel').channel).toBe('REGULAR');
    expect(block(cluster, 'private_cluster_config').enable_private_nodes).toBe(true);
    expect(resolveLocals(tf, text(block(cluster, 'workload_identity_config').workload_pool))).toBe(
      '${var.project_id}.svc.id.goog',
    );
    const subnet = referenced(cluster.subnetwork);
    expect(blocks(subnet, 'secondary_ip_range').map((r) => r.range_name)).toEqual(['pods', 'services']);
  });

  it('keeps sessions in Memorystore: STANDARD_HA, AUTH, TLS, private services access, a quiet maintenance hour', () => {
    const redis = only('google_redis_instance');
    expect(redis).toMatchObject({
      tier: 'STANDARD_HA',
      auth_enabled: true,
      transit_encryption_mode: 'SERVER_AUTHENTICATION',
      connect_mode: 'PRIVATE_SERVICE_ACCESS',
    });
    const window = block(block(redis, 'maintenance_policy'), 'weekly_maintenance_window');
    expect(window.day).toBe('TUESDAY');
    expect(block(window, 'start_time').hours).toBe(18); // 18:00 UTC = 03:00 JST, Wednesday
    expect(tf.variables.get('redis_memory_size_gb')?.type).toBe('${number}');
    expect(text(redis.redis_version)).toBe('${var.redis_version}');
    expect(text(tf.variables.get('redis_version')?.default)).toMatch(/^REDIS_7_[0-9]$/);
    const range = resourcesOfType(tf, 'google_compute_global_address').find(
      ([, a]) => a.purpose === 'VPC_PEERING',
    );
    expect(range).toBeDefined();
    expect(resourcesOfType(tf, 'google_service_networking_connection')).toHaveLength(1);
  });

  it('declares the nine secrets by their exact names, with Terraform writing only the Redis ones', () => {
    const secrets = resourcesOfType(tf, 'google_secret_manager_secret').map(([, s]) => text(s.secret_id));
    expect(secrets.sort()).toEqual(SECRET_SUFFIXES.map((s) => `soudan-\${var.environment}-${s}`).sort());
    const versions = resourcesOfType(tf, 'google_secret_manager_secret_version').map(([, v]) => ({
      secret: text(referenced(v.secret).secret_id),
      data: text(v.secret_data),
    }));
    expect(versions.map((v) => v.secret).sort()).toEqual([
      'soudan-${var.environment}-redis-ca',
      'soudan-${var.environment}-redis-url',
    ]);
    expect(versions.find((v) => v.secret.endsWith('redis-url'))?.data).toMatch(
      /^rediss:\/\/:\$\{google_redis_instance\.\w+\.auth_string\}@\$\{google_redis_instance\.\w+\.host\}:\$\{google_redis_instance\.\w+\.port\}$/,
    );
    expect(versions.find((v) => v.secret.endsWith('redis-ca'))?.data).toContain('.server_ca_certs');
  });

  it('binds the app KSA to its Google service account and lets only the ESO KSA read each secret', () => {
    const binding = resourcesOfType(tf, 'google_service_account_iam_member').find(
      ([, b]) => b.role === 'roles/iam.workloadIdentityUser',
    );
    expect(binding).toBeDefined();
    expect(resolveLocals(tf, text(binding![1].member))).toBe(
      'serviceAccount:${var.project_id}.svc.id.goog[${var.k8s_namespace}/soudan]',
    );
    expect(resolveLocals(tf, text(referenced(binding![1].service_account_id).account_id))).toBe(
      'soudan-${var.environment}',
    );

    const grants = resourcesOfType(tf, 'google_secret_manager_secret_iam_member');
    expect(grants).toHaveLength(1);
    const [, grant] = grants[0]!;
    expect(grant.role).toBe('roles/secretmanager.secretAccessor');
    const perSecret = tf.locals.get(text(grant.for_each).replace(/^\$\{local\.(\w+)\}$/, '$1'));
    expect(
      Object.values(perSecret as Block)
        .map((ref) => text(referenced(ref).secret_id))
        .sort(),
    ).toEqual(SECRET_SUFFIXES.map((s) => `soudan-\${var.environment}-${s}`).sort());
    expect(resolveLocals(tf, text(grant.member))).toMatch(
      /^principal:\/\/iam\.googleapis\.com\/.*\/workloadIdentityPools\/\$\{var\.project_id\}\.svc\.id\.goog\/subject\/ns\/\$\{var\.external_secrets_ksa\.namespace\}\/sa\/\$\{var\.external_secrets_ksa\.name\}$/,
    );
    expect(tf.variables.get('external_secrets_ksa')?.default).toEqual({
      namespace: 'external-secrets',
      name: 'external-secrets',
    });
    expect(resourcesOfType(tf, 'google_project_iam_member').map(([, m]) => m.role)).not.toContain(
      'roles/secretmanager.secretAccessor',
    );
  });

  it('gives the app read-only access to a versioned, private data bucket', () => {
    const bucket = only('google_storage_bucket');
    expect(bucket).toMatchObject({ uniform_bucket_level_access: true, public_access_prevention: 'enforced' });
    expect(block(bucket, 'versioning').enabled).toBe(true);
    const reads = only('google_storage_bucket_iam_member');
    expect(reads.role).toBe('roles/storage.objectViewer');
    expect(reads.member).toMatch(/^serviceAccount:\$\{google_service_account\.app\.email\}$/);
  });

  it('has the Artifact Registry repository `soudan` and the Ingress address soudan-<env>-ip', () => {
    expect(only('google_artifact_registry_repository')).toMatchObject({
      repository_id: 'soudan',
      format: 'DOCKER',
    });
    const addresses = resourcesOfType(tf, 'google_compute_global_address').map(([, a]) => a.name);
    expect(addresses).toContain('soudan-${var.environment}-ip');
  });

  describe('alerting', () => {
    const policies = (): Array<[string, Block, string]> =>
      resourcesOfType(tf, 'google_monitoring_alert_policy').map(([name, policy]) => {
        const queries = blocks(policy, 'conditions').flatMap((c) => [
          ...blocks(c, 'condition_prometheus_query_language').map((q) => text(q.query)),
          ...blocks(c, 'condition_threshold').map((q) => text(q.filter)),
          ...blocks(c, 'condition_monitoring_query_language').map((q) => text(q.query)),
          ...blocks(c, 'condition_matched_log').map((q) => text(q.filter)),
        ]);
        return [name, policy, queries.join('\n')];
      });
    const PURPOSES: Record<string, (query: string) => boolean> = {
      '5xx rate': (q) => q.includes('soudan_http_responses_total') && q.includes('status_class="5xx"'),
      'p99 turn latency': (q) => q.includes('soudan_turn_duration_seconds_bucket') && q.includes('0.99'),
      'session store errors': (q) => q.includes('soudan_session_store_errors_total'),
      'pod restarts': (q) =>
        q.includes('kubernetes.io/container/restart_count') ||
        q.includes('kubernetes_io:container_restart_count'),
      'certificate expiry': (q) => q.includes('uptime_check/time_until_ssl_cert_expires'),
      'uptime check failing': (q) => q.includes('uptime_check/check_passed'),
      'model refresh failing': (q) =>
        q.includes('"k8s-pod/app_kubernetes_io/component"="model-refresh"') && q.includes('severity>=ERROR'),
    };

    it.each(Object.keys(PURPOSES))(
      'has an alert policy for %s, documented and notifying someone',
      (purpose) => {
        const found = policies().filter(([, , query]) => PURPOSES[purpose]!(query));
        expect({ purpose, policies: found.length }).toEqual({ purpose, policies: 1 });
        const [name, policy] = found[0]!;
        expect(text(policy.display_name)).not.toBe('');
        const docs = block(policy, 'documentation');
        expect({ name, mime: docs.mime_type }).toEqual({ name, mime: 'text/markdown' });
        expect({ name, content: text(docs.content) }).toEqual({
          name,
          content: expect.stringMatching(/docs\/operations\.md#[a-z0-9-]+/),
        });
        expect({ name, channels: policy.notification_channels }).toEqual({
          name,
          channels: '${var.notification_channels}',
        });
      },
    );

    it('uses the thresholds of the issue', () => {
      const byPurpose = (purpose: string): string =>
        policies().find(([, , q]) => PURPOSES[purpose]!(q))?.[2] ?? '';
      expect(byPurpose('5xx rate')).toMatch(/clamp_min\(.*\) > 0\.01$/);
      expect(byPurpose('p99 turn latency')).toMatch(/^histogram_quantile\(0\.99, sum by \(le\) .* > 0\.25$/);
      expect(byPurpose('session store errors')).toMatch(
        /^sum\(rate\(soudan_session_store_errors_total.*\[5m\]\)\) > 0\.1$/,
      );
      const restarts = block(
        block(policies().find(([n]) => n === 'pod_restarts')![1], 'conditions'),
        'condition_threshold',
      );
      expect(restarts).toMatchObject({ comparison: 'COMPARISON_GT', threshold_value: 3 });
      expect(block(restarts, 'aggregations')).toMatchObject({
        per_series_aligner: 'ALIGN_DELTA',
        alignment_period: '900s',
      });
      const expiry = policies().find(([, , q]) => PURPOSES['certificate expiry']!(q))![1];
      expect(block(block(expiry, 'conditions'), 'condition_threshold')).toMatchObject({
        comparison: 'COMPARISON_LT',
        threshold_value: 14,
      });
      expect(tf.variables.get('notification_channels')?.type).toBe('${list(string)}');
    });

    it('probes https://<domain>/healthz from several regions with certificate validation', () => {
      const check = only('google_monitoring_uptime_check_config');
      expect(block(check, 'http_check')).toMatchObject({
        path: '/healthz',
        port: 443,
        use_ssl: true,
        validate_ssl: true,
      });
      expect(block(check, 'monitored_resource')).toMatchObject({
        type: 'uptime_url',
        labels: { host: '${var.domain}' },
      });
      expect((tf.variables.get('uptime_check_regions')?.default as string[]).length).toBeGreaterThanOrEqual(
        3,
      );
    });
  });

  it('counts turns by channel with the log-based metric soudan/turns', () => {
    const metric = only('google_logging_metric');
    expect(metric.name).toBe('soudan/turns');
    expect(text(metric.filter)).toContain('resource.type="k8s_container"');
    expect(text(metric.filter)).toContain('jsonPayload.message="turn"');
    const descriptor = block(metric, 'metric_descriptor');
    expect(descriptor).toMatchObject({ metric_kind: 'DELTA', value_type: 'INT64' });
    expect(blocks(descriptor, 'labels').map((l) => l.key)).toEqual(
      expect.arrayContaining(['channel', 'outcome']),
    );
    expect(metric.label_extractors).toMatchObject({
      channel: 'EXTRACT(jsonPayload.channel)',
      outcome: 'EXTRACT(jsonPayload.outcome)',
    });
  });

  it('sinks experiment events into a partitioned BigQuery dataset that only its own writer may write', () => {
    const sink = only('google_logging_project_sink');
    expect(text(sink.filter)).toContain('resource.type="k8s_container"');
    expect(text(sink.filter)).toContain('jsonPayload.message="experiment event"');
    expect(text(sink.destination)).toMatch(
      /^bigquery\.googleapis\.com\/projects\/\$\{var\.project_id\}\/datasets\/\$\{google_bigquery_dataset\.events\.dataset_id\}$/,
    );
    expect(sink.unique_writer_identity).toBe(true);
    expect(block(sink, 'bigquery_options')).toMatchObject({ use_partitioned_tables: true });
    const writer = only('google_bigquery_dataset_iam_member');
    expect(writer).toMatchObject({
      role: 'roles/bigquery.dataEditor',
      member: '${google_logging_project_sink.experiment_events.writer_identity}',
      dataset_id: '${google_bigquery_dataset.events.dataset_id}',
    });
    expect(text(only('google_bigquery_dataset').default_partition_expiration_ms)).toContain(
      'events_retention_days',
    );
  });

  it('documents every variable and validates environment, region and domain', () => {
    for (const [name, variable] of tf.variables) {
      expect({
        name,
        description: text(variable.description).length > 10,
        typed: text(variable.type) !== '',
      }).toEqual({
        name,
        description: true,
        typed: true,
      });
    }
    for (const name of ['environment', 'region', 'domain'])
      expect({ name, validated: blocks(tf.variables.get(name), 'validation').length }).toEqual({
        name,
        validated: 1,
      });
    expect(text(block(tf.variables.get('environment'), 'validation').condition)).toContain(
      '["staging", "production"]',
    );
  });

  it('terraform.tfvars.example assigns every variable without a default, and nothing else', async () => {
    const example = await loadTfvars(join(DIR, 'terraform.tfvars.example'));
    const required = [...tf.variables].filter(([, v]) => !('default' in v)).map(([name]) => name);
    expect(Object.keys(example).sort()).toEqual(required.sort());
    expect(example.environment).toMatch(/^(staging|production)$/);
  });

  it('holds no secret values: no literal passwords, tokens, salts or keys in any .tf file', () => {
    const literal = (value: Json): boolean =>
      typeof value === 'string' && value !== '' && !value.includes('${');
    const everything: Json[] = [
      ...tf.variables.values(),
      ...tf.outputs.values(),
      ...tf.locals.values(),
      ...[...tf.resources.values()].flatMap((named) => [...named.values()]),
    ];
    const suspicious = everything
      .flatMap(attributes)
      .filter(
        ([key, value]) =>
          /password|token|secret_data|salt|auth_string|private_key|api_key/i.test(key) && literal(value),
      )
      .map(([key]) => key);
    expect(suspicious).toEqual([]);
    // A Redis URL may only carry its password as a reference, never written out.
    expect(
      everything.flatMap(strings).filter((value) => /rediss?:\/\/[^@\s]*:(?!\$\{)[^@\s]+@/.test(value)),
    ).toEqual([]);
    for (const [file, source] of tf.files)
      expect({ file, pem: /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(source) }).toEqual({ file, pem: false });
  });

  it('marks sensitive every output that carries the Redis URL or AUTH string', () => {
    expect(leakyOutputs(tf)).toEqual([]);
    // The check itself: an unmarked output with the AUTH string is caught, a marked one is not.
    const probe: TerraformConfig = {
      ...tf,
      outputs: new Map<string, Block>([
        ['leak', { value: '${google_redis_instance.sessions.auth_string}' }],
        ['url', { value: '${google_secret_manager_secret_version.redis_url.secret_data}', sensitive: false }],
        ['fine', { value: '${google_redis_instance.sessions.auth_string}', sensitive: true }],
      ]),
    };
    expect(leakyOutputs(probe)).toEqual(['leak', 'url']);
  });
});
