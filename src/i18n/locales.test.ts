import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCALES } from '../dialogue/types';
import { LABEL_KEYS, MESSAGE_FORMS, MESSAGE_KEYS, NAMESPACES, QUESTION_KEYS } from './keys';
import { LocaleError } from './locale-error';
import {
  localeProblems,
  lookup,
  readLocaleResources,
  variantsOf,
  type LocaleResources,
} from './locale-resources';
import { createRenderer } from './renderer';

const LOCALES_DIR = path.join(__dirname, '../../locales');

/** Every leaf path of a namespace; a message's variant array counts as one leaf. */
function leafPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafPaths(value, prefix ? `${prefix}.${key}` : key));
}

const resources = readLocaleResources(LOCALES_DIR);

describe('locale files', () => {
  it('have every key the code uses, in text and speech, in every locale', () => {
    expect(localeProblems(resources)).toEqual([]);
  });

  it('hold the same keys in ja and en, and no key the code does not know', () => {
    const known = new Set([
      ...MESSAGE_KEYS.flatMap((k) => MESSAGE_FORMS.map((f) => `messages:${k}.${f}`)),
      ...LABEL_KEYS.map((k) => `labels:${k}`),
    ]);
    const keysOf = (locale: (typeof LOCALES)[number]) =>
      NAMESPACES.flatMap((ns) => leafPaths(resources[locale][ns]).map((p) => `${ns}:${p}`)).sort();
    expect(keysOf('en')).toEqual(keysOf('ja'));
    expect(keysOf('ja').filter((k) => !known.has(k))).toEqual([]);
    const dirs = fs.readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(dirs.map((d) => d.name).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      expect(fs.readdirSync(path.join(LOCALES_DIR, locale)).sort()).toEqual(
        [...NAMESPACES.map((ns) => `${ns}.json`), 'speech-forms.json'].sort(),
      );
    }
  });

  it('give every question at least three variants', () => {
    for (const locale of LOCALES) {
      for (const key of QUESTION_KEYS) {
        for (const form of MESSAGE_FORMS) {
          expect([
            locale,
            key,
            form,
            variantsOf(lookup(resources[locale].messages, `${key}.${form}`))!.length >= 3,
          ]).toEqual([locale, key, form, true]);
        }
      }
    }
  });

  it('interpolate the same values in text and speech, in every variant', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)/gu)].map((m) => m[1]).sort();
    for (const locale of LOCALES) {
      for (const key of MESSAGE_KEYS) {
        const text = variantsOf(lookup(resources[locale].messages, `${key}.text`))!;
        const speech = variantsOf(lookup(resources[locale].messages, `${key}.speech`))!;
        text.forEach((t, i) =>
          expect([locale, key, placeholders(t)]).toEqual([locale, key, placeholders(speech[i]!)]),
        );
      }
    }
  });

  it('write speech without URLs, emoji, markdown or symbols', () => {
    const bad =
      /https?:|\p{Extended_Pictographic}|[*_`#>[\]\n:：〜～~／/★☆¥￥$%％※()（）「」『』【】<>＜＞&＆|｜・]/u;
    for (const locale of LOCALES) {
      for (const key of MESSAGE_KEYS) {
        if (key.startsWith('format.')) continue;
        for (const speech of variantsOf(lookup(resources[locale].messages, `${key}.speech`))!) {
          expect([locale, key, bad.test(speech.replace(/\{\{[^}]+\}\}/gu, ''))]).toEqual([
            locale,
            key,
            false,
          ]);
        }
      }
    }
  });
});

describe('a locale that lacks a key', () => {
  function without(locale: 'ja' | 'en', key: string): LocaleResources {
    const copy = JSON.parse(JSON.stringify(resources)) as LocaleResources;
    const parts = key.split('.');
    const parentPath = parts.slice(0, -1).join('.');
    const parent = (parentPath ? lookup(copy[locale].messages, parentPath) : copy[locale].messages) as Record<
      string,
      unknown
    >;
    delete parent[parts.at(-1)!];
    return copy;
  }

  it('is reported, naming the locale and the key', () => {
    expect(localeProblems(without('en', 'ask.jobType.speech'))).toEqual([
      'en/messages: ask.jobType.speech is missing',
    ]);
    expect(localeProblems(without('ja', 'greet'))).toEqual([
      'ja/messages: greet.text is missing',
      'ja/messages: greet.speech is missing',
    ]);
  });

  it('stops the renderer from being built', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soudan-locales-'));
    try {
      const broken = without('en', 'help.area.text');
      for (const locale of LOCALES) {
        fs.mkdirSync(path.join(dir, locale));
        for (const ns of NAMESPACES) {
          fs.writeFileSync(path.join(dir, locale, `${ns}.json`), JSON.stringify(broken[locale][ns]));
        }
      }
      expect(() => createRenderer(dir)).toThrow(LocaleError);
      expect(() => createRenderer(dir)).toThrow(/en\/messages: help.area.text is missing/u);
      fs.rmSync(path.join(dir, 'ja', 'labels.json'));
      expect(() => createRenderer(dir)).toThrow(/cannot read locale file/u);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
