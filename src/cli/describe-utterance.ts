import type { CatalogDefinitions } from '../catalog';
import type { AreaRef, CountRange, Mention, NumberFacts, Utterance } from '../nlu';

/** What `soudan parse --json` prints: the utterance with catalogue names beside the ids. */
export interface UnderstandingReport {
  readonly text: string;
  readonly context: string | null;
  readonly locale: string;
  readonly language: Utterance['language'];
  readonly command: Utterance['command'];
  readonly answer: Utterance['answer'];
  readonly jobTypes: readonly NamedMention[];
  readonly conditions: readonly NamedMention[];
  /** Whole job categories named as such (「飲食以外」), by the catalogue's category name. */
  readonly categories: readonly NamedMention[];
  readonly places: readonly { surface: string; candidates: readonly AreaRef[] }[];
  readonly numbers: NumberFacts;
}

interface NamedMention {
  readonly id: string;
  readonly name: string;
  readonly polarity: Mention['polarity'];
  readonly surface: string;
  /** Fine with it rather than asking for it (「夜勤でもよかよ」). */
  readonly soft?: boolean;
}

export interface ReportInput {
  readonly text: string;
  readonly context: string | undefined;
  readonly locale: string;
  readonly utterance: Utterance;
  readonly catalog: Pick<CatalogDefinitions, 'jobTypes' | 'conditions'>;
}

export function understandingReport(input: ReportInput): UnderstandingReport {
  const { utterance: u, catalog } = input;
  const named = (mentions: readonly Mention[], names: ReadonlyMap<string, string>): NamedMention[] =>
    mentions.map((m) => ({
      id: m.id,
      name: names.get(m.id) ?? m.id,
      polarity: m.polarity,
      surface: m.surface,
      ...(m.soft === true ? { soft: true } : {}),
    }));
  return {
    text: input.text,
    context: input.context ?? null,
    locale: input.locale,
    language: u.language,
    command: u.command,
    answer: u.answer,
    jobTypes: named(u.mentions.jobTypes, new Map(catalog.jobTypes.map((t) => [t.id, t.name]))),
    conditions: named(u.mentions.conditions, new Map(catalog.conditions.map((c) => [c.id, c.name]))),
    categories: named(u.mentions.categories ?? [], new Map()),
    places: u.mentions.areas.map((a) => ({
      surface: a.surface,
      candidates:
        a.candidates.length > 0 ? a.candidates : [{ prefecture: a.prefecture, municipality: a.municipality }],
    })),
    numbers: u.numbers,
  };
}

const place = (area: AreaRef): string => [area.prefecture, area.municipality].filter(Boolean).join(' ');

function range(r: CountRange): string {
  if (r.min !== undefined && r.max !== undefined)
    return r.min === r.max ? `${r.min}` : `${r.min} to ${r.max}`;
  if (r.min !== undefined) return `at least ${r.min}`;
  return r.max === undefined ? '?' : `at most ${r.max}`;
}

function numberLines(n: NumberFacts): string[] {
  const lines: string[] = [];
  if (n.wageMin) lines.push(`wage        at least ${n.wageMin.amount} yen per ${n.wageMin.per}`);
  if (n.daysPerWeek) lines.push(`days/week   ${range(n.daysPerWeek)}`);
  if (n.hoursPerDay) lines.push(`hours/day   ${range(n.hoursPerDay)}`);
  if (n.timeOfDay) {
    const { from, to } = n.timeOfDay;
    lines.push(`time        ${[from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(' ')}`);
  }
  return lines.length > 0 ? lines : ['numbers     -'];
}

/** The report as aligned lines for a terminal or a support ticket. */
export function formatReport(r: UnderstandingReport): string[] {
  const mentions = (list: readonly NamedMention[]): string =>
    list.length === 0
      ? '-'
      : list
          .map(
            (m) =>
              `${m.id} ${m.name} (${m.polarity}${m.soft === true ? ', fine with it' : ''}, "${m.surface}")`,
          )
          .join('; ');
  const places =
    r.places.length === 0
      ? ['places      -']
      : r.places.map((p) => {
          const candidates = p.candidates.map(place).join(' | ');
          return `place       "${p.surface}" -> ${candidates}${p.candidates.length > 1 ? ' (ambiguous: asks which)' : ''}`;
        });
  return [
    `text        ${r.text}`,
    `context     ${r.context ?? '-'} (locale ${r.locale})`,
    `language    ${r.language}`,
    `command     ${r.command ?? '-'}`,
    `answer      ${r.answer ?? '-'}`,
    `job types   ${mentions(r.jobTypes)}`,
    `conditions  ${mentions(r.conditions)}`,
    ...(r.categories.length > 0 ? [`categories  ${mentions(r.categories)}`] : []),
    ...places,
    ...numberLines(r.numbers),
  ];
}
