/**
 * Characters removed from user text before the dialogue sees it: C0/C1 controls (a newline or tab becomes a
 * space instead), zero-width and bidirectional formatting characters (invisible, and used to disguise text), the
 * byte-order mark and lone surrogates (not well-formed Unicode).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(LONE_SURROGATE, '').trim();
}

/** Length as people count it: code points, not UTF-16 units (an emoji is one character). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
