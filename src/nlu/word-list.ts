/** Splits a word list written as comma-separated lines into its words. */
export function wordList(text: string): string[] {
  return text
    .split(/[,\n]/u)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}
