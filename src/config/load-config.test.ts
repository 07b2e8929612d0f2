import { SAMPLE_PATHS } from '../cli/paths';
import { DEFAULT_STRATEGY } from '../engine';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

/** Production without platform channels: only the web chat's secret is required. */
const PRODUCTION_SECRETS = {
  NODE_ENV: 'production',
  CHANNELS: 'none',
  WEB_CONVERSATION_SECRET: 'w'.repeat(32),
};
const PRODUCTION_SECRETS_ALL = {
  NODE_ENV: 'production',
  WEB_CONVERSATION_SECRET: 'w'.repeat(32),
  ALEXA_SKILL_ID: 'amzn1.ask.skill.x',
  GOOGLE_PROJECT_ID: 'soudan-prod',
  LINE_CHANNEL_SECRET: 'line-secret',
  LINE_CHANNEL_ACCESS_TOKEN: 'line-token',
  MICROSOFT_APP_ID: 'app',
  MICROSOFT_APP_PASSWORD: 'password',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.server.port).toBe(3000);
    expect(config.session).toEqual({
      redisUrl: null,
      redisTlsCaFile: null,
      ttlSeconds: 1800,
      savedJobsTtlSeconds: 30 * 24 * 3600,
      namespace: 'development',
    });
    expect(config.data).toEqual({
      catalogDir: SAMPLE_PATHS.catalogDir,
      modelPath: SAMPLE_PATHS.model,
      usesBundledSample: true,
    });
    expect(config.log).toEqual({ level: 'info', hashSalt: null, gcpProject: null, conversations: false });
    expect(config.metrics.port).toBe(9464);
    expect(config.nodeEnv).toBe('development');
    expect(config.production).toBe(false);
    expect(config.strategy).toBe(DEFAULT_STRATEGY);
    expect(config.server.publicBaseUrl).toBeNull();
    expect(config.rateLimit.enabled).toBe(true);
    expect(config.rateLimit.newConversation).toEqual({ burst: 60, perSecond: 1 });
    expect(config.channels.line).toEqual({
      enabled: false,
      reason: 'no LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN or LINE_API_BASE_URL',
    });
  });

  it('reads every variable and treats blank values as unset', () => {
    const config = loadConfig({
      PORT: ' 8080 ',
      REDIS_URL: 'rediss://:pw@redis:6378/0',
      REDIS_TLS_CA_FILE: '/etc/soudan/redis-ca/ca.pem',
      GOOGLE_CLOUD_PROJECT: 'soudan-prod',
      SESSION_TTL_SECONDS: '60',
      SAVED_JOBS_TTL_SECONDS: ' 86400 ',
      CATALOG_DIR: '/srv/catalog',
      MODEL_PATH: '/srv/model.json',
      PUBLIC_BASE_URL: 'https://jobs.example.jp/',
      LOG_LEVEL: 'warn',
      STRATEGY: 'seed',
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_CONVERSATION_PER_SECOND: '0.5',
      RATE_LIMIT_NEW_CONVERSATION_BURST: '5',
      RATE_LIMIT_NEW_CONVERSATION_PER_SECOND: '0.1',
      ALEXA_VERIFY_SIGNATURE: 'TRUE',
      LINE_CHANNEL_SECRET: 's3cret',
      METRICS_PORT: '',
      ...PRODUCTION_SECRETS,
      CHANNELS: 'line',
      LINE_CHANNEL_ACCESS_TOKEN: 'token',
    });
    expect(config.server.port).toBe(8080);
    expect(config.session).toEqual({
      redisUrl: 'rediss://:pw@redis:6378/0',
      redisTlsCaFile: '/etc/soudan/redis-ca/ca.pem',
      ttlSeconds: 60,
      savedJobsTtlSeconds: 86400,
      namespace: 'production',
    });
    expect(config.data).toEqual({
      catalogDir: '/srv/catalog',
      modelPath: '/srv/model.json',
      usesBundledSample: false,
    });
    expect(config.server.publicBaseUrl).toBe('https://jobs.example.jp');
    expect(config.log.level).toBe('warn');
    expect(config.production).toBe(true);
    expect(config.strategy).toBe('seed');
    expect(config.rateLimit.enabled).toBe(false);
    expect(config.rateLimit.conversation.perSecond).toBe(0.5);
    expect(config.rateLimit.newConversation).toEqual({ burst: 5, perSecond: 0.1 });
    expect(config.channels.alexa.verifySignature).toBe(true);
    expect(config.channels.line).toMatchObject({ enabled: true, channelSecret: 's3cret' });
    expect(config.metrics.port).toBe(9464);
    expect(config.log.gcpProject).toBe('soudan-prod');
  });

  it('limits connections and request times by default, and keeps the long keep-alive for the load balancer only', () => {
    expect(loadConfig({}).server).toMatchObject({
      maxConnections: 4096,
      maxConnectionsPerClient: 64,
      headersTimeoutMs: 10_000,
      bodyTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5_000,
      loadBalancerRanges: [
        { address: '35.191.0.0', prefix: 16, family: 'ipv4' },
        { address: '130.211.0.0', prefix: 22, family: 'ipv4' },
      ],
    });
    const config = loadConfig({
      HTTP_MAX_CONNECTIONS: '100',
      HTTP_MAX_CONNECTIONS_PER_CLIENT: '5',
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_BODY_TIMEOUT_MS: '3000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      LOAD_BALANCER_RANGES: ' 10.0.0.0/8, 2600:1900::/28 ,192.0.2.7',
    });
    expect(config.server).toMatchObject({
      maxConnections: 100,
      maxConnectionsPerClient: 5,
      headersTimeoutMs: 2000,
      bodyTimeoutMs: 3000,
      keepAliveTimeoutMs: 1000,
      loadBalancerRanges: [
        { address: '10.0.0.0', prefix: 8, family: 'ipv4' },
        { address: '2600:1900::', prefix: 28, family: 'ipv6' },
        { address: '192.0.2.7', prefix: 32, family: 'ipv4' },
      ],
    });
    expect(loadConfig({ LOAD_BALANCER_RANGES: 'none' }).server.loadBalancerRanges).toEqual([]);
    expect(problemsOf({ LOAD_BALANCER_RANGES: '10.0.0.0/33,lb.example,10.1.0.0/16' })).toEqual([
      'LOAD_BALANCER_RANGES: expected a comma-separated list of address ranges such as 35.191.0.0/16 (or "none"); not a range: 10.0.0.0/33, lb.example, got "10.0.0.0/33,lb.example,10.1.0.0/16"',
    ]);
    expect(problemsOf({ HTTP_MAX_CONNECTIONS: '0', HTTP_HEADERS_TIMEOUT_MS: '5' })).toHaveLength(2);
  });

  it('refuses a Redis CA file without a TLS Redis URL', () => {
    expect(problemsOf({ REDIS_TLS_CA_FILE: '/ca.pem' })).toEqual([
      'REDIS_TLS_CA_FILE: only used with TLS; set REDIS_URL to a rediss:// URL or unset this',
    ]);
    expect(problemsOf({ REDIS_URL: 'redis://r:6379', REDIS_TLS_CA_FILE: '/ca.pem' })).toHaveLength(1);
  });

  it('mounts every platform channel unless CHANNELS names fewer', () => {
    expect(loadConfig({}).channels.enabled).toEqual(['alexa', 'google', 'line', 'teams']);
    expect(loadConfig({ CHANNELS: ' LINE, teams,line ' }).channels.enabled).toEqual(['line', 'teams']);
    expect(loadConfig({ CHANNELS: 'none' }).channels.enabled).toEqual([]);
    expect(loadConfig({ CHANNELS: ' ' }).channels.enabled).toEqual(['alexa', 'google', 'line', 'teams']);
    expect(problemsOf({ CHANNELS: 'line,slack' }).join('\n')).toMatch(/CHANNELS.*unknown: slack/);
  });

  it('reads TEAMS_ALLOWED_SERVICE_URLS as origins, refusing anything with a path, query or credentials', () => {
    const origins = (config: ReturnType<typeof loadConfig>) =>
      config.channels.teams.enabled ? config.channels.teams.replyTargets.origins : 'off';
    expect(origins(loadConfig({}))).toEqual([]);
    expect(
      origins(
        loadConfig({
          TEAMS_ALLOWED_SERVICE_URLS:
            ' https://SMBA.trafficmanager.net , https://smba.trafficmanager.net:443/,http://127.0.0.1:3978',
        }),
      ),
    ).toEqual(['https://smba.trafficmanager.net', 'http://127.0.0.1:3978']);
    // Production: any origin the token vouches for, unless listed.
    expect(origins(loadConfig(PRODUCTION_SECRETS_ALL))).toBeNull();
    for (const bad of [
      'https://smba.trafficmanager.net/apac/',
      'ftp://x',
      'https://u:p@x',
      'https://x?y',
      'x',
    ]) {
      expect(problemsOf({ TEAMS_ALLOWED_SERVICE_URLS: bad }).join('\n')).toMatch(
        /^TEAMS_ALLOWED_SERVICE_URLS: expected a comma-separated list of origins/,
      );
    }
  });

  it('makes up a conversation secret per process outside production, and never in production', () => {
    const a = loadConfig({});
    const b = loadConfig({});
    expect(a.web.conversationSecretPerProcess).toBe(true);
    expect(a.web.conversationSecrets).toEqual([expect.stringMatching(/^[\w-]{43}$/)]);
    expect(b.web.conversationSecrets).not.toEqual(a.web.conversationSecrets);
    expect(problemsOf({ NODE_ENV: 'production', CHANNELS: 'none' })).toEqual([
      'WEB_CONVERSATION_SECRET: required in production (signs the web chat’s conversation tokens; every replica needs the same one)',
    ]);
    const secret = 'a'.repeat(32);
    expect(
      loadConfig({ WEB_CONVERSATION_SECRET: ` ${secret}, ${'b'.repeat(40)} `, WEB_QA_TOKEN: secret }).web,
    ).toEqual({
      conversationSecrets: [secret, 'b'.repeat(40)],
      conversationSecretPerProcess: false,
      qaToken: secret,
    });
  });

  it('refuses short or odd web secrets without echoing them', () => {
    const problems = problemsOf({
      WEB_CONVERSATION_SECRET: 'short',
      WEB_QA_TOKEN: 'has spaces in it, and is long enough',
    });
    expect(problems).toEqual([
      'WEB_CONVERSATION_SECRET: expected 32 or more characters of A-Z a-z 0-9 _ - (e.g. openssl rand -hex 32), or several separated by commas (value not shown: secret)',
      'WEB_QA_TOKEN: expected 32 or more characters of A-Z a-z 0-9 _ - (e.g. openssl rand -hex 32) (value not shown: secret)',
    ]);
  });

  it('reads the experiment settings: events nowhere by default outside production, on stdout in production', () => {
    const development = loadConfig({});
    expect(development.experiments).toMatchObject({
      file: null,
      eventsFile: null,
      linkSecretPerProcess: true,
      linkTtlSeconds: 30 * 24 * 3600,
      conversionSecrets: [],
      conversionMaxAgeSeconds: 300,
      clickParameter: 'soudan_click',
    });
    expect(development.experiments.linkSecrets).toHaveLength(1);
    const production = loadConfig(PRODUCTION_SECRETS);
    expect(production.experiments).toMatchObject({
      eventsFile: '-',
      linkSecrets: [],
      linkSecretPerProcess: false,
    });
    const set = loadConfig({
      EXPERIMENTS_FILE: 'experiments.json',
      EVENTS_FILE: 'events/e.jsonl',
      LINK_SECRET: `${'a'.repeat(32)},${'b'.repeat(32)}`,
      CONVERSION_SECRET: 'c'.repeat(40),
      CONVERSION_CLICK_PARAM: 'none',
    });
    expect(set.experiments.file).toMatch(/\/experiments\.json$/);
    expect(set.experiments.eventsFile).toMatch(/\/events\/e\.jsonl$/);
    expect(set.experiments.linkSecrets).toEqual(['a'.repeat(32), 'b'.repeat(32)]);
    expect(set.experiments.clickParameter).toBeNull();
    expect(problemsOf({ LINK_SECRET: 'short-and-secret', CONVERSION_CLICK_PARAM: 'a b' })).toEqual([
      expect.stringMatching(/^LINK_SECRET: .*\(value not shown: secret\)$/),
      expect.stringMatching(/^CONVERSION_CLICK_PARAM: expected a query parameter name, or none/),
    ]);
  });

  it('refuses production without the secrets of every channel CHANNELS lists, naming each variable', () => {
    expect(problemsOf({ NODE_ENV: 'production', WEB_CONVERSATION_SECRET: 'w'.repeat(32) })).toEqual([
      'ALEXA_SKILL_ID: required in production (the skill id requests must carry)',
      "GOOGLE_PROJECT_ID: required in production (the audience of Google's signed requests)",
      'LINE_CHANNEL_SECRET: required in production (webhook signatures are checked with it)',
      'LINE_CHANNEL_ACCESS_TOKEN: required in production (replies are sent with it)',
      'CHANNELS: leave out `line` to run without the LINE channel',
      "MICROSOFT_APP_ID: required in production (the bot's app id tokens are checked against)",
      "MICROSOFT_APP_PASSWORD: required in production (the bot's client secret)",
      'CHANNELS: leave out `teams` to run without the Teams channel',
    ]);
    expect(
      problemsOf({
        ...PRODUCTION_SECRETS_ALL,
        ALEXA_VERIFY_SIGNATURE: 'false',
        MICROSOFT_APP_TYPE: 'SingleTenant',
      }),
    ).toEqual([
      'ALEXA_VERIFY_SIGNATURE: must not be false in production (Alexa requests must be verified)',
      'MICROSOFT_APP_TENANT_ID: required for a SingleTenant app',
      'CHANNELS: leave out `teams` to run without the Teams channel',
    ]);
    const config = loadConfig(PRODUCTION_SECRETS_ALL);
    expect(config.channels.alexa).toEqual({ verifySignature: true, skillId: 'amzn1.ask.skill.x' });
    expect(config.channels.google).toEqual({ projectId: 'soudan-prod' });
    expect(config.channels.teams).toMatchObject({ enabled: true, credentials: { MicrosoftAppId: 'app' } });
    // Only the channels listed need theirs.
    expect(
      loadConfig({ ...PRODUCTION_SECRETS, CHANNELS: 'google', GOOGLE_PROJECT_ID: 'p' }).channels,
    ).toMatchObject({
      enabled: ['google'],
      line: { enabled: false },
      teams: { enabled: false },
    });
  });

  it('is deeply frozen', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.server)).toBe(true);
    expect(Object.isFrozen(config.channels.line)).toBe(true);
    expect(() => {
      (config.server as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('names every bad variable once, with what is expected', () => {
    const problems = problemsOf({
      PORT: 'abc',
      SESSION_TTL_SECONDS: '0',
      LOG_LEVEL: 'loud',
      STRATEGY: 'magic',
      PUBLIC_BASE_URL: 'ftp://x',
      RATE_LIMIT_ENABLED: 'maybe',
      SESSION_NAMESPACE: 'Has Spaces',
    });
    expect(problems).toEqual([
      'PORT: expected a whole number from 0 to 65535, got "abc"',
      'PUBLIC_BASE_URL: expected an absolute URL starting with http:// or https://, without user name or password, got "ftp://x"',
      'SESSION_TTL_SECONDS: expected a whole number from 1 to 2592000, got "0"',
      'SESSION_NAMESPACE: expected 1 to 32 characters of a-z, 0-9, _ and -, starting with a letter or digit, got "Has Spaces"',
      expect.stringMatching(/^STRATEGY: expected one of bayes, .*, got "magic"$/),
      'LOG_LEVEL: expected one of debug, info, warn, error, silent, got "loud"',
      'RATE_LIMIT_ENABLED: expected true or false, got "maybe"',
    ]);
  });

  it('never echoes a secret value', () => {
    const secret = 'hunter2-very-secret';
    let message = '';
    try {
      loadConfig({ REDIS_URL: `http://user:${secret}@host`, PORT: '99999' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      'REDIS_URL: expected an absolute URL starting with redis:// or rediss:// (value not shown: secret)',
    );
    expect(message).toContain('PORT: expected a whole number from 0 to 65535, got "99999"');
    expect(message).not.toContain(secret);
  });
});
