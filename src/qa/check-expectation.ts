import type { Expectation } from './script';
import type { NeutralReply } from './neutral-reply';

/** One broken expectation: what was checked, what the script wanted, what the reply had. */
export interface Mismatch {
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
}

type TextCheck = NonNullable<Expectation['text']>;

/** The variants of a message key's form (text or speech) in every locale; undefined when there is no such key. */
export type VariantLookup = (key: string, form: 'text' | 'speech') => readonly string[] | undefined;

/** Every expectation of a step the reply does not meet (empty: the step passed). */
export function checkExpectation(
  expect: Expectation,
  reply: NeutralReply,
  variants: VariantLookup,
): Mismatch[] {
  const out: Mismatch[] = [];
  const miss = (field: string, expected: unknown, actual: unknown): void => {
    out.push({ field, expected: show(expected), actual: show(actual) });
  };
  if (expect.question !== undefined) {
    const want = expect.question;
    const got = reply.question;
    if (want === null ? got !== null : !questionMatches(want, got)) miss('question', want, got);
  }
  if (expect.text !== undefined) checkTexts('text', expect.text, reply.texts.join('\n'), miss, variants);
  if (expect.speech !== undefined)
    checkTexts('speech', expect.speech, reply.speech.join(' '), miss, variants);
  if (expect.suggestions !== undefined) {
    for (const label of expect.suggestions.include ?? []) {
      if (!reply.suggestions.some((s) => sameLabel(label, s))) {
        miss('suggestions.include', label, reply.suggestions);
      }
    }
    for (const label of expect.suggestions.exclude ?? []) {
      if (reply.suggestions.some((s) => sameLabel(label, s)))
        miss('suggestions.exclude', label, reply.suggestions);
    }
  }
  if (expect.jobs !== undefined) {
    const { count, min, max, exact, related } = expect.jobs;
    const n = reply.jobs.length;
    const byMatch = (m: string): number => reply.jobs.filter((j) => j.match === m).length;
    if (count !== undefined && n !== count) miss('jobs.count', count, n);
    if (min !== undefined && n < min) miss('jobs.min', `at least ${min}`, n);
    if (max !== undefined && n > max) miss('jobs.max', `at most ${max}`, n);
    if (exact !== undefined && byMatch('exact') !== exact) miss('jobs.exact', exact, byMatch('exact'));
    if (related !== undefined && byMatch('related') !== related) {
      miss('jobs.related', related, byMatch('related'));
    }
    for (const id of expect.jobs.include ?? []) {
      if (!reply.jobs.some((j) => j.id === id))
        miss(
          'jobs.include',
          id,
          reply.jobs.map((j) => j.id),
        );
    }
    if (expect.jobs.each !== undefined) checkEach(expect.jobs.each, reply, miss);
  }
  if (expect.done !== undefined && reply.done !== expect.done) miss('done', expect.done, reply.done);
  if (expect.understood !== undefined) checkUnderstood(expect.understood, reply, miss);
  return out;
}

type Each = NonNullable<NonNullable<Expectation['jobs']>['each']>;

/** Each shown job (or each exact one) meets the constraints; the first that does not is reported with why. */
function checkEach(
  each: Each,
  reply: NeutralReply,
  miss: (field: string, expected: unknown, actual: unknown) => void,
): void {
  const types = each.jobType === undefined ? null : [each.jobType].flat();
  for (const job of reply.jobs) {
    if (each.exactOnly === true && job.match !== 'exact') continue;
    const problems = [
      types !== null &&
        !job.jobTypeIds.some((t) => types.includes(t)) &&
        `job types ${job.jobTypeIds.join(',')}`,
      each.notJobType !== undefined && job.jobTypeIds.includes(each.notJobType) && `has ${each.notJobType}`,
      each.condition !== undefined &&
        !job.conditionIds.includes(each.condition) &&
        `conditions ${job.conditionIds.join(',')}`,
      each.prefecture !== undefined &&
        job.prefecture !== each.prefecture &&
        `in ${job.prefecture ?? 'no prefecture'}`,
      each.municipality !== undefined &&
        job.municipality !== each.municipality &&
        `in ${job.municipality ?? 'no municipality'}`,
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length > 0) {
      miss('jobs.each', each, `${job.id} "${job.title}": ${problems.join('; ')}`);
      return;
    }
  }
}

function questionMatches(
  want: { kind?: string | undefined; id?: string | null | undefined },
  got: NeutralReply['question'],
): boolean {
  if (got === null) return false;
  return (want.kind === undefined || want.kind === got.kind) && (want.id === undefined || want.id === got.id);
}

function checkTexts(
  field: string,
  checks: TextCheck,
  actual: string,
  miss: (field: string, expected: unknown, actual: unknown) => void,
  variants: VariantLookup,
): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) {
    const c = typeof check === 'string' ? { contains: check } : check;
    if (c.contains !== undefined && !actual.includes(c.contains))
      miss(`${field}.contains`, c.contains, actual);
    if (c.not !== undefined && actual.includes(c.not)) miss(`${field}.not`, c.not, actual);
    if (c.regex !== undefined && !new RegExp(c.regex, 'u').test(actual))
      miss(`${field}.regex`, c.regex, actual);
    if (c.says !== undefined) {
      const forms = variants(c.says, field === 'speech' ? 'speech' : 'text');
      if (forms === undefined) miss(`${field}.says`, `a message key of locales/: ${c.says}`, 'no such key');
      else if (!forms.some((v) => variantPattern(v).test(actual))) {
        miss(`${field}.says`, `one of ${c.says}: ${show(forms)}`, actual);
      }
    }
  }
}

/** A variant with its {{placeholders}} matching anything (place names, counts, job titles). */
function variantPattern(variant: string): RegExp {
  const parts = variant.split(/\{\{[^}]*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[\\s\\S]*?'), 'u');
}

/** Platforms shorten long labels with an ellipsis (LINE at 20 characters): a shortened label still matches. */
function sameLabel(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  return actual.endsWith('…') && expected.startsWith(actual.slice(0, -1));
}

function checkUnderstood(
  want: NonNullable<Expectation['understood']>,
  reply: NeutralReply,
  miss: (field: string, expected: unknown, actual: unknown) => void,
): void {
  const got = reply.understood;
  if (got === null) {
    miss('understood', want, 'nothing (the step sent no text)');
    return;
  }
  if (want.command !== undefined && got.command !== want.command)
    miss('understood.command', want.command, got.command);
  if (want.answer !== undefined && got.answer !== want.answer)
    miss('understood.answer', want.answer, got.answer);
  if (want.language !== undefined && got.language !== want.language) {
    miss('understood.language', want.language, got.language);
  }
  const mentions = (field: 'jobTypes' | 'conditions'): void => {
    for (const m of want[field] ?? []) {
      const { id, polarity } = typeof m === 'string' ? { id: m, polarity: undefined } : m;
      const found = got[field].some(
        (g) => g.id === id && (polarity === undefined || g.polarity === polarity),
      );
      if (!found)
        miss(
          `understood.${field}`,
          m,
          got[field].map((g) => `${g.id} (${g.polarity})`),
        );
    }
  };
  mentions('jobTypes');
  mentions('conditions');
  for (const place of want.places ?? []) {
    const all = got.places.flatMap((p) =>
      p.candidates.map((c) => [c.prefecture, c.municipality].filter(Boolean).join(' ')),
    );
    if (!all.some((p) => p.includes(place))) miss('understood.places', place, all);
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
