import { POSTBACKS, SAVED_LIST_POSTBACK } from '../../dialogue/postbacks';
import type { Locale } from '../../dialogue/types';

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
  SavedJobsIntent: SAVED_LIST_POSTBACK,
});

/**
 * Intents about one of the jobs just read, by position: they reach the dialogue as the words a user would type
 * (「2番目にする」), so a choice by voice is the same choice as by a button.
 */
export const ALEXA_JOB_INTENTS: Readonly<
  Record<string, Readonly<Record<Locale, (position: string) => string>>>
> = Object.freeze({
  PickJobIntent: { ja: (n) => `${n}番目にする`, en: (n) => `I'll take number ${n}` },
  JobDetailsIntent: { ja: (n) => `${n}番目を詳しく`, en: (n) => `details of number ${n}` },
  SaveJobIntent: { ja: (n) => `${n}番目を保存`, en: (n) => `save number ${n}` },
  ThatJobIntent: { ja: () => 'それにする', en: () => "I'll take that" },
});

/** Intents that carry facts in slots; their values go to the dialogue as text, as if typed. */
export const ALEXA_SLOT_INTENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  JobTypeIntent: ['jobType'],
  ConditionIntent: ['condition'],
  AreaIntent: ['area'],
  SearchIntent: ['area', 'jobType', 'condition'],
  PickJobIntent: ['position'],
  JobDetailsIntent: ['position'],
  SaveJobIntent: ['position'],
});

/** The custom slot types, by slot name. */
export const ALEXA_SLOT_TYPES = Object.freeze({
  jobType: 'JOB_TYPE',
  condition: 'JOB_CONDITION',
  area: 'JOB_AREA',
  position: 'AMAZON.NUMBER',
} as const);
