import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { implicationsOf } from '../catalog/implied-conditions';
import { placeFreeConditions } from '../catalog/place-free-conditions';
import { loadConfig } from '../config';
import { createDialoguePort, loadData } from '../server';
import {
  jobsMeetingEverything,
  PERSONA,
  playPersona,
  speaks,
  summarise,
  type PersonaRun,
} from '../simulate/personas';
import { PACKAGE_ROOT } from './paths';

export const EVAL_PERSONAS_USAGE = 'soudan eval-personas [--file FILE] [--transcripts DIR] [--json]';

const DEFAULT_FILE = join(PACKAGE_ROOT, 'test', 'personas', 'personas.json');

const pct = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;

function transcript(run: PersonaRun): string {
  const lines = [`# ${run.persona.id} (${run.persona.channel})`, '', run.persona.persona, ''];
  for (const turn of run.turns) {
    if (turn.user !== null) lines.push(`**user:** ${turn.user}`, '');
    lines.push(`**bot** (${turn.act}, ${turn.question ?? 'no question'}):`, '', turn.bot, '');
  }
  lines.push('## Jobs shown', '');
  for (const job of run.shown) {
    const verdict = job.broken.length === 0 ? 'meets every requirement' : `breaks ${job.broken.join(', ')}`;
    lines.push(`- ${job.match}: ${job.listing.title} — ${verdict}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Plays the persona conversations (written by others) through the real dialogue over the configured data and
 * checks every job shown against what each persona stated.
 */
export async function evalPersonasCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string', default: DEFAULT_FILE },
      transcripts: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const personas = z.array(PERSONA).parse(JSON.parse(readFileSync(values.file, 'utf8')));
  const config = loadConfig(process.env);
  const data = await loadData(config);
  const port = createDialoguePort(data, config);
  const implications = implicationsOf(data.catalog.conditionGroups);
  const placeFree = placeFreeConditions(data.catalog.conditions);
  const runs = personas.map((persona) =>
    playPersona(
      // A speaker persona talks to the dialogue paged for speech, as the Alexa and Google channels do.
      (state, input) => (speaks(persona) ? (port.voice ?? port) : port).takeTurn(state, input),
      persona,
      implications,
      placeFree,
    ),
  );
  const available = personas.map((p) =>
    jobsMeetingEverything(p, data.catalog.listings, implications, placeFree),
  );
  const summary = summarise(runs, available);
  if (values.transcripts !== undefined) {
    mkdirSync(values.transcripts, { recursive: true });
    for (const run of runs) writeFileSync(join(values.transcripts, `${run.persona.id}.md`), transcript(run));
  }
  if (values.json) {
    // Which conversations to read: the ones the catalogue could serve that showed no job meeting every need.
    const unserved = runs
      .filter((r, i) => (available[i] ?? 0) > 0 && !r.shown.some((s) => s.broken.length === 0))
      .map((r) => r.persona.id);
    out(
      JSON.stringify({
        ...summary,
        unserved,
        stuckIds: runs.filter((r) => r.stuck).map((r) => r.persona.id),
      }),
    );
    return 0;
  }
  out(`conversations                 ${summary.conversations}`);
  out(`exact jobs meeting every need ${pct(summary.exactMeeting, summary.exactShown)}`);
  out(
    `only matching exact jobs      ${pct(summary.onlyMatchingExact, summary.withResults)} of those with results`,
  );
  out(`with results                  ${pct(summary.withResults, summary.conversations)}`);
  out(
    `a job meeting every need shown ${pct(summary.servedAMatch, summary.servable)} of those the catalogue could serve`,
  );
  out(`stuck (a question 3 times)    ${summary.stuck}`);
  out(`turns to first results        ${summary.meanTurnsToResults?.toFixed(2) ?? '-'}`);
  return 0;
}
