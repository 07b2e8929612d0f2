import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../dialogue/types';
import { LABEL_KEYS, type LabelKey, type Renderer } from '../i18n';

const PAGE_KEYS = LABEL_KEYS.filter((key) => key.startsWith('page.'));

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** The page's words for one locale, nested as the page script reads them (`page.errors.network` -> errors.network). */
function pageWords(renderer: Renderer, locale: Locale): Record<string, unknown> {
  const words: Record<string, unknown> = {};
  for (const key of PAGE_KEYS) {
    const path = key.split('.').slice(1);
    let node = words;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = renderer.label(locale, key);
  }
  return words;
}

/**
 * The chat page with its own words filled in from locales (labels.json, `page.*`): the markup in Japanese, and
 * every locale's words as JSON for the script, which switches with ?lang=en. Built once, at start.
 */
export function renderChatPage(
  publicDir: string,
  renderer: Renderer,
  options: { readonly qaExport?: boolean } = {},
): string {
  const template = withQaExport(
    readFileSync(join(publicDir, 'index.html'), 'utf8'),
    options.qaExport === true,
  );
  const words = Object.fromEntries(LOCALES.map((locale) => [locale, pageWords(renderer, locale)]));
  // JSON inside <script>: escaping < keeps a word like "</script>" from closing the element.
  const json = JSON.stringify(words).replace(/</g, '\\u003c');
  return template
    .replace('{{uiText}}', json)
    .replace(/\{\{(page\.[\w.]+)\}\}/g, (_, key: string) =>
      escapeHtml(renderer.label('ja', key as LabelKey)),
    );
}

/** The page script of QA_EXPORT_SCRIPT, after app.js (development mode only: see createApp). */
export const QA_EXPORT_SCRIPT = '/qa-export.js';

function withQaExport(template: string, on: boolean): string {
  if (!on) return template;
  const appScript = '<script src="/app.js" defer></script>';
  return template.replace(appScript, `${appScript}\n    <script src="${QA_EXPORT_SCRIPT}" defer></script>`);
}
