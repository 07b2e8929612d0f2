import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { statedConstraints } from '../../src/dialogue/constraints';
import type { DialogueState } from '../../src/dialogue';
import { createDialoguePort, loadData } from '../../src/server';
import { PERSONA, playPersona, summarise, type PersonaRun } from '../../src/simulate/personas';
import { testConfig } from '../server/test-app';

/**
 * The development personas (written by someone who never read the dialogue), played through the real
 * dialogue over the bundled sample. The held-out set (heldout-personas.json) is not used here: it is scored
 * with `soudan eval-personas --file` for the README only.
 */
const personas = z
  .array(PERSONA)
  .parse(JSON.parse(readFileSync(path.join(__dirname, 'personas.json'), 'utf8')));

describe('persona conversations (development set)', () => {
  let runs: PersonaRun[];

  beforeAll(async () => {
    const config = testConfig();
    const port = createDialoguePort(await loadData(config), config);
    runs = personas.map((persona) => playPersona((state, input) => port.takeTurn(state, input), persona));
  });

  // A bare 「高知」 is read as the prefecture (it contains the city; the corpus labellers read it so too), so the
  // place understood may be wider than the persona's city, never another place.
  it('understands the place each persona named, and reads no ordinary word as a place', () => {
    const wrong = runs.flatMap((run) => {
      const wanted = run.persona.constraints.area;
      const state = run.understood as DialogueState;
      const area = statedConstraints(state).area;
      const got = area === null || area === '*' ? undefined : area;
      const same =
        wanted === undefined
          ? got === undefined || run.persona.areaAnswer.length > 0
          : got !== undefined &&
            got[0] === wanted.prefecture &&
            (got[1] === undefined || got[1] === wanted.municipality);
      return same ? [] : [`${run.persona.id}: ${JSON.stringify(wanted)} -> ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('never gets stuck on a question', () => {
    expect(runs.filter((run) => run.stuck).map((run) => run.persona.id)).toEqual([]);
  });

  it('shows exact matches that meet what each persona stated (at least 85 %), and conversations that show only such', () => {
    const summary = summarise(runs);
    expect(summary.exactMeeting / summary.exactShown).toBeGreaterThanOrEqual(0.85);
    expect(summary.onlyMatchingExact / summary.withResults).toBeGreaterThanOrEqual(0.9);
  });
});
