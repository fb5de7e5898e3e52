// Pieces several console screens share: status and role names, badges, reason texts.
import { h, tx } from '../../shared/dom.js';
import { t, has } from '../../shared/i18n.js';

/** A coded value in words: the console's text for it, else the server's message, else the code. */
export function words(prefix, code, serverMessage) {
  if (code === null || code === undefined) return '—';
  const key = `${prefix}.${code}`;
  if (has(key)) return t(key);
  return serverMessage || String(code);
}

/** A translated label for a code that follows language switches when the console knows the code. */
export function coded(prefix, code, serverMessage) {
  const key = `${prefix}.${code}`;
  return has(key) ? tx(key) : h('span', { text: serverMessage || code || '—' });
}

const STATUS_TONES = {
  APPROVED: 'ok', VERIFIED: 'ok', ACTIVE: 'ok', UNLOCKED: 'ok', DISABLED: 'bad', LOCKED: 'bad', COMPLETED: 'ok', DELIVERED: 'ok', SUCCEEDED: 'ok',
  REJECTED: 'bad', FAILED: 'bad', ABANDONED: 'bad', BLOCKED: 'bad', LOST: 'bad',
  REFERRED: 'warn', REUPLOAD_REQUESTED: 'warn', STOPPED: 'warn', STOPPING: 'warn', PENDING: 'warn', REVERIFICATION_REQUIRED: 'warn',
  RUNNING: 'info', STARTED: 'info', STARTING: 'info', IN_REVIEW: 'info', SUBMITTED: 'info',
};

export function statusBadge(prefix, code) {
  return h('span', { class: ['badge', STATUS_TONES[code] || 'muted'] }, coded(prefix, code));
}

export function section(titleKey, ...children) {
  const id = `s-${titleKey.replace(/\W+/g, '-')}`;
  return h('section', { class: 'panel', attrs: { 'aria-labelledby': id } }, h('h2', { id, i18n: titleKey }), ...children);
}

/** dl of [labelKey, value] pairs; in the 'strip' layout a third element 'wide' lets a long value take two columns. */
export function facts(pairs, layout) {
  const value = (v) => (v === null || v === undefined || v === '' ? '—' : v);
  const entries = pairs.filter(Boolean);
  if (layout === 'strip') {
    // label above value, many per row; a div may group a dt with its dd
    return h('dl', { class: 'facts strip' }, entries.map(([key, v, width]) => h('div', { class: ['fact', width] }, h('dt', { i18n: key }), h('dd', {}, value(v)))));
  }
  return h('dl', { class: 'facts' }, entries.flatMap(([key, v]) => [h('dt', { i18n: key }), h('dd', {}, value(v))]));
}

/** The first value present among the named fields: the API's field names for newer endpoints are read loosely. */
export function pick(object, ...names) {
  if (!object) return undefined;
  for (const name of names) {
    if (object[name] !== undefined && object[name] !== null) return object[name];
  }
  return undefined;
}

/** A list answer that may come bare or wrapped ({items: […]}, {holders: […]} …). */
export function listOf(answer, ...names) {
  if (Array.isArray(answer)) return answer;
  for (const name of [...names, 'items', 'content', 'results']) {
    if (answer && Array.isArray(answer[name])) return answer[name];
  }
  return [];
}

export function pageTitle(key) {
  return h('h1', { i18n: key });
}
