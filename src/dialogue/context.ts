import type { Catalog, Condition, JobType, Listing, Prefecture } from '../catalog/types';
import {
  createStrategy,
  DEFAULT_STRATEGY,
  Engine,
  type CooccurrenceModel,
  type Strategy,
  type StrategyName,
} from '../engine';
import type { Renderer } from '../i18n/types';
import { municipalityInEnglish } from './place-names-en';
import { buildLexicon, parseUtterance, type Lexicon, type Utterance, type UtteranceContext } from '../nlu';
import { DialogueConfigError } from './dialogue-error';

export interface DialogueOptions {
  /** Questions asked before results are shown at the latest (counted again after each round of results). */
  readonly questionBudget: number;
  /** Jobs per page of results. */
  readonly resultsPerPage: number;
  /**
   * Users answer by voice (the Alexa and Google context): the strategy assumes the model's speech answer noise
   * instead of its text noise (DecideOptions.speech).
   */
  readonly speech?: boolean;
}

export const DEFAULT_DIALOGUE_OPTIONS: DialogueOptions = Object.freeze({
  questionBudget: 8,
  resultsPerPage: 5,
});

export type DialogueCatalog = Pick<
  Catalog,
  'jobTypes' | 'conditions' | 'listings' | 'prefectures' | 'conditionGroups' | 'jobTypeGroups'
>;

/** How the dialogue reads an utterance: src/nlu's parseUtterance unless a test hands in another. */
export type UtteranceParser = (text: string, context: UtteranceContext) => Utterance;

/** Everything a turn reads; built once per catalogue + model and shared by every conversation. */
export interface DialogueContext {
  readonly catalog: DialogueCatalog;
  readonly engine: Engine;
  readonly strategy: Strategy;
  readonly lexicon: Lexicon;
  readonly parse: UtteranceParser;
  readonly renderer: Renderer;
  readonly options: DialogueOptions;
  readonly lookup: CatalogLookup;
}

export interface CatalogLookup {
  readonly jobTypes: ReadonlyMap<string, JobType>;
  readonly conditions: ReadonlyMap<string, Condition>;
  readonly prefectures: ReadonlyMap<string, Prefecture>;
  /** Municipality names of each prefecture. */
  readonly municipalities: ReadonlyMap<string, ReadonlySet<string>>;
  /** Municipalities in English ("Kita Ward, Osaka City"), keyed 「都道府県/市区町村」, where the reading allows. */
  readonly municipalitiesEn: ReadonlyMap<string, string>;
  /** Listings by id, through the engine's index (no second map over a million listings). */
  readonly listings: ListingLookup;
}

export interface ListingLookup {
  get(id: string): Listing | undefined;
  has(id: string): boolean;
}

export interface DialogueContextInput {
  readonly catalog: DialogueCatalog;
  /** An engine over this very catalogue (listings are looked up through it), or the model to build one from. */
  readonly engine?: Engine;
  readonly model?: CooccurrenceModel;
  readonly strategy?: Strategy | StrategyName;
  readonly renderer: Renderer;
  /** Built from the catalogue when not given. */
  readonly lexicon?: Lexicon;
  readonly parse?: UtteranceParser;
  readonly options?: Partial<DialogueOptions>;
}

export function createDialogueContext(input: DialogueContextInput): DialogueContext {
  const engine = input.engine ?? (input.model ? new Engine(input.catalog, input.model) : undefined);
  if (!engine) throw new DialogueConfigError('createDialogueContext needs an engine or a model');
  const strategy =
    typeof input.strategy === 'object'
      ? input.strategy
      : createStrategy(input.strategy ?? DEFAULT_STRATEGY, engine);
  const options = { ...DEFAULT_DIALOGUE_OPTIONS, ...input.options };
  if (!(options.questionBudget >= 1 && options.resultsPerPage >= 1)) {
    throw new DialogueConfigError('questionBudget and resultsPerPage must be at least 1', {
      context: options,
    });
  }
  const { catalog } = input;
  const lookup: CatalogLookup = {
    jobTypes: new Map(catalog.jobTypes.map((t) => [t.id, t])),
    conditions: new Map(catalog.conditions.map((c) => [c.id, c])),
    prefectures: new Map(catalog.prefectures.map((p) => [p.name, p])),
    municipalities: new Map(
      catalog.prefectures.map((p) => [p.name, new Set(p.municipalities.map((m) => m.name))]),
    ),
    municipalitiesEn: new Map(
      catalog.prefectures.flatMap((p) =>
        p.municipalities.flatMap((m) => {
          const en = municipalityInEnglish(m.name, m.reading);
          return en === undefined ? [] : [[`${p.name}/${m.name}`, en] as const];
        }),
      ),
    ),
    listings: {
      get: (id) => {
        const index = engine.catalog.listingIndex(id);
        return index === undefined ? undefined : engine.catalog.listings[index];
      },
      has: (id) => engine.catalog.listingIndex(id) !== undefined,
    },
  };
  return Object.freeze({
    catalog,
    engine,
    strategy,
    lexicon: input.lexicon ?? buildLexicon(catalog),
    parse: input.parse ?? parseUtterance,
    renderer: input.renderer,
    options: Object.freeze(options),
    lookup,
  });
}
