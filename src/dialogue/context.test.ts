import { createDialogueContext, DEFAULT_DIALOGUE_OPTIONS } from './context';
import { DialogueConfigError } from './dialogue-error';
import { smallCatalog, smallModel } from './testing/catalog';
import { sharedRenderer } from './testing/dialogue-fixture';

describe('createDialogueContext', () => {
  const catalog = smallCatalog();

  it('builds the engine, the default strategy and the lexicon, with default options', () => {
    const ctx = createDialogueContext({ catalog, model: smallModel(), renderer: sharedRenderer() });
    expect(ctx.options).toEqual({ questionBudget: 8, resultsPerPage: 5 });
    expect(DEFAULT_DIALOGUE_OPTIONS).toEqual(ctx.options);
    expect(ctx.strategy.name).toBe('bayes');
    expect(ctx.lexicon.surfaces.size).toBeGreaterThan(0);
    expect(ctx.lookup.listings.get('L000001')).toBe(catalog.listings[0]);
    expect(ctx.lookup.listings.has('nope')).toBe(false);
  });

  it('takes a strategy by name', () => {
    const ctx = createDialogueContext({
      catalog,
      model: smallModel(),
      renderer: sharedRenderer(),
      strategy: 'seed',
    });
    expect(ctx.strategy.name).toBe('seed');
  });

  it('refuses to start without an engine or model, or with an empty budget', () => {
    expect(() => createDialogueContext({ catalog, renderer: sharedRenderer() })).toThrow(DialogueConfigError);
    expect(() =>
      createDialogueContext({
        catalog,
        model: smallModel(),
        renderer: sharedRenderer(),
        options: { questionBudget: 0 },
      }),
    ).toThrow(DialogueConfigError);
  });
});
