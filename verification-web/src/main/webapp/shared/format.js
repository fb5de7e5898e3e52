// Dates and times in the chosen language, in the browser's time zone.
import { currentLanguage } from './i18n.js';

const LOCALES = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK', en: 'en-GB' };

function locale() {
  return LOCALES[currentLanguage()] || 'zh-CN';
}

export function dateTime(iso) {
  if (!iso) return '—';
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', hour12: false }).format(value);
}

export function time(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

export function number(value, digits) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits === undefined ? 1 : digits }).format(value);
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A date as people type it from a document (2030-01-31, 2030/1/31, 2030.01.31, 20300131) as YYYY-MM-DD; the text
 * unchanged when it is none of these (the server then names the problem).
 */
export function normalizeDate(text) {
  const value = String(text || '').trim();
  let match = value.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!match) match = value.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!match) return value;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}
