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

  it('keeps welcomeOnly when true and refuses anything but a boolean', () => {
    const students = { id: 'students', name: '学生歓迎', welcomeOnly: true };
    expect(validateConditions([students], [1], 'c.json')[0]?.welcomeOnly).toBe(true);
    expect(() => validateConditions([{ ...students, welcomeOnly: 1 }], [2], 'c.json')).toThrow(
      /c\.json:2.*welcomeOnly/u,
    );
  });

  it('keeps describesWorker when true and refuses anything but a boolean', () => {
    const students = { id: 'students', name: '学生歓迎', describesWorker: true };
    expect(validateConditions([students], [1], 'c.json')[0]?.describesWorker).toBe(true);
    expect(
      validateConditions([{ ...students, describesWorker: false }], [1], 'c.json')[0],
    ).not.toHaveProperty('describesWorker');
    expect(() => validateConditions([{ ...students, describesWorker: 'yes' }], [4], 'c.json')).toThrow(
      /c\.json:4.*describesWorker/u,
    );
  });
});
