export { createRenderer } from './renderer';
export type { Renderer } from './types';
export { LABEL_KEYS, type LabelKey } from './keys';
export { readLocaleResources } from './locale-resources';
