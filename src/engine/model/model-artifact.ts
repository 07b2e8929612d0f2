import { createHash } from 'node:crypto';
import { CooccurrenceCounts } from './cooccurrence-counts';
import { type AnswerNoise, CooccurrenceModel } from './cooccurrence-model';
import { PRIOR_FEATURES, type ListingSignals } from './listing-signals';
import { ModelError } from './model-error';

const MODEL_FORMAT = 'soudan-cooccurrence-model';
const MODEL_VERSION = 2;
/** Version 1 files (co-view counts only) still load: the engine then uses the seed's prior. */
const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface TrainingStats {
  readonly rows: number;
  readonly users: number;
  readonly skippedRows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
}

/** The JSON a model file holds. Pairs are flat [i, j, c_ij, …] with i < j and c_ij > 0: sparse and compact. */
export interface ModelArtifact {
  readonly format: typeof MODEL_FORMAT;
  readonly version: 1 | typeof MODEL_VERSION;
  readonly createdAt: string;
  readonly smoothing: number;
  readonly jobTypeIds: readonly string[];
  readonly users: number;
  readonly typeUsers: readonly number[];
  readonly pairs: readonly number[];
  readonly stats: TrainingStats;
  /** Version 2: per-listing signals from the log and the prior's fitted weights. */
  readonly signals?: ListingSignals;
  /** Version 2: the deployment's answer noise. */
  readonly answerNoise?: AnswerNoise;
  readonly checksum: string;
}

type ArtifactBody = Omit<ModelArtifact, 'checksum'>;

function checksumOf(body: ArtifactBody): string {
  return 'sha256:' + createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export function modelToArtifact(
  model: CooccurrenceModel,
  meta: { createdAt: string; stats: TrainingStats },
): ModelArtifact {
  const { counts } = model;
  const t = model.typeCount;
  const pairs: number[] = [];
  for (let i = 0; i < t; i++) {
    for (let j = i + 1; j < t; j++) {
      const c = counts.pair(i, j);
      if (c > 0) pairs.push(i, j, c);
    }
  }
  const body: ArtifactBody = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    createdAt: meta.createdAt,
    smoothing: model.smoothing,
    jobTypeIds: [...model.typeIds],
    users: counts.users,
    typeUsers: Array.from(counts.typeUsers),
    pairs,
    stats: meta.stats,
    ...(model.signals ? { signals: model.signals } : {}),
    ...(model.answerNoise ? { answerNoise: model.answerNoise } : {}),
  };
  return { ...body, checksum: checksumOf(body) };
}

function fail(message: string, context: Record<string, unknown> = {}): never {
  throw new ModelError(`model file refused: ${message}`, { context });
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Parses and verifies a model file's text: format, version, checksum and internal consistency. */
export function modelFromArtifactText(text: string): { model: CooccurrenceModel; artifact: ModelArtifact } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ModelError('model file refused: not valid JSON (truncated or corrupt?)', { cause });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('not a JSON object');
  const a = raw as Record<string, unknown>;
  if (a.format !== MODEL_FORMAT) fail(`format is ${JSON.stringify(a.format)}, expected ${MODEL_FORMAT}`);
  if (typeof a.version !== 'number' || !READABLE_VERSIONS.includes(a.version))
    fail(`version ${JSON.stringify(a.version)} is not supported`);
  const { checksum, ...body } = a;
  if (typeof checksum !== 'string') fail('checksum missing');
  const actual = checksumOf(body as ArtifactBody);
  if (actual !== checksum)
    fail('checksum mismatch: the file was changed or damaged', { expected: checksum, actual });

  const ids = a.jobTypeIds;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && id.length > 0)) fail('jobTypeIds');
  if (new Set(ids).size !== ids.length) fail('jobTypeIds has duplicates');
  const t = ids.length;
  if (!isCount(a.users)) fail('users');
  if (typeof a.smoothing !== 'number' || !(a.smoothing > 0)) fail('smoothing must be positive');
  const typeUsers = a.typeUsers;
  if (!Array.isArray(typeUsers) || typeUsers.length !== t || !typeUsers.every(isCount)) fail('typeUsers');
  const pairs = a.pairs;
  if (!Array.isArray(pairs) || pairs.length % 3 !== 0 || !pairs.every(isCount)) fail('pairs');

  const counts = new CooccurrenceCounts(t);
  counts.users = a.users;
  typeUsers.forEach((c, i) => {
    if (c > counts.users) fail(`typeUsers[${i}] exceeds users`);
    counts.typeUsers[i] = c;
  });
  for (let p = 0; p < pairs.length; p += 3) {
    const [i, j, c] = [pairs[p] as number, pairs[p + 1] as number, pairs[p + 2] as number];
    if (!(i < j && j < t)) fail(`pairs entry ${p / 3} has bad indices`);
    if (c > Math.min(counts.typeUsers[i]!, counts.typeUsers[j]!))
      fail(`pairs entry ${p / 3} exceeds its types`);
    counts.pairUsers[i * t + j] = c;
    counts.pairUsers[j * t + i] = c;
  }
  const signals = a.signals === undefined ? undefined : checkSignals(a.signals);
  const answerNoise = a.answerNoise === undefined ? undefined : checkAnswerNoise(a.answerNoise);
  const model = new CooccurrenceModel(ids as string[], counts, a.smoothing, { signals, answerNoise });
  return { model, artifact: raw as ModelArtifact };
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkSignals(raw: unknown): ListingSignals {
  if (typeof raw !== 'object' || raw === null) fail('signals must be an object');
  const s = raw as Record<string, unknown>;
  const h = s.halfLifeDays;
  if (!(h === null || (finite(h) && h > 0))) fail('signals.halfLifeDays must be null or positive');
  const ids = s.listingIds;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) fail('signals.listingIds');
  for (const key of ['views', 'settled'] as const) {
    const list = s[key];
    if (!Array.isArray(list) || list.length !== ids.length || !list.every((x) => finite(x) && x >= 0))
      fail(`signals.${key} must be ${ids.length} non-negative numbers`);
  }
  const weights = s.weights as Record<string, unknown> | null | undefined;
  if (typeof weights !== 'object' || weights === null || !PRIOR_FEATURES.every((f) => finite(weights[f])))
    fail(`signals.weights must hold finite ${PRIOR_FEATURES.join(', ')}`);
  const fit = s.fit as Record<string, unknown> | null | undefined;
  if (typeof fit !== 'object' || fit === null || !isCount(fit.heldOutUsers)) fail('signals.fit');
  return raw as ListingSignals;
}

function checkAnswerNoise(raw: unknown): AnswerNoise {
  const n = raw as Record<string, unknown> | null;
  const ok = (x: unknown) => finite(x) && x >= 0 && x < 0.5;
  if (typeof n !== 'object' || n === null || !ok(n.text) || !ok(n.speech))
    fail('answerNoise must be { text, speech }, each in [0, 0.5)');
  return { text: n.text as number, speech: n.speech as number };
}
