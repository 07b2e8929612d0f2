/** A CSV line that cannot be split into fields. */
export class CsvLineError extends Error {
  constructor(
    readonly reason: string,
    /** 1-based column (UTF-16 unit) where the problem was seen. */
    readonly column: number,
  ) {
    super(`${reason} at column ${column}`);
  }
}

/**
 * Splits one CSV line into fields (RFC 4180 quoting: `"a ""quoted"" field"`). A quoted field cannot span lines,
 * since the readers stream line by line; an unclosed quote is an error.
 */
export function parseCsvLine(text: string): string[] {
  if (text.indexOf('"') === -1) return text.split(',');
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    if (text.charCodeAt(position) === 0x22) {
      let value = '';
      let from = position + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new CsvLineError('unterminated quoted field', position + 1);
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 0x22) {
          value += '"';
          from = quote + 2;
          continue;
        }
        position = quote + 1;
        break;
      }
      fields.push(value);
      if (position === text.length) return fields;
      if (text.charCodeAt(position) !== 0x2c) {
        throw new CsvLineError('expected "," after a closing quote', position + 1);
      }
      position += 1;
    } else {
      const comma = text.indexOf(',', position);
      if (comma === -1) {
        fields.push(text.slice(position));
        return fields;
      }
      fields.push(text.slice(position, comma));
      position = comma + 1;
    }
  }
}
