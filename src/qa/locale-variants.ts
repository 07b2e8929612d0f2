import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths';
import { LOCALES } from '../dialogue/types';
import { readLocaleResources } from '../i18n';
import { lookup, variantsOf } from '../i18n/locale-resources';
import type { VariantLookup } from './check-expectation';

/**
 * `says: <key>` in a script: the variants of that message key in every locale, read from the same locales/ the
 * service renders from, so a script survives a reworded or added variant.
 */
export function localeVariants(localesDir = join(PACKAGE_ROOT, 'locales')): VariantLookup {
  const resources = readLocaleResources(localesDir);
  return (key, form) => {
    const found = LOCALES.flatMap(
      (locale) => variantsOf(lookup(resources[locale].messages, `${key}.${form}`)) ?? [],
    );
    return found.length > 0 ? found : undefined;
  };
}
