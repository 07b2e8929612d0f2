import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths';
import { createDialogueContext, SPOKEN_JOBS, takeTurn } from '../dialogue';
import { createRenderer } from '../i18n';
import type { DialoguePort } from '../channels/shared';
import { tryDialogue } from './check-dialogue';
import type { DialogueFactory } from './load-service';

export const LOCALES_DIR = join(PACKAGE_ROOT, 'locales');

/**
 * The dialogue the channels talk to: one context per catalogue + model (renderer, lexicon, strategy), shared by
 * every conversation (and a second one paged for speech, for the voice channels); each turn is the pure
 * `takeTurn(context, state, input)`. A missing locale key, or data that
 * makes the engine fail, fails here (a trial conversation), at start-up or reload, not in a user's conversation.
 */
export const createDialoguePort: DialogueFactory = (
  data,
  _config,
  renderer = createRenderer(LOCALES_DIR),
) => {
  const context = createDialogueContext({
    catalog: data.catalog,
    engine: data.engine,
    strategy: data.strategy,
    renderer,
  });
  // Voice pages hold what is read aloud; the lexicon is shared (it is the biggest part of a context).
  const spoken = createDialogueContext({
    catalog: data.catalog,
    engine: data.engine,
    strategy: data.strategy,
    renderer,
    lexicon: context.lexicon,
    options: { resultsPerPage: SPOKEN_JOBS },
  });
  const voice: DialoguePort = { takeTurn: (state, input, known) => takeTurn(spoken, state, input, known) };
  const port: DialoguePort = {
    takeTurn: (state, input, known) => takeTurn(context, state, input, known),
    voice,
  };
  tryDialogue(port);
  tryDialogue(voice);
  return port;
};
