import { jobList } from './names';
import { smallContext } from './testing/dialogue-fixture';

describe('the job list', () => {
  const ctx = smallContext({});
  const listing = ctx.catalog.listings[0]!;

  it('says the conditions a job lacks in one bracket, not one each', () => {
    const unmet = [
      { kind: 'area' as const },
      { kind: 'missing' as const, id: 'daily-pay' },
      { kind: 'missing' as const, id: 'weekends' },
    ];
    const ja = jobList(ctx, 'ja', [listing], 0, [unmet]);
    expect(ja.text).toContain('（ご希望の場所の外です）（日払いOK・土日のみOKのお仕事ではありません）');
    // Spoken after the place, the second note does not open with 「こちらは」 again (p25-40, p26-43).
    expect(ja.speech).toContain('ご希望の場所の外です。また、日払いOK、土日のみOKのお仕事ではありません。');
    expect(ja.speech.match(/こちらは/gu) ?? []).toHaveLength(0);
    const en = jobList(ctx, 'en', [listing], 0, [unmet]);
    expect(en.text).toMatch(/\(not marked “[^”]+” or “[^”]+”\)/u);
    // Spoken English sentences are spaced (「…an hour.This one is…」 ran together).
    expect(en.speech).not.toMatch(/[.][A-Z]/u);
  });

  it('opens a third spoken note with 「それに」, not a second 「また」 (p29-32)', () => {
    const unmet = [
      { kind: 'area' as const },
      { kind: 'jobType' as const },
      { kind: 'missing' as const, id: 'daily-pay' },
    ];
    const ja = jobList(ctx, 'ja', [listing], 0, [unmet]);
    expect(ja.speech.match(/また、/gu) ?? []).toHaveLength(1);
    expect(ja.speech).toMatch(/また、[^。]+。それに、日払いOKのお仕事ではありません。/u);
  });

  it('keeps a single lacking condition as it was', () => {
    const ja = jobList(ctx, 'ja', [listing], 0, [[{ kind: 'missing', id: 'daily-pay' }]]);
    expect(ja.text).toContain('（日払いOKのお仕事ではありません）');
  });
});
