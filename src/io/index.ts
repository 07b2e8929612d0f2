export { readLines, locateBadUtf8, isBlank } from './line-reader';
export type { Line } from './line-reader';
