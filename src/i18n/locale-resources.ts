import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../dialogue/types';
import { LocaleError } from './locale-error';
import { LABEL_KEYS, MESSAGE_FORMS, MESSAGE_KEYS, NAMESPACES } from './keys';

type Namespace = (typeof NAMESPACES)[number];
export type LocaleResources = Record<Locale, Record<Namespace, Record<string, unknown>>>;

/** Reads every locale's namespaces synchronously: a renderer is ready the moment it is built. */
export function readLocaleResources(localesDir: string): LocaleResources {
  const resources = {} as LocaleResources;
  for (const locale of LOCALES) {
    const namespaces = {} as Record<Namespace, Record<string, unknown>>;
    for (const ns of NAMESPACES) {
      const file = path.join(localesDir, locale, `${ns}.json`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (cause) {
        throw new LocaleError(`cannot read locale file ${file}`, { cause, context: { file } });
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new LocaleError(`locale file ${file} is not a JSON object`, { context: { file } });
      }
      namespaces[ns] = parsed as Record<string, unknown>;
    }
    resources[locale] = namespaces;
  }
  return resources;
}

/** The value at a dotted path, or undefined. */
export function lookup(tree: unknown, dotted: string): unknown {
  let node = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Variants of one form: a string is one variant, an array of strings several. */
export function variantsOf(value: unknown): readonly string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

/**
 * What is wrong with a set of locale resources, as readable lines: a key the code uses that is missing, a form
 * without variants, text and speech with different variant counts, a label that is not a string.
 */
export function localeProblems(resources: LocaleResources): string[] {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const { messages, labels } = resources[locale];
    for (const key of MESSAGE_KEYS) {
      const counts = MESSAGE_FORMS.map((form) => variantsOf(lookup(messages, `${key}.${form}`))?.length);
      MESSAGE_FORMS.forEach((form, i) => {
        if (counts[i] === undefined) problems.push(`${locale}/messages: ${key}.${form} is missing`);
      });
      if (counts[0] !== undefined && counts[1] !== undefined && counts[0] !== counts[1]) {
        problems.push(`${locale}/messages: ${key} has ${counts[0]} text and ${counts[1]} speech variants`);
      }
    }
    for (const key of LABEL_KEYS) {
      if (typeof lookup(labels, key) !== 'string') problems.push(`${locale}/labels: ${key} is missing`);
    }
  }
  return problems;
}
