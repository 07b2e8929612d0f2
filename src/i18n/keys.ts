/**
 * Every locale key the code uses, in one place: the renderer only accepts these, and the locale tests check
 * that each exists in every locale (and that no locale has keys the code does not know).
 *
 * messages.json: each message key holds a `text` and a `speech` form, each a string or an array of variants
 * (variant i of speech is read aloud where variant i of text is shown).
 * labels.json: short button and question labels, shown only (never spoken).
 */
export const MESSAGE_KEYS = [
  'greet',
  'state.reset',
  'state.migrated',
  'ask.area',
  'ask.areaPick',
  'ask.jobType',
  'ask.condition',
  'ask.results',
  'ask.restartOffer',
  'ask.work',
  'ack.area',
  'ack.areaAnywhere',
  'ack.workAny',
  'ack.jobType.yes',
  'ack.jobType.probablyYes',
  'ack.jobType.dontKnow',
  'ack.jobType.probablyNo',
  'ack.jobType.no',
  'ack.condition.yes',
  'ack.condition.probablyYes',
  'ack.condition.dontKnow',
  'ack.condition.probablyNo',
  'ack.condition.no',
  'ack.volunteered.likes',
  'ack.volunteered.dislikes',
  'progress.left',
  'progress.last',
  'area.widened.prefecture',
  'area.widened.anywhere',
  'area.widenedForType.prefecture',
  'area.widenedForType.anywhere',
  'results.found',
  'results.foundOne',
  'results.more',
  'results.noMore',
  'results.relaxed',
  'results.rejected',
  'results.spokenRest',
  'results.exhausted',
  'job.line',
  'wage.hour.range',
  'wage.hour.single',
  'wage.day.range',
  'wage.day.single',
  'wage.month.range',
  'wage.month.single',
  'area.full',
  'help',
  'clarify.yesNo',
  'clarify.area',
  'clarify.areaPick',
  'clarify.results',
  'clarify.work',
  'undo.done',
  'undo.nothing',
  'repeat',
  'restart',
  'goodbye.stop',
  'goodbye.happy',
  'format.listSeparator',
  'format.listLastSeparator',
  'format.detailSeparator',
  'format.sentenceJoin',
  'format.range',
  'format.pause',
  'format.percent',
  'channel.unavailable',
  'channel.unsupported',
  'voice.unavailable',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Question keys: each needs at least three natural variants in every locale. */
export const QUESTION_KEYS: readonly MessageKey[] = [
  'ask.area',
  'ask.areaPick',
  'ask.jobType',
  'ask.condition',
  'ask.results',
  'ask.restartOffer',
  'ask.work',
];

export const LABEL_KEYS = [
  'suggest.yes',
  'suggest.probablyYes',
  'suggest.dontKnow',
  'suggest.probablyNo',
  'suggest.no',
  'suggest.undo',
  'suggest.restart',
  'suggest.stop',
  'suggest.more',
  'suggest.noneFit',
  'suggest.fits',
  'suggest.anywhere',
  'suggest.help',
  'suggest.anyWork',
  'question.area',
  'question.results',
  'question.jobType',
  'channel.details',
  'channel.sendLocation',
  'voice.cardTitle',
  'voice.openJob',
] as const;

export type LabelKey = (typeof LABEL_KEYS)[number];

export const MESSAGE_FORMS = ['text', 'speech'] as const;
export type MessageForm = (typeof MESSAGE_FORMS)[number];

/** The namespaces (file names without .json) of every locale directory. */
export const NAMESPACES = ['messages', 'labels'] as const;
