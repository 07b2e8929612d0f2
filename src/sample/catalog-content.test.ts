import type { Condition, JobType } from '../catalog/types';
import { readCatalogFile } from './test-fixtures';

const jobTypes = readCatalogFile<JobType>('job-types.json');
const conditions = readCatalogFile<Condition>('conditions.json');

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HIRAGANA = /^[\u3041-\u309f\u30fc ]+$/u;

/** How a user's word is compared: full-width/half-width and case folded, spaces dropped. */
function normalise(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

describe('catalogue content', () => {
  it('has enough job types, categories and conditions', () => {
    expect(jobTypes.length).toBeGreaterThanOrEqual(120);
    expect(new Set(jobTypes.map((t) => t.category)).size).toBeGreaterThanOrEqual(14);
    expect(conditions.length).toBeGreaterThanOrEqual(55);
  });

  it('uses the fourteen large categories of the reference', () => {
    expect([...new Set(jobTypes.map((t) => t.category))].sort()).toEqual(
      [
        '販売',
        'フード・飲食',
        'サービス',
        'イベント・キャンペーン',
        '軽作業・物流',
        '工場・製造',
        '建築・土木',
        '営業',
        'オフィス',
        'IT・クリエイティブ',
        '教育',
        '医療・介護・福祉',
        '美容',
        'その他',
      ].sort(),
    );
  });

  it('has unique kebab-case ids across both files', () => {
    const ids = [...jobTypes, ...conditions].map((e) => e.id);
    for (const id of ids) expect(id).toMatch(ID);
    expect(new Set(jobTypes.map((t) => t.id)).size).toBe(jobTypes.length);
    expect(new Set(conditions.map((c) => c.id)).size).toBe(conditions.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every job type a hiragana reading, 2-30 synonyms and an English name', () => {
    for (const t of jobTypes) {
      expect({ id: t.id, reading: t.reading }).toEqual({
        id: t.id,
        reading: expect.stringMatching(HIRAGANA),
      });
      expect(t.name.trim()).not.toBe('');
      expect(t.synonyms.length).toBeGreaterThanOrEqual(2);
      // Brand, chain, colloquial and English names people use (スタバ, 牛丼屋, cashier) are synonyms too.
      expect(t.synonyms.length).toBeLessThanOrEqual(30);
      expect(t.nameEn).toMatch(/\S/);
      expect(t.category).toMatch(/\S/);
    }
  });

  it('gives every condition a hiragana reading, a synonym and a yes/no question', () => {
    for (const c of conditions) {
      expect({ id: c.id, reading: c.reading }).toEqual({
        id: c.id,
        reading: expect.stringMatching(HIRAGANA),
      });
      expect(c.synonyms.length).toBeGreaterThanOrEqual(1);
      // Pay is said in many ways (時給いい, 日給高め, がっつり稼, pays well): a little more room than a job type.
      expect(c.synonyms.length).toBeLessThanOrEqual(40);
      expect({ id: c.id, question: c.question }).toEqual({
        id: c.id,
        question: expect.stringMatching(/^\S.*？$/u),
      });
    }
  });

  it('never repeats a name among its own synonyms', () => {
    for (const e of [...jobTypes, ...conditions]) {
      const words = [e.name, ...e.synonyms].map(normalise);
      expect({ id: e.id, words: new Set(words).size }).toEqual({ id: e.id, words: words.length });
    }
  });

  it('shares no name or synonym between two entries, across types and conditions', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of [...jobTypes, ...conditions]) {
      for (const word of new Set([e.name, ...e.synonyms].map(normalise))) {
        const other = owner.get(word);
        if (other !== undefined && other !== e.id) clashes.push(`${word}: ${other} / ${e.id}`);
        else owner.set(word, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});
