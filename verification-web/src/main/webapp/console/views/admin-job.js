// One nightly job: start it with run parameters, and its latest runs as a table and a chart of items per second.
import { api } from '../../shared/api.js';
import { h, tx, replace, field } from '../../shared/dom.js';
import { dateTime, number } from '../../shared/format.js';
import { t } from '../../shared/i18n.js';
import { barChart } from '../../shared/chart.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { statusBadge, section } from './common.js';
import { jobName, startJob, itemsRead, runItemsPerSecond, seconds, RUNNING } from './jobs-common.js';

export default async function render(container, context) {
  const [name] = context.params;
  context.setTitle('jobs.title');
  const errors = errorBox();
  const chunkSize = field('jobs.chunkSize', h('input', { attrs: { name: 'chunkSize', inputmode: 'numeric', maxlength: '7' } }), { hint: 'jobs.chunkSizeHint' });
  const partitions = field('jobs.partitions', h('input', { attrs: { name: 'partitions', inputmode: 'numeric', maxlength: '2' } }), { hint: 'jobs.partitionsHint' });
  const start = h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('jobs.start'));
  const form = h('form', { class: 'toolbar', attrs: { novalidate: true } }, chunkSize.wrapper, name === 'pending-review' ? partitions.wrapper : null, start);
  const runs = h('div', { attrs: { 'aria-live': 'polite' } });
  container.append(
    h('p', {}, h('a', { attrs: { href: '#/admin/jobs' } }, tx('jobs.back'))),
    h('h1', {}, jobName(name)),
    section('jobs.startNow', form, errors),
    runs);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(errors, { chunkSize: chunkSize.setError, partitions: partitions.setError });
    start.disabled = true;
    try {
      const executionId = await startJob(name, { chunkSize: chunkSize.control.value.trim(), partitions: name === 'pending-review' ? partitions.control.value.trim() : '' });
      context.go(`admin/jobs/${name}/${executionId}`);
    } catch (failure) {
      showError(errors, failure, { chunkSize: chunkSize.setError, partitions: partitions.setError });
      start.disabled = false;
    }
  });

  let timer = null;
  context.onCleanup(() => clearTimeout(timer));
  async function load() {
    try {
      const executions = await api.get(`api/v1/admin/jobs/${encodeURIComponent(name)}/executions`, { query: { size: 10 } });
      if (!context.current()) return;
      replace(runs, ...runsView(name, executions));
      if (executions.some((execution) => RUNNING.includes(execution.status))) timer = setTimeout(load, 2000);
    } catch (failure) {
      const box = errorBox();
      replace(runs, box);
      showError(box, failure);
    }
  }
  context.onLanguageChange(load);
  await load();
}

function runsView(name, executions) {
  const rows = executions.map((execution) => h('tr', {},
    h('th', { attrs: { scope: 'row' } }, h('a', { attrs: { href: `#/admin/jobs/${name}/${execution.executionId}` } }, tx('jobs.runNumber', { id: execution.executionId }))),
    h('td', {}, statusBadge('batch', execution.status)),
    h('td', { class: 'nowrap', text: dateTime(execution.startedAt) }),
    h('td', { class: 'num', text: seconds(execution.durationSeconds) }),
    h('td', { class: 'num', text: number(itemsRead(execution), 0) }),
    h('td', { class: 'num', text: number(runItemsPerSecond(execution)) })));
  const chronological = [...executions].reverse();
  return [
    section('jobs.recentRuns',
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'jobs.recentRuns' }),
        h('thead', {}, h('tr', {}, ['jobs.run', 'jobs.status', 'jobs.startedAt', 'jobs.duration', 'jobs.itemsRead', 'jobs.itemsPerSecond'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '6' }, i18n: 'jobs.noRuns' })))))),
    executions.length
      ? section('jobs.throughputChart',
        h('p', { class: 'hint', i18n: 'jobs.throughputHint' }),
        barChart(chronological.map((execution) => ({ label: `#${execution.executionId}`, value: runItemsPerSecond(execution) })), { title: t('jobs.throughputChart'), unit: t('jobs.itemsPerSecondUnit'), format: (value) => number(value) }))
      : null,
  ];
}
