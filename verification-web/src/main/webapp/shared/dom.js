// Small DOM helpers: elements built with properties instead of HTML strings (no innerHTML anywhere, so no markup
// injection from data), translated texts that follow a language switch, and a polite live region for screen readers.
import { t, apply } from './i18n.js';

/**
 * h('button', {i18n: 'sign.in', class: 'primary', on: {click: fn}, attrs: {type: 'submit'}}, ...children)
 * i18n / i18nArgs: translated text (kept up to date on a language switch); text: literal text (data from the server);
 * i18nAttr: {"aria-label": key}; attrs: plain attributes; dataset; on: listeners; any other key is set as a property.
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  const options = props || {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === null || value === false) continue;
    switch (key) {
      case 'class':
        element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        break;
      case 'text':
        element.textContent = String(value);
        break;
      case 'i18n':
        element.dataset.i18n = value;
        break;
      case 'i18nArgs':
        element.dataset.i18nArgs = JSON.stringify(value);
        break;
      case 'i18nAttr':
        element.dataset.i18nAttr = Object.entries(value).map(([a, k]) => `${a}:${k}`).join(';');
        break;
      case 'attrs':
        for (const [name, attribute] of Object.entries(value)) {
          if (attribute !== undefined && attribute !== null && attribute !== false) {
            element.setAttribute(name, attribute === true ? '' : String(attribute));
          }
        }
        break;
      case 'dataset':
        Object.assign(element.dataset, value);
        break;
      case 'on':
        for (const [event, listener] of Object.entries(value)) element.addEventListener(event, listener);
        break;
      default:
        element[key] = value;
    }
  }
  append(element, children);
  if (options.i18n || options.i18nAttr) apply(element);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A translated text node wrapped in a span, so it relabels itself on a language switch. */
export function tx(key, args) {
  return h('span', { i18n: key, i18nArgs: args });
}

export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

export function replace(element, ...children) {
  clear(element);
  append(element, children);
  return element;
}

let idCounter = 0;
/** A fresh id for label/aria wiring. */
export function uid(prefix) {
  idCounter += 1;
  return `${prefix || 'id'}-${idCounter}`;
}

/**
 * A labelled form field: label, control, optional hint (or the id of a hint shared by several fields, describedBy) and
 * an error slot, wired with aria-describedby.
 * Returns {wrapper, control, error, setError(message)}.
 */
export function field(labelKey, control, options) {
  const opts = options || {};
  const id = control.id || uid('f');
  control.id = id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [];
  const hint = opts.hint ? h('p', { class: 'hint', id: hintId, i18n: opts.hint }) : null;
  if (hint) describedBy.push(hintId);
  if (opts.describedBy) describedBy.push(opts.describedBy);
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  describedBy.push(errorId);
  control.setAttribute('aria-describedby', describedBy.join(' '));
  if (opts.required) control.required = true;
  const label = h('label', { attrs: { for: id } }, tx(labelKey), opts.required ? h('span', { class: 'required', attrs: { 'aria-hidden': 'true' } }, ' *') : null);
  const wrapper = h('div', { class: ['field', opts.class] }, label, control, hint, error);
  const setError = (message) => {
    if (message) {
      error.textContent = message;
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
    } else {
      error.textContent = '';
      error.hidden = true;
      control.removeAttribute('aria-invalid');
    }
  };
  return { wrapper, control, error, setError };
}

/** A checkbox with its label after it. */
export function checkbox(labelKey, options) {
  const opts = options || {};
  const input = h('input', { attrs: { type: 'checkbox', id: opts.id || uid('c'), name: opts.name, value: opts.value } });
  const label = h('label', { class: 'check', attrs: { for: input.id } }, input, ' ', tx(labelKey, opts.args));
  return { wrapper: label, control: input };
}

/** Tells screen-reader users something happened without moving their focus. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A new text node after a tick is what screen readers pick up reliably.
  setTimeout(() => { region.textContent = message; }, 50);
}

/** Moves focus to a heading (or other landmark) so keyboard and screen-reader users start where the new view starts. */
export function focusStart(element) {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
}

/** A table with a caption, column headers (translated keys) and rows of cells (nodes or text). */
export function table(captionKey, headerKeys, rows, options) {
  const opts = options || {};
  return h('div', { class: 'table-wrap' },
    h('table', { class: opts.class },
      captionKey ? h('caption', { i18n: captionKey, i18nArgs: opts.captionArgs }) : null,
      h('thead', {}, h('tr', {}, headerKeys.map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
      h('tbody', {}, rows.length
        ? rows.map((cells) => h('tr', {}, cells.map((cell, index) => (index === 0 && opts.rowHeaders
          ? h('th', { attrs: { scope: 'row' } }, cell)
          : h('td', {}, cell)))))
        : h('tr', {}, h('td', { attrs: { colspan: headerKeys.length }, class: 'empty', i18n: opts.emptyKey || 'common.none' })))));
}

export { t };
