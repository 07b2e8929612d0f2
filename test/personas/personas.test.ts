import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { implicationsOf } from '../../src/catalog/implied-conditions';
import { placeFreeConditions } from '../../src/catalog/place-free-conditions';
import { statedConstraints } from '../../src/dialogue/constraints';
import type { DialogueState } from '../../src/dialogue';
import { createDialoguePort, loadData } from '../../src/server';
import { PERSONA, playPersona, speaks, summarise, type PersonaRun } from '../../src/simulate/personas';
import { testConfig } from '../server/test-app';

/**
 * The development personas (written by people who never read the dialogue), played through the real dialogue
 * over the bundled sample: the first development set and the first thirty held-out sets, retired to development on
 * 2026-12-03 to 2026-12-06 once their transcripts were read (README.md here). The held-out set
 * (heldout-personas.json) is not used here: it is scored with `soudan eval-personas --file` for the README only.
 */
const personas = [
  'personas.json',
  'dev-retired-heldout-personas-v1.json',
  'dev-retired-heldout-personas-v2.json',
  'dev-retired-heldout-personas-v3.json',
  'dev-retired-heldout-personas-v4.json',
  'dev-retired-heldout-personas-v5.json',
  'dev-retired-heldout-personas-v6.json',
  'dev-retired-heldout-personas-v7.json',
  'dev-retired-heldout-personas-v8.json',
  'dev-retired-heldout-personas-v9.json',
  'dev-retired-heldout-personas-v10.json',
  'dev-retired-heldout-personas-v11.json',
  'dev-retired-heldout-personas-v12.json',
  'dev-retired-heldout-personas-v13.json',
  'dev-retired-heldout-personas-v14.json',
  'dev-retired-heldout-personas-v15.json',
  'dev-retired-heldout-personas-v16.json',
  'dev-retired-heldout-personas-v17.json',
  'dev-retired-heldout-personas-v18.json',
  'dev-retired-heldout-personas-v19.json',
  'dev-retired-heldout-personas-v20.json',
  'dev-retired-heldout-personas-v21.json',
  'dev-retired-heldout-personas-v22.json',
  'dev-retired-heldout-personas-v23.json',
  'dev-retired-heldout-personas-v24.json',
  'dev-retired-heldout-personas-v25.json',
  'dev-retired-heldout-personas-v26.json',
  'dev-retired-heldout-personas-v27.json',
  'dev-retired-heldout-personas-v28.json',
  'dev-retired-heldout-personas-v29.json',
  'dev-retired-heldout-personas-v30.json',
].flatMap((file) => z.array(PERSONA).parse(JSON.parse(readFileSync(path.join(__dirname, file), 'utf8'))));

describe('persona conversations (development set)', () => {
  let runs: PersonaRun[];

  beforeAll(async () => {
    const config = testConfig();
    const data = await loadData(config);
    const port = createDialoguePort(data, config);
    const implications = implicationsOf(data.catalog.conditionGroups);
    runs = personas.map((persona) =>
      playPersona(
        // A speaker persona talks to the dialogue paged for speech, as the Alexa and Google channels do.
        (state, input) => (speaks(persona) ? (port.voice ?? port) : port).takeTurn(state, input),
        persona,
        implications,
        placeFreeConditions(data.catalog.conditions),
      ),
    );
  });

  // A persona's place may be narrower than what it told the bot before the results (a ward of the city it
  // named), never another place.
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
            (got[1] === undefined ||
              wanted.municipality === undefined ||
              got[1] === wanted.municipality ||
              // 「さいたま」, then 「大宮のほう」 when asked which: a ward of the city the persona means.
              got[1].startsWith(`${wanted.municipality} `));
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
