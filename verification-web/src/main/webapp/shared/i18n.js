// Texts in three languages: zh-Hans (the default, also written into the HTML for the first paint), zh-Hant and en.
// The choice lives in a cookie, not in localStorage: it is not personal data, it must survive signing out and a new
// tab (a counter clerk should not pick the language every shift), and /console/ and /app/ share it. Nothing here uses
// innerHTML or eval, so it runs under Content-Security-Policy default-src 'self'.

export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'];
const DEFAULT = 'zh-Hans';
const COOKIE = 'lang';
const ONE_YEAR = 60 * 60 * 24 * 365;

let language = DEFAULT;
let texts = {};
let bundles = [new URL('./i18n/', import.meta.url)];
const listeners = new Set();

/** The language chosen earlier (cookie), or zh-Hans. */
export function savedLanguage() {
  const match = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(COOKIE + '='));
  const value = match ? decodeURIComponent(match.slice(COOKIE.length + 1)) : '';
  return LANGUAGES.includes(value) ? value : DEFAULT;
}

export function currentLanguage() {
  return language;
}

/** The Accept-Language the API should answer problems in. */
export function acceptLanguage() {
  return { 'zh-Hans': 'zh-CN,zh;q=0.9', 'zh-Hant': 'zh-Hant,zh-HK;q=0.9,zh-TW;q=0.8', en: 'en' }[language];
}

/** Adds a folder of <lang>.json dictionaries (a screen's own texts) to the shared one. */
export function addBundle(folderUrl) {
  bundles.push(new URL(folderUrl));
}

async function load(lang) {
  const merged = {};
  for (const folder of bundles) {
    const response = await fetch(new URL(`${lang}.json`, folder), { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`missing dictionary ${lang} in ${folder}`);
    Object.assign(merged, await response.json());
  }
  return merged;
}

/** Loads the language, relabels the page and tells the screens; remembered in a cookie for a year. */
export async function setLanguage(lang) {
  const chosen = LANGUAGES.includes(lang) ? lang : DEFAULT;
  texts = await load(chosen);
  language = chosen;
  document.cookie = `${COOKIE}=${encodeURIComponent(chosen)}; Max-Age=${ONE_YEAR}; Path=/; SameSite=Strict`;
  document.documentElement.lang = chosen;
  apply(document);
  for (const listener of listeners) listener(chosen);
  document.documentElement.dataset.langReady = chosen;
}

/** Called after each language change (screens refetch texts that come from the server). */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text for a key, with {name} placeholders filled in; the key itself when it has no text (visible in review). */
export function t(key, args) {
  let text = texts[key];
  if (text === undefined) return key;
  if (args) {
    text = text.replace(/\{(\w+)\}/g, (whole, name) => (args[name] === undefined ? whole : String(args[name])));
  }
  return text;
}

/** Whether a key has a text (to fall back on the server's wording for codes we do not know). */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(texts, key);
}

/**
 * Sets the texts of everything under root that carries data-i18n (text), data-i18n-args (JSON placeholders) or
 * data-i18n-attr ("aria-label:key; placeholder:key").
 */
export function apply(root) {
  const scope = root || document;
  const all = scope.querySelectorAll ? [...scope.querySelectorAll('[data-i18n], [data-i18n-attr]')] : [];
  if (scope.dataset && (scope.dataset.i18n || scope.dataset.i18nAttr)) all.push(scope);
  for (const element of all) {
    const args = element.dataset.i18nArgs ? JSON.parse(element.dataset.i18nArgs) : undefined;
    if (element.dataset.i18n) element.textContent = t(element.dataset.i18n, args);
    if (element.dataset.i18nAttr) {
      for (const pair of element.dataset.i18nAttr.split(';')) {
        const [attribute, key] = pair.split(':').map((part) => part.trim());
        if (attribute && key) element.setAttribute(attribute, t(key, args));
      }
    }
  }
  const title = document.querySelector('title[data-i18n]');
  if (title && scope === document) document.title = title.textContent;
}
