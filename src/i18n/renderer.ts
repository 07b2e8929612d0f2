import i18next, { type i18n } from 'i18next';
import type { Wage } from '../catalog/types';
import { LOCALES, type Locale, type Message } from '../dialogue/types';
import type { LabelKey, MessageForm, MessageKey } from './keys';
import { LocaleError } from './locale-error';
import {
  localeProblems,
  lookup,
  readLocaleResources,
  variantsOf,
  type LocaleResources,
} from './locale-resources';
import { speakable, type SpeechWords } from './speakable';
import { readSpeechForms, type SpeechForm } from './speech-forms';
import type { MessageParams, RenderOptions, Renderer, Spoken } from './types';

/** Words that keep their capital mid-sentence. */
const PROPER_FIRST_WORD = /^(English|Japanese|Chinese|Korean|Vietnamese)\b/u;

const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) && !PROPER_FIRST_WORD.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** Digits grouped by three for display (1200 -> 1,200); speech keeps plain digits. */
function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

function modulo(n: number, m: number): number {
  const i = Number.isFinite(n) ? Math.trunc(n) % m : 0;
  return i < 0 ? i + m : i;
}

class I18nextRenderer implements Renderer {
  readonly locales = LOCALES;
  private readonly i18n: i18n;
  private readonly words: Record<Locale, SpeechWords>;

  constructor(
    private readonly resources: LocaleResources,
    forms: Record<Locale, readonly SpeechForm[]> = { ja: [], en: [] },
  ) {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      initAsync: false,
      resources,
      lng: 'ja',
      fallbackLng: false,
      supportedLngs: [...LOCALES],
      ns: ['messages', 'labels'],
      defaultNS: 'messages',
      // Values are data or already-formatted text; each channel escapes for its own markup (SSML, HTML).
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    // English names are capitalised ("Cafe staff") but read mid-sentence in lower case; "IT support" and
    // names of languages ("English conversation teacher") stay.
    this.i18n.services.formatter?.add('lowerFirst', (value: unknown) => lowerFirst(String(value)));
    // A value the written form shows and the spoken one leaves out: a Japanese job title after its English work
    // name, which an English voice cannot read.
    this.i18n.services.formatter?.add('unspoken', () => '');
    const word = (locale: Locale, key: MessageKey) => this.raw(locale, key, 'speech')[0] ?? '';
    this.words = Object.fromEntries(
      LOCALES.map((l) => [
        l,
        {
          range: word(l, 'format.range'),
          pause: word(l, 'format.pause'),
          percent: word(l, 'format.percent'),
          forms: forms[l],
        },
      ]),
    ) as Record<Locale, SpeechWords>;
  }

  message(locale: Locale, key: MessageKey, params: MessageParams = {}, options: RenderOptions = {}): Message {
    const texts = this.raw(locale, key, 'text');
    const extra = options.extra ?? [];
    const i = modulo(options.pick ?? 0, texts.length + extra.length);
    if (i >= texts.length) {
      const own = extra[i - texts.length]!;
      return { text: own, speech: this.speakable(locale, own) };
    }
    const textValues: Record<string, string> = {};
    const speechValues: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'object') {
        textValues[name] = value.text;
        speechValues[name] = value.speech;
      } else {
        textValues[name] = String(value);
        speechValues[name] = typeof value === 'number' ? String(value) : this.speakable(locale, value);
      }
    }
    const speechCount = this.raw(locale, key, 'speech').length;
    const text = this.translate(locale, key, 'text', i, textValues);
    const speech = this.translate(locale, key, 'speech', i % speechCount, speechValues);
    // Separators are spoken as they are; every other message is checked once more for stray symbols.
    return { text, speech: key.startsWith('format.') ? speech : this.speakable(locale, speech) };
  }

  label(locale: Locale, key: LabelKey): string {
    return this.i18n.t(key, { lng: locale, ns: 'labels' });
  }

  wage(locale: Locale, wage: Wage): Spoken {
    const single = wage.min === wage.max;
    const key = `wage.${wage.unit}.${single ? 'single' : 'range'}` as const;
    return this.message(locale, key, { min: this.amount(wage.min), max: this.amount(wage.max) });
  }

  amount(n: number): Spoken {
    return { text: groupDigits(n), speech: String(Math.round(n)) };
  }

  list(locale: Locale, items: readonly (string | Spoken)[]): Spoken {
    // "Weekends only, side jobs OK and English used at work": English names after the first read mid-sentence.
    const spoken = items
      .map((item) => (typeof item === 'string' ? { text: item, speech: this.speakable(locale, item) } : item))
      .map((item, i) =>
        locale === 'en' && i > 0 ? { text: lowerFirst(item.text), speech: lowerFirst(item.speech) } : item,
      );
    const separator = this.message(locale, 'format.listSeparator');
    // A name that holds the joining word itself ("Weekends and holidays only") takes the serial form, or
    // "evenings and weekends and holidays only" reads as one phrase (p24-31).
    const conjunction = this.message(locale, 'format.listLastSeparator').text.trim();
    const ambiguous =
      conjunction !== '' && spoken.some((item) => ` ${item.text} `.includes(` ${conjunction} `));
    const last = this.message(
      locale,
      ambiguous ? 'format.listLastSeparatorSerial' : 'format.listLastSeparator',
    );
    const joinForm = (form: MessageForm) =>
      spoken
        .map((item, i) => {
          if (i === 0) return item[form];
          return (i === spoken.length - 1 ? last[form] : separator[form]) + item[form];
        })
        .join('');
    return { text: joinForm('text'), speech: joinForm('speech') };
  }

  // An English name with 'and' in it ("Weekends and holidays only") stays one tag: the join is “ or ”, inside
  // the quotes the locale puts around the whole (“Evenings” or “Weekends and holidays only”).
  tags(locale: Locale, names: readonly string[]): Spoken {
    const join = this.message(locale, 'format.tagJoin');
    return { text: names.join(join.text), speech: names.join(join.speech) };
  }

  join(locale: Locale, messages: readonly Message[]): Message {
    const glue = this.message(locale, 'format.sentenceJoin');
    return {
      text: messages.map((m) => m.text).join(glue.text),
      speech: messages.map((m) => m.speech).join(glue.speech),
    };
  }

  speakable(locale: Locale, text: string): string {
    return speakable(text, this.words[locale]);
  }

  private raw(locale: Locale, key: MessageKey, form: MessageForm): readonly string[] {
    return variantsOf(lookup(this.resources[locale].messages, `${key}.${form}`)) ?? [key];
  }

  private translate(
    locale: Locale,
    key: MessageKey,
    form: MessageForm,
    index: number,
    values: Record<string, string>,
  ): string {
    const isArray = Array.isArray(lookup(this.resources[locale].messages, `${key}.${form}`));
    const path = isArray ? `${key}.${form}.${index}` : `${key}.${form}`;
    return this.i18n.t(path, { lng: locale, ns: 'messages', replace: values });
  }
}

/** A renderer over locales/<lang>/{messages,labels}.json; throws LocaleError when a file or key is missing. */
export function createRenderer(localesDir: string): Renderer {
  const resources = readLocaleResources(localesDir);
  const problems = localeProblems(resources);
  if (problems.length > 0) {
    throw new LocaleError(`locales in ${localesDir} are incomplete: ${problems.slice(0, 5).join('; ')}`, {
      context: { localesDir, problems },
    });
  }
  return new I18nextRenderer(resources, readSpeechForms(localesDir));
}
