import { Engine, type DecideOptions, type Strategy } from '../engine';
import { createDialogueContext } from './context';
import { Conversation, sharedRenderer } from './testing/dialogue-fixture';
import { smallCatalog, smallModel } from './testing/catalog';
import { inOrderStrategy } from './testing/in-order-strategy';

/** The in-order strategy, noting the options of every decision. */
function recording(seen: DecideOptions[]): Strategy {
  const catalog = smallCatalog();
  const inner = inOrderStrategy(catalog);
  return {
    name: 'recording',
    decide: (evidence, options) => {
      seen.push(options);
      return inner.decide(evidence, options);
    },
  };
}

function talk(speech: boolean | undefined): DecideOptions[] {
  const seen: DecideOptions[] = [];
  const catalog = smallCatalog();
  const ctx = createDialogueContext({
    catalog,
    engine: new Engine(catalog, smallModel()),
    strategy: recording(seen),
    renderer: sharedRenderer(),
    options: speech === undefined ? {} : { speech },
  });
  const c = new Conversation(ctx);
  c.start();
  c.say('東京');
  c.say('なんでもいい');
  c.say('はい');
  return seen;
}

describe('decide: what the dialogue tells the strategy', () => {
  it('a context for voice users asks for the speech answer noise on every decision', () => {
    const seen = talk(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => o.speech === true)).toBe(true);
  });

  it('a text context leaves speech unset (the model text noise applies)', () => {
    for (const options of [talk(undefined), talk(false)]) {
      expect(options.length).toBeGreaterThan(0);
      expect(options.every((o) => o.speech === undefined)).toBe(true);
    }
  });
});
