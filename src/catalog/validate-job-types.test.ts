import { validateJobTypes } from './validate-job-types';

const cafe = { id: 'cafe', name: 'カフェ', synonyms: ['喫茶店'] };
const barista = { id: 'barista', name: 'バリスタ' };

describe('validateJobTypes', () => {
  it('reads the job types a job type includes', () => {
    const [first, second] = validateJobTypes(
      [{ ...cafe, includes: ['barista'] }, barista],
      [2, 3],
      'job-types.json',
    );
    expect(first).toEqual({ id: 'cafe', name: 'カフェ', synonyms: ['喫茶店'], includes: ['barista'] });
    expect(second).toEqual({ id: 'barista', name: 'バリスタ', synonyms: [] });
  });

  it.each([
    [{ ...cafe, includes: ['nurse'] }, /:2: field "includes\[0\]": unknown job type id "nurse"/u],
    [{ ...cafe, includes: ['cafe'] }, /:2: field "includes\[0\]": a job type cannot include itself/u],
    [{ ...cafe, includes: 'barista' }, /:2: field "includes"/u],
  ])('names the file, line and field of a bad include: %j', (record, message) => {
    expect(() => validateJobTypes([record, barista], [2, 3], 'job-types.json')).toThrow(message);
  });
});
