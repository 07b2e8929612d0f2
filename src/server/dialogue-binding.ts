import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths';
import { createDialogueContext, SPOKEN_JOBS, takeTurn, type DialogueContext } from '../dialogue';
import { createStrategy } from '../engine';
import { variantKey, type VariantSettings } from '../experiments';
import { createRenderer } from '../i18n';
import type { DialoguePort } from '../channels/shared';
import { tryDialogue } from './check-dialogue';
import type { DialogueFactory, LoadedData } from './load-service';

export const LOCALES_DIR = join(PACKAGE_ROOT, 'locales');

/**
 * The dialogue the channels talk to: one context per catalogue + model (renderer, lexicon, strategy), shared by
 * every conversation (and a second one paged for speech, for the voice channels); each turn is the pure
 * `takeTurn(context, state, input)`. Each experiment variant that changes the dialogue gets its own pair, filed
 * under `variants`. A missing locale key, or data that makes the engine fail, fails here (a trial conversation
 * of every variant), at start-up or reload, not in a user's conversation.
 */
export const createDialoguePort: DialogueFactory = (data, config, renderer = createRenderer(LOCALES_DIR)) => {
  const context = createDialogueContext({
    catalog: data.catalog,
    engine: data.engine,
    strategy: data.strategy,
    renderer,
  });
  const base = portPair(data, context, {});
  const textVariants = new Map<string, DialoguePort>();
  const voiceVariants = new Map<string, DialoguePort>();
  for (const experiment of data.experiments.experiments) {
    for (const variant of experiment.variants) {
      if (!changesDialogue(variant, config.strategy)) continue;
      const pair = portPair(data, context, variant);
      textVariants.set(variantKey(experiment.name, variant.name), pair.text);
      voiceVariants.set(variantKey(experiment.name, variant.name), pair.voice);
    }
  }
  const voice: DialoguePort = { ...base.voice, variants: voiceVariants };
  return { ...base.text, voice, variants: textVariants };
};

function changesDialogue(settings: VariantSettings, strategy: string): boolean {
  return (
    (settings.strategy !== undefined && settings.strategy !== strategy) ||
    settings.questionBudget !== undefined ||
    settings.resultsPerPage !== undefined
  );
}

/** A text and a voice port on the same settings; the lexicon is shared (it is the biggest part of a context). */
function portPair(
  data: LoadedData,
  base: DialogueContext,
  settings: VariantSettings,
): { text: DialoguePort; voice: DialoguePort } {
  const strategy =
    settings.strategy === undefined ? data.strategy : createStrategy(settings.strategy, data.engine);
  const questionBudget = settings.questionBudget ?? base.options.questionBudget;
  // Voice pages hold what is read aloud, and their turns tell the strategy that answers were spoken.
  const make = (resultsPerPage: number, speech: boolean) =>
    createDialogueContext({
      catalog: data.catalog,
      engine: data.engine,
      strategy,
      renderer: base.renderer,
      lexicon: base.lexicon,
      options: { questionBudget, resultsPerPage, ...(speech ? { speech } : {}) },
    });
  const text = make(settings.resultsPerPage ?? base.options.resultsPerPage, false);
  const spoken = make(SPOKEN_JOBS, true);
  const textPort: DialoguePort = { takeTurn: (state, input, known) => takeTurn(text, state, input, known) };
  const voicePort: DialoguePort = {
    takeTurn: (state, input, known) => takeTurn(spoken, state, input, known),
  };
  tryDialogue(textPort);
  tryDialogue(voicePort);
  return { text: textPort, voice: voicePort };
}
