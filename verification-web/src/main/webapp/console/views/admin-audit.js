// The audit trail: filtered, paged, newest first, with the verdict on its hash chain.
import { api } from '../../shared/api.js';
import { h, tx, replace, field } from '../../shared/dom.js';
import { dateTime, number } from '../../shared/format.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { coded, section } from './common.js';

const SIZE = 50;

export default async function render(container, context) {
  context.setTitle('audit.title');
  const errors = errorBox();
  const input = (name, attributes) => h('input', { attrs: { name, autocomplete: 'off', ...(attributes || {}) } });
  const filters = {
    actorId: field('audit.actorId', input('actorId', { maxlength: '64' })),
    action: field('audit.action', input('action', { maxlength: '64', list: 'audit-actions' }), { hint: 'audit.actionHint' }),
    objectType: field('audit.objectType', input('objectType', { maxlength: '64' })),
    objectId: field('audit.objectId', input('objectId', { maxlength: '64' })),
    from: field('audit.from', input('from', { type: 'datetime-local' })),
    to: field('audit.to', input('to', { type: 'datetime-local' })),
  };
  const actions = h('datalist', { id: 'audit-actions' },
    ['APPLICATION_CLAIMED', 'APPLICATION_APPROVED', 'APPLICATION_REJECTED', 'REUPLOAD_REQUESTED', 'PHOTO_VIEWED', 'SCAN_VIEWED', 'LETTER_PRINTED', 'STAFF_ACCOUNT_CREATED', 'JOB_STARTED', 'JOB_STOPPED', 'JOB_RESTARTED', 'CALENDAR_SET', 'OUTLET_OPENED']
      .map((code) => h('option', { attrs: { value: code } })));
  const search = h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('audit.search'));
  const clearButton = h('button', { attrs: { type: 'button' } }, tx('audit.clear'));
  const form = h('form', { attrs: { novalidate: true } },
    h('div', { class: 'grid-3' }, Object.values(filters).map((f) => f.wrapper)), actions,
    h('div', { class: 'actions' }, search, clearButton));
  const chain = h('div', { attrs: { role: 'status' } });
  const results = h('div');
  let page = 0;
  const previous = h('button', { attrs: { type: 'button' }, on: { click: () => { page -= 1; load(); } } }, tx('common.previous'));
  const next = h('button', { attrs: { type: 'button' }, on: { click: () => { page += 1; load(); } } }, tx('common.next'));
  const pageLabel = h('span', { class: 'muted' });
  container.append(h('h1', { i18n: 'audit.title' }), section('audit.filters', form), errors, chain, results, h('div', { class: 'pager' }, previous, pageLabel, next));

  const setters = Object.fromEntries(Object.entries(filters).map(([name, f]) => [name, f.setError]));
  function query() {
    const values = { page, size: SIZE };
    for (const [name, f] of Object.entries(filters)) {
      const value = f.control.value.trim();
      if (!value) continue;
      values[name] = name === 'from' || name === 'to' ? new Date(value).toISOString() : value;
    }
    return values;
  }

  async function load() {
    hideError(errors, setters);
    try {
      const answer = await api.get('api/v1/admin/audit', { query: query() });
      if (!context.current()) return;
      const verdict = answer.chain || {};
      replace(chain, verdict.intact
        ? h('div', { class: 'alert success' }, h('p', {}, tx('audit.chainIntact', { checked: number(verdict.checked, 0) })))
        : h('div', { class: 'alert error' }, h('p', { class: 'alert-title' }, tx('audit.chainBroken', { at: verdict.brokenAt ?? '—', reason: verdict.reason || '' }))));
      const events = answer.events || [];
      replace(results, h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', {}, tx('audit.total', { total: number(answer.total, 0) })),
        h('thead', {}, h('tr', {}, ['audit.sequence', 'audit.at', 'audit.actor', 'audit.role', 'audit.actionColumn', 'audit.object', 'audit.details'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, events.length
          ? events.map((event) => h('tr', {},
            h('td', { class: 'num', text: String(event.sequence) }),
            h('td', { class: 'nowrap', text: dateTime(event.occurredAt) }),
            h('td', { class: 'mono', text: event.actorId }),
            h('td', {}, coded('role', event.actorRole)),
            h('td', {}, coded('action', event.action), h('div', { class: 'mono muted', text: event.action })),
            h('td', {}, h('span', { text: event.objectType }), h('div', { class: 'mono muted', text: event.objectId })),
            h('td', { class: 'mono', text: event.details || '' })))
          : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '7' }, i18n: 'audit.none' }))))));
      previous.disabled = page === 0;
      next.disabled = (page + 1) * SIZE >= (answer.total || 0);
      replace(pageLabel, tx('common.pageOf', { page: page + 1, pages: Math.max(1, Math.ceil((answer.total || 0) / SIZE)) }));
    } catch (failure) {
      showError(errors, failure, setters);
    }
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); page = 0; load(); });
  clearButton.addEventListener('click', () => { form.reset(); page = 0; load(); });
  await load();
}
