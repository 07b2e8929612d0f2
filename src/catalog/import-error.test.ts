import { SoudanError } from '../errors';
import { ImportError } from './import-error';

describe('ImportError', () => {
  it('puts file, line and field in front of the reason', () => {
    const error = new ImportError('unknown job type id "cafee"', {
      file: 'data/catalog/listings.jsonl',
      line: 12,
      field: 'jobTypeIds[1]',
    });
    expect(error.message).toBe(
      'data/catalog/listings.jsonl:12: field "jobTypeIds[1]": unknown job type id "cafee"',
    );
    expect(error).toBeInstanceOf(SoudanError);
    expect(error.name).toBe('ImportError');
    expect(error.context).toEqual({ file: 'data/catalog/listings.jsonl', line: 12, field: 'jobTypeIds[1]' });
  });

  it('leaves out what it does not know', () => {
    expect(new ImportError('invalid JSON', { file: 'a.jsonl', line: 3 }).message).toBe(
      'a.jsonl:3: invalid JSON',
    );
    const cause = new Error('ENOENT');
    const error = new ImportError('cannot read file', { file: 'a.jsonl' }, { cause });
    expect(error.message).toBe('a.jsonl: cannot read file');
    expect(error.cause).toBe(cause);
    expect([error.line, error.field]).toEqual([undefined, undefined]);
  });
});
