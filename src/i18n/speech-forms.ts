import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../dialogue/types';
import { LocaleError } from './locale-error';

/** A written form and how it is said (「主婦(夫)」 → 「主婦や主夫」, 「週2・3日」 → 「週2日か3日」). */
export interface SpeechForm {
  readonly pattern: RegExp;
  readonly spoken: string;
}

/**
 * Each locale's speech-form table (locales/<lang>/speech-forms.json): what a speech synthesiser would misread
 * once symbols are pauses (「主婦、夫、歓迎」 with 夫 read おっと; 「週2、3日」 with 3日 read みっか), said instead
 * as a person says it. A missing or malformed table is a LocaleError, at start-up like the messages.
 */
export function readSpeechForms(localesDir: string): Record<Locale, readonly SpeechForm[]> {
  const tables = {} as Record<Locale, readonly SpeechForm[]>;
  for (const locale of LOCALES) {
    const file = path.join(localesDir, locale, 'speech-forms.json');
    let forms: unknown;
    try {
      forms = (JSON.parse(fs.readFileSync(file, 'utf8')) as { forms?: unknown }).forms;
    } catch (cause) {
      throw new LocaleError(`cannot read speech forms ${file}`, { cause, context: { file } });
    }
    if (!Array.isArray(forms)) {
      throw new LocaleError(`speech forms ${file} have no "forms" list`, { context: { file } });
    }
    tables[locale] = forms.map((form: unknown, i) => {
      const { pattern, spoken } = (form ?? {}) as { pattern?: unknown; spoken?: unknown };
      if (typeof pattern !== 'string' || typeof spoken !== 'string') {
        throw new LocaleError(`speech form ${i + 1} of ${file} needs a pattern and a spoken form`, {
          context: { file, index: i },
        });
      }
      try {
        return { pattern: new RegExp(pattern, 'gu'), spoken };
      } catch (cause) {
        throw new LocaleError(`speech form ${i + 1} of ${file} is not a regular expression`, {
          cause,
          context: { file, index: i },
        });
      }
    });
  }
  return tables;
}
