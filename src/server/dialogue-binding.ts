import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths';
import { createDialogueContext, takeTurn } from '../dialogue';
import { createRenderer } from '../i18n';
import type { DialogueFactory } from './load-service';

export const LOCALES_DIR = join(PACKAGE_ROOT, 'locales');

/**
 * The dialogue the channels talk to: one context per catalogue + model (renderer, lexicon, strategy), shared by
 * every conversation; each turn is the pure `takeTurn(context, state, input)`. A missing locale key fails here,
 * at start-up, not in the middle of a conversation.
 */
export const createDialoguePort: DialogueFactory = (data) => {
  const context = createDialogueContext({
    catalog: data.catalog,
    engine: data.engine,
    strategy: data.strategy,
    renderer: createRenderer(LOCALES_DIR),
  });
  return { takeTurn: (state, input) => takeTurn(context, state, input) };
};
