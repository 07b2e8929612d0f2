export { readLines, locateBadUtf8, isBlank } from './line-reader';
export type { Line, ReadLinesOptions } from './line-reader';
