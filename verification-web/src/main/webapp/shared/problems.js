// Showing a refusal: the problem's message (already in the chosen language), the per-field messages beside their fields,
// and a summary that takes focus so that keyboard and screen-reader users hear it.
import { h, clear, tx } from './dom.js';
import { t } from './i18n.js';

/** Message of any error, for people: an ApiError's own message, a generic text for anything else. */
export function messageOf(error) {
  if (error && error.name === 'ApiError') return error.message;
  return t('error.unexpected');
}

/**
 * Renders the error into an alert box (role=alert). fields: {fieldName: setError} to put field messages beside their
 * controls; anything not matched is listed in the box. options.feature: the screen calls an endpoint that a server
 * may not have yet (a 404 or 405 then says so).
 */
export function showError(box, error, fields, options) {
  clear(box);
  box.hidden = false;
  box.className = 'alert error';
  box.setAttribute('role', 'alert');
  const unmatched = [];
  for (const problem of (error && error.fieldErrors) || []) {
    const set = fields && (fields[problem.field] || fields[lastPart(problem.field)]);
    if (set) {
      set(problem.message);
    } else {
      unmatched.push(problem);
    }
  }
  box.append(h('p', { class: 'alert-title', text: messageOf(error) }));
  if (unmatched.length) {
    box.append(h('ul', {}, unmatched.map((problem) => h('li', { text: problem.message }))));
  }
  // A screen built ahead of its endpoint (options.feature) says so instead of leaving a bare "not found".
  if (options && options.feature && error && ['NOT_FOUND', 'METHOD_NOT_ALLOWED'].includes(error.code)) {
    box.append(h('p', {}, tx('error.notAvailable')));
  }
  if (error && error.retryAfter) {
    box.append(h('p', {}, tx('error.retryAfter', { seconds: error.retryAfter })));
  }
}

function lastPart(field) {
  return String(field || '').split('.').pop();
}

/** An empty, hidden alert box to pass to showError. */
export function errorBox() {
  return h('div', { class: 'alert error', hidden: true, attrs: { role: 'alert' } });
}

export function hideError(box, fields) {
  box.hidden = true;
  clear(box);
  for (const set of Object.values(fields || {})) set(null);
}

/** A success or information note (role=status). */
export function note(box, key, args) {
  clear(box);
  box.hidden = false;
  box.className = 'alert success';
  box.setAttribute('role', 'status');
  box.append(h('p', {}, tx(key, args)));
}
