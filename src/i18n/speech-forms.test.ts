import fs from 'node:fs';
import path from 'node:path';
import { sharedRenderer } from '../dialogue/testing/dialogue-fixture';
import { LOCALES, type Locale } from '../dialogue/types';
import { misreadings } from './misreadings';
import { speakable } from './speakable';

const DATA = path.join(__dirname, '../../data/catalog');
const LOCALES_DIR = path.join(__dirname, '../../locales');
const renderer = sharedRenderer();

interface Named {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly question?: string;
}
const read = (file: string): Named[] => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as Named[];

/** Every speech form in a locale's messages.json, variants each, placeholders filled with a plain word. */
function templates(locale: Locale): [string, string][] {
  const messages = JSON.parse(
    fs.readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'),
  ) as object;
  const found: [string, string][] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node !== 'object' || node === null) return;
    const { speech } = node as { speech?: unknown };
    if (typeof speech === 'string' || Array.isArray(speech)) {
      for (const variant of ([] as unknown[]).concat(speech)) found.push([key, String(variant)]);
      return;
    }
    for (const [k, child] of Object.entries(node)) walk(child, key === '' ? k : `${key}.${k}`);
  };
  walk(messages, '');
  return found;
}

describe('misreadings', () => {
  it('flags what a speech synthesiser would misread', () => {
    expect(misreadings('主婦、夫、歓迎')).toEqual(['the kanji 夫 alone between pauses']);
    expect(misreadings('週2、3日からOK')).toEqual(['a range written with 、 (2、3)']);
    expect(misreadings('主婦(夫)歓迎')).toEqual(['the symbol (']);
    expect(misreadings('WワークOK')).toEqual(['the letter W before Japanese']);
    expect(misreadings('週2日か3日からOK、主婦や主夫歓迎、ダブルワークOK')).toEqual([]);
  });

  it('is what the speech-form table prevents: without it the catalogue labels are misread', () => {
    const plain = { range: 'から', pause: '、', percent: 'パーセント' };
    expect(misreadings(speakable('主婦(夫)歓迎', plain))).not.toEqual([]);
    expect(misreadings(speakable('週2・3日からOK', plain))).not.toEqual([]);
    expect(renderer.speakable('ja', '主婦(夫)歓迎')).toBe('主婦や主夫歓迎');
    expect(renderer.speakable('ja', '週2・3日からOK')).toBe('週2日か3日からOK');
    expect(renderer.speakable('ja', '【週2・3日〜OK】駅チカの受付')).toBe('週2日か3日からOK、駅チカの受付');
    expect(renderer.speakable('en', 'From 2–3 days a week')).toBe('From 2 to 3 days a week');
  });
});

describe('readings of everything a speaker says', () => {
  it.each(LOCALES)(
    'every catalogue job type and condition name, and every condition question (%s)',
    (locale) => {
      const problems: string[] = [];
      for (const item of [...read('job-types.json'), ...read('conditions.json')]) {
        const said = [locale === 'en' ? (item.nameEn ?? item.name) : item.name];
        if (locale === 'ja' && item.question !== undefined) said.push(item.question);
        for (const text of said) {
          const speech = renderer.speakable(locale, text);
          for (const problem of misreadings(speech))
            problems.push(`${item.id}: 「${text}」 said 「${speech}」: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(LOCALES)('every speech template of the locale (%s)', (locale) => {
    const all = templates(locale);
    expect(all.length).toBeGreaterThan(150);
    const problems = all.flatMap(([key, speech]) => {
      // A separator or a symbol's word is said between values: only what it says itself is checked.
      if (key.startsWith('format.')) return [];
      const filled = renderer.speakable(
        locale,
        speech.replace(/\{\{[^}]*\}\}/gu, locale === 'ja' ? 'カフェ' : 'cafe'),
      );
      return misreadings(filled).map((problem) => `${key}: 「${speech}」: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
