import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths';
import type { PageErrorWords } from './channels/web-driver';

interface PageLabels {
  readonly page?: { readonly retry?: string; readonly errors?: Readonly<Record<string, string>> };
}

/** The chat page's error words, read from the same labels.json the page is built from. */
export function pageErrorWords(localesDir = join(PACKAGE_ROOT, 'locales')): PageErrorWords {
  const labels = new Map<string, PageLabels>();
  const of = (locale: 'ja' | 'en'): PageLabels => {
    let found = labels.get(locale);
    if (found === undefined) {
      found = JSON.parse(readFileSync(join(localesDir, locale, 'labels.json'), 'utf8')) as PageLabels;
      labels.set(locale, found);
    }
    return found;
  };
  return (code, locale) => {
    const page = of(locale).page;
    const text = page?.errors?.[code];
    return text === undefined || page?.retry === undefined ? null : { text, retry: page.retry };
  };
}
