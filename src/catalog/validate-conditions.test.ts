import { ImportError } from './import-error';
import { validateConditions } from './validate-conditions';

describe('validateConditions', () => {
  const weekends = { id: 'weekends-only', name: '土日のみ', refusedMeans: 'weekdays-only' };
  const weekdays = { id: 'weekdays-only', name: '平日のみ', opposites: ['土日出勤'] };

  it('keeps opposites and a refusal meaning another condition', () => {
    const [a, b] = validateConditions([weekends, weekdays], [2, 3], 'conditions.json');
    expect(a?.refusedMeans).toBe('weekdays-only');
    expect(b?.opposites).toEqual(['土日出勤']);
  });

  it('names the line of a refusal that means an unknown condition', () => {
    expect(() => validateConditions([weekends], [7], 'conditions.json')).toThrow(ImportError);
    expect(() => validateConditions([weekends], [7], 'conditions.json')).toThrow(
      /conditions\.json:7.*refusedMeans/u,
    );
  });

  it('refuses opposites that are not a list of strings', () => {
    expect(() => validateConditions([{ ...weekdays, opposites: '土日' }], [1], 'c.json')).toThrow(
      ImportError,
    );
  });
});
