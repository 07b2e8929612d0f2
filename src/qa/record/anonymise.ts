/** What an anonymised text had replaced, by kind, for the summary `soudan record` prints. */
export type Replaced = Readonly<Record<string, number>>;

const DIGIT = '[0-9０-９]';
/** In order: an e-mail address holds what a URL or a number would match. */
const PATTERNS: readonly { kind: string; pattern: RegExp; replace: (found: string) => string }[] = [
  {
    kind: 'e-mail address',
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu,
    replace: () => 'someone@example.com',
  },
  { kind: 'URL', pattern: /\bhttps?:\/\/[^\s\u3000]+/giu, replace: () => 'https://example.com/' },
  {
    kind: 'postal code',
    pattern: new RegExp(`〒\\s*${DIGIT}{3}[-－ー]?${DIGIT}{4}`, 'gu'),
    replace: () => '〒000-0000',
  },
  {
    // Japanese phone numbers: 10 or 11 digits, often with hyphens or spaces (03-1234-5678, 090 1234 5678).
    kind: 'phone number',
    pattern: new RegExp(`\\+?${DIGIT}{2,4}[-－ー\\s]?${DIGIT}{2,4}[-－ー\\s]?${DIGIT}{3,4}`, 'gu'),
    replace: (found) => (digitCount(found) >= 10 ? '000-0000-0000' : found),
  },
  {
    // Anything else that is a long number (a member, card or order number): wages and counts are shorter.
    kind: 'long number',
    pattern: new RegExp(`${DIGIT}{7,}`, 'gu'),
    replace: (found) => '0'.repeat(found.length),
  },
];

function digitCount(text: string): number {
  return (text.match(new RegExp(DIGIT, 'gu')) ?? []).length;
}

/**
 * A user's text with what identifies people by pattern replaced: e-mail addresses, URLs, postal codes, phone
 * numbers and other long numbers. Wages (時給1200円), days and short numbers stay, as the dialogue reads them.
 * Names and addresses in free text cannot be found by pattern: a QA person reads the script before keeping it.
 */
export function anonymiseText(text: string): { text: string; replaced: Replaced } {
  const replaced: Record<string, number> = {};
  let out = text;
  for (const { kind, pattern, replace } of PATTERNS) {
    out = out.replace(pattern, (found) => {
      const next = replace(found);
      if (next !== found) replaced[kind] = (replaced[kind] ?? 0) + 1;
      return next;
    });
  }
  return { text: out, replaced };
}
