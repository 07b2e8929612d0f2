export { createRenderer } from './renderer';
export type { MessageParams, RenderOptions, Renderer, Spoken } from './types';
export {
  LABEL_KEYS,
  MESSAGE_FORMS,
  MESSAGE_KEYS,
  NAMESPACES,
  QUESTION_KEYS,
  type LabelKey,
  type MessageForm,
  type MessageKey,
} from './keys';
export { LocaleError } from './locale-error';
export { localeProblems, readLocaleResources, type LocaleResources } from './locale-resources';
export { speakable, type SpeechWords } from './speakable';
