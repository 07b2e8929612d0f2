import { POSTBACKS } from '../../dialogue/postbacks';

/** Intents whose meaning is one of the dialogue's postbacks: the whole mapping for Alexa, in one place. */
export const ALEXA_POSTBACK_INTENTS: Readonly<Record<string, string>> = Object.freeze({
  'AMAZON.YesIntent': POSTBACKS.yes,
  MaybeIntent: POSTBACKS.probablyYes,
  DontKnowIntent: POSTBACKS.dontKnow,
  ProbablyNotIntent: POSTBACKS.probablyNo,
  'AMAZON.NoIntent': POSTBACKS.no,
  'AMAZON.StartOverIntent': POSTBACKS.restart,
  BackIntent: POSTBACKS.undo,
  'AMAZON.PreviousIntent': POSTBACKS.undo,
  'AMAZON.RepeatIntent': POSTBACKS.repeat,
  'AMAZON.HelpIntent': POSTBACKS.help,
  'AMAZON.StopIntent': POSTBACKS.stop,
  'AMAZON.CancelIntent': POSTBACKS.stop,
  'AMAZON.NavigateHomeIntent': POSTBACKS.stop,
  MoreIntent: POSTBACKS.more,
  NoneFitIntent: POSTBACKS.noneFit,
  AnywhereIntent: POSTBACKS.anywhere,
  SkipIntent: POSTBACKS.skip,
});

/** Intents that carry facts in slots; their values go to the dialogue as text, as if typed. */
export const ALEXA_SLOT_INTENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  JobTypeIntent: ['jobType'],
  ConditionIntent: ['condition'],
  AreaIntent: ['area'],
  SearchIntent: ['area', 'jobType', 'condition'],
});

/** The custom slot types, by slot name. */
export const ALEXA_SLOT_TYPES = Object.freeze({
  jobType: 'JOB_TYPE',
  condition: 'JOB_CONDITION',
  area: 'JOB_AREA',
} as const);
