// The outlet's day for end-of-day reconciliation: how many visits ended approved, refused or referred, per clerk.
import { api } from '../../shared/api.js';
import { h, tx, replace, field } from '../../shared/dom.js';
import { today, normalizeDate } from '../../shared/format.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { coded, section } from './common.js';

const OUTCOMES = ['APPROVED', 'REJECTED', 'REFERRED'];

export default async function render(container, context) {
  context.setTitle('report.title');
  const errors = errorBox();
  const date = field('report.date', h('input', { attrs: { name: 'date', inputmode: 'numeric', placeholder: 'YYYY-MM-DD', maxlength: '10' } }), { hint: 'counter.dateHint' });
  date.control.value = today();
  const show = h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('report.show'));
  const output = h('div', { attrs: { 'aria-live': 'polite' } });
  const form = h('form', { class: 'toolbar', attrs: { novalidate: true } }, date.wrapper, show);
  container.append(h('h1', { i18n: 'report.title' }), form, errors, output);

  async function load() {
    hideError(errors, { date: date.setError });
    try {
      const report = await api.get('api/v1/outlet/reports/daily', { query: { date: normalizeDate(date.control.value) } });
      if (!context.current()) return;
      replace(output, ...reportView(report));
    } catch (failure) {
      showError(errors, failure, { date: date.setError });
    }
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  await load();
}

function reportView(report) {
  const byOutcome = report.byOutcome || {};
  const outcomes = [...new Set([...OUTCOMES, ...Object.keys(byOutcome)])];
  const staffRows = Object.entries(report.byStaff || {}).map(([clerk, counts]) => h('tr', {},
    h('th', { attrs: { scope: 'row' }, text: clerk }),
    outcomes.map((outcome) => h('td', { class: 'num', text: String(counts[outcome] || 0) })),
    h('td', { class: 'num', text: String(Object.values(counts).reduce((a, b) => a + b, 0)) })));
  return [
    section('report.summary',
      h('p', {}, tx('report.outletDay', { outlet: report.outletCode, date: report.date, total: report.total })),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { i18n: 'report.byOutcome' }),
        h('thead', {}, h('tr', {}, outcomes.map((outcome) => h('th', { class: 'num', attrs: { scope: 'col' } }, coded('visit', outcome))), h('th', { class: 'num', attrs: { scope: 'col' }, i18n: 'report.total' }))),
        h('tbody', {}, h('tr', {}, outcomes.map((outcome) => h('td', { class: 'num', text: String(byOutcome[outcome] || 0) })), h('td', { class: 'num', text: String(report.total || 0) })))))),
    section('report.byStaff',
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'report.byStaff' }),
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, i18n: 'report.clerk' }), outcomes.map((outcome) => h('th', { class: 'num', attrs: { scope: 'col' } }, coded('visit', outcome))), h('th', { class: 'num', attrs: { scope: 'col' }, i18n: 'report.total' }))),
        h('tbody', {}, staffRows.length ? staffRows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: String(outcomes.length + 2) }, i18n: 'report.noVisits' })))))),
  ];
}
