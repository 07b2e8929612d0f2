import path from 'node:path';
import { estimateSpeechSeconds, SPEECH_BUDGET_SECONDS } from '../../src/channels/shared/speech-length';
import { loadScripts, runReplay, startReplayApp, type ReplayApp, type StepResult } from '../../src/qa';

const QA_DIR = path.join(__dirname, '..', '..', 'qa');

/** The SSML a step's platform response speaks, and its reprompt (Alexa only), or none. */
function spoken(step: StepResult): { speech: string | null; reprompt: string | null } {
  const response = step.exchange?.response as
    | {
        response?: { outputSpeech?: { ssml?: string }; reprompt?: { outputSpeech?: { ssml?: string } } };
        prompt?: { firstSimple?: { speech?: string } };
      }
    | undefined;
  return {
    speech: response?.response?.outputSpeech?.ssml ?? response?.prompt?.firstSimple?.speech ?? null,
    reprompt: response?.response?.reprompt?.outputSpeech?.ssml ?? null,
  };
}

const jobs = (step: StepResult): number => step.reply?.jobs.length ?? 0;

/** The step asks for one job's details (「2番目を詳しく」, its button, a details intent). */
function asksDetails(step: StepResult): boolean {
  const input = step.step.input;
  if (input.kind === 'text') return /詳しく|くわしく|詳細|details?/iu.test(input.text);
  if (input.kind === 'postback') return input.value.startsWith('job:details:');
  if (input.kind === 'intent') return /detail/iu.test(input.name);
  return false;
}

/**
 * A results turn 25 s (however many jobs it shows: one job found is still the results), one job's details 20 s,
 * anything else 15 s.
 */
function budgetOf(step: StepResult): { kind: keyof typeof SPEECH_BUDGET_SECONDS; seconds: number } {
  const shown = jobs(step);
  const open = step.reply?.done === false;
  const kind =
    shown >= 2 || (shown === 1 && open && !asksDetails(step))
      ? 'list'
      : shown === 1 && open
        ? 'details'
        : 'turn';
  return { kind, seconds: SPEECH_BUDGET_SECONDS[kind] };
}

/**
 * Every spoken turn of the QA suite as Alexa and Google really answered it, its length estimated at 7 morae a
 * second (deterministic: the same SSML always gives the same estimate).
 */
describe('the QA suite spoken on Alexa and Google', () => {
  let app: ReplayApp;
  beforeAll(async () => {
    app = await startReplayApp();
  });
  afterAll(() => app.close());

  it('keeps every turn within its budget, and the results reprompt names what one can say', async () => {
    const conversations = (await loadScripts([QA_DIR])).filter((c) => c.needsSessionStoreControl !== true);
    const report = await runReplay(app, conversations, ['alexa', 'google']);
    expect(report.failed).toBe(0);
    const over: string[] = [];
    const turns = { list: 0, details: 0, turn: 0 };
    let resultsReprompts = 0;
    for (const result of report.results) {
      for (const step of result.steps) {
        const { speech, reprompt } = spoken(step);
        if (speech === null) continue;
        const budget = budgetOf(step);
        turns[budget.kind] += 1;
        const seconds = estimateSpeechSeconds(speech);
        const where = `${result.conversation.file} step ${step.number} on ${result.channel}`;
        if (seconds >= budget.seconds)
          over.push(`${where}: ${seconds.toFixed(1)} s (${budget.kind}) ${speech}`);
        if (reprompt === null) continue;
        const again = estimateSpeechSeconds(reprompt);
        if (again >= SPEECH_BUDGET_SECONDS.turn)
          over.push(`${where}: reprompt ${again.toFixed(1)} s ${reprompt}`);
        if (step.reply?.question?.kind === 'results' && budget.kind === 'list') {
          resultsReprompts += 1;
          expect(reprompt).toMatch(/詳しく.*にする.*ほかのも見たい|details.*take.*more/u);
          if (jobs(step) === 1) expect(reprompt).not.toMatch(/2番目|number 2/u);
        }
      }
    }
    expect(over).toEqual([]);
    // The suite reads many lists and details aloud: the budgets are tested, not passed for want of turns.
    expect(turns.list).toBeGreaterThan(60);
    expect(turns.details).toBeGreaterThanOrEqual(2);
    expect(turns.turn).toBeGreaterThan(300);
    expect(resultsReprompts).toBeGreaterThan(20);
  }, 120_000);
});
