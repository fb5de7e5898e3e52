// The nightly jobs: what each does, when it runs by itself, and starting one now (which opens its run's progress).
import { api } from '../../shared/api.js';
import { h, tx, replace } from '../../shared/dom.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { jobName, jobDescription, startJob } from './jobs-common.js';

export default async function render(container, context) {
  context.setTitle('jobs.title');
  const errors = errorBox();
  const list = h('div');
  container.append(h('h1', { i18n: 'jobs.title' }), h('p', { class: 'hint', i18n: 'jobs.hint' }), errors, list);
  const jobs = await api.get('api/v1/admin/jobs');
  if (!context.current()) return;
  const rows = jobs.map((job) => {
    const start = h('button', { class: 'primary small', attrs: { type: 'button' } }, tx('jobs.start'));
    start.addEventListener('click', async () => {
      hideError(errors);
      start.disabled = true;
      try {
        const executionId = await startJob(job.jobName);
        context.go(`admin/jobs/${job.jobName}/${executionId}`);
      } catch (failure) {
        showError(errors, failure);
        start.disabled = false;
      }
    });
    return h('tr', {},
      h('th', { attrs: { scope: 'row' } }, jobName(job), h('div', { class: 'mono muted', text: job.jobName })),
      h('td', {}, jobDescription(job)),
      h('td', { class: 'nowrap' }, job.nightlyAt ? tx('jobs.nightlyAt', { time: job.nightlyAt, zone: job.timeZone || '' }) : '—'),
      h('td', {}, h('div', { class: 'actions' }, start, h('a', { class: 'button small', attrs: { href: `#/admin/jobs/${job.jobName}` } }, tx('jobs.history')))));
  });
  replace(list, h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden', i18n: 'jobs.title' }),
    h('thead', {}, h('tr', {}, ['jobs.job', 'jobs.description', 'jobs.schedule', 'jobs.actions'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
    h('tbody', {}, rows))));
}
