// One run of a nightly job: its progress while it runs (polled every second), stop and restart, and its report:
// what each step read, wrote and decided, how long it took, and items per second as a table and a chart.
import { api } from '../../shared/api.js';
import { h, tx, replace, announce } from '../../shared/dom.js';
import { dateTime, number } from '../../shared/format.js';
import { t } from '../../shared/i18n.js';
import { barChart } from '../../shared/chart.js';
import { confirmAction } from '../../shared/dialog.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { statusBadge, section, facts, coded } from './common.js';
import { jobName, itemsRead, runItemsPerSecond, seconds, RUNNING } from './jobs-common.js';

const METRICS = ['READ_COUNT', 'WRITE_COUNT', 'FILTER_COUNT', 'COMMIT_COUNT', 'ROLLBACK_COUNT', 'READ_SKIP_COUNT', 'PROCESS_SKIP_COUNT', 'WRITE_SKIP_COUNT'];
const RESTARTABLE = ['STOPPED', 'FAILED'];

export default async function render(container, context) {
  const [name, executionId] = context.params;
  context.setTitle('run.title');
  const errors = errorBox();
  const head = h('div');
  const progress = h('div');
  const report = h('div');
  container.append(
    h('p', {}, h('a', { attrs: { href: `#/admin/jobs/${name}` } }, tx('run.back'))),
    h('h1', {}, tx('run.heading', { id: executionId }), ' · ', jobName(name)),
    errors, head, progress, report);

  const factsHolder = h('div');
  const actionsHolder = h('div');
  head.append(section('run.summary', factsHolder, actionsHolder));

  function actionsFor(execution, running) {
    const actions = h('div', { class: 'actions' });
    if (running) {
      const stop = h('button', { class: 'danger', attrs: { type: 'button' } }, tx('run.stop'));
      stop.addEventListener('click', () => act('stop'));
      actions.append(stop);
    }
    if (RESTARTABLE.includes(execution.status)) {
      const restart = h('button', { class: 'primary', attrs: { type: 'button' } }, tx('run.restart'));
      restart.addEventListener('click', () => act('restart'));
      actions.append(restart);
    }
    return actions;
  }

  let timer = null;
  let lastStatus = null;
  context.onCleanup(() => clearTimeout(timer));

  async function act(kind) {
    hideError(errors);
    const confirmed = await confirmAction({ titleKey: `run.${kind}`, messageKey: `run.confirm.${kind}`, args: { id: executionId }, confirmKey: `run.${kind}`, danger: kind === 'stop' });
    if (!confirmed) return;
    try {
      const answer = await api.post(`api/v1/admin/jobs/executions/${executionId}/${kind}`);
      if (kind === 'restart') {
        context.go(`admin/jobs/${name}/${answer.executionId}`);
      } else {
        announce(t('run.stopping'));
        load();
      }
    } catch (failure) {
      showError(errors, failure);
    }
  }

  async function load() {
    clearTimeout(timer);
    let execution;
    try {
      execution = await api.get(`api/v1/admin/jobs/executions/${executionId}`);
    } catch (failure) {
      showError(errors, failure);
      return;
    }
    if (!context.current()) return;
    const running = RUNNING.includes(execution.status);
    // The buttons are rebuilt only when the status changes, so a keyboard user's focus survives the polling.
    if (execution.status !== lastStatus) replace(actionsHolder, actionsFor(execution, running));
    replace(factsHolder, facts([
      ['run.status', statusBadge('batch', execution.status)],
      ['run.exitStatus', execution.exitStatus],
      ['run.createdAt', dateTime(execution.createdAt)],
      ['run.startedAt', dateTime(execution.startedAt)],
      ['run.endedAt', dateTime(execution.endedAt)],
      ['run.duration', seconds(execution.durationSeconds)],
      ['run.itemsRead', number(running ? Math.max(Number(execution.itemsSoFar || 0), itemsRead(execution)) : itemsRead(execution), 0)],
      ['run.itemsPerSecond', number(runItemsPerSecond(execution))],
    ], 'strip'));
    if (running) {
      const elapsed = execution.startedAt ? Math.round((Date.now() - new Date(execution.startedAt)) / 1000) : 0;
      const done = (execution.steps || []).filter((step) => step.status === 'COMPLETED').length;
      // Items written so far, counted live by the server while the run goes on (the step metrics arrive at step ends).
      const soFar = Math.max(Number(execution.itemsSoFar || 0), itemsRead(execution));
      const rate = elapsed > 0 ? Math.round((soFar / elapsed) * 10) / 10 : 0;
      replace(progress, h('div', { class: 'panel progress-line' },
        h('progress', { attrs: { 'aria-label': t('run.progress') } }),
        h('span', {}, tx('run.runningFor', { seconds: Math.max(0, elapsed), read: number(soFar, 0), rate: number(rate), steps: done }))));
      timer = setTimeout(load, 1000);
    } else {
      replace(progress, lastStatus && RUNNING.includes(lastStatus)
        ? h('div', { class: 'alert success' }, h('p', {}, tx('run.finished', { status: t(`batch.${execution.status}`) })))
        : null);
      if (lastStatus && RUNNING.includes(lastStatus)) announce(t('run.finished', { status: t(`batch.${execution.status}`) }));
    }
    lastStatus = execution.status;
    replace(report, ...reportView(execution));
  }

  context.onLanguageChange(load);
  await load();
}

function reportView(execution) {
  const steps = execution.steps || [];
  const outcomeNames = [...new Set(steps.flatMap((step) => Object.keys(step.outcomes || {})))];
  const stepRows = steps.map((step) => h('tr', {},
    h('th', { attrs: { scope: 'row' } }, coded('step', step.stepName)),
    h('td', {}, statusBadge('batch', step.status)),
    METRICS.map((metric) => h('td', { class: 'num', text: number((step.metrics || {})[metric] || 0, 0) })),
    h('td', { class: 'num', text: seconds(step.durationSeconds) }),
    h('td', { class: 'num', text: number(step.itemsPerSecond) })));
  const outcomeRows = steps.filter((step) => Object.keys(step.outcomes || {}).length).map((step) => h('tr', {},
    h('th', { attrs: { scope: 'row' } }, coded('step', step.stepName)),
    outcomeNames.map((outcome) => h('td', { class: 'num', text: number((step.outcomes || {})[outcome] || 0, 0) }))));
  return [
    section('run.steps',
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'run.steps' }),
        h('thead', {}, h('tr', {},
          h('th', { attrs: { scope: 'col' }, i18n: 'run.step' }),
          h('th', { attrs: { scope: 'col' }, i18n: 'run.status' }),
          METRICS.map((metric) => h('th', { class: 'num', attrs: { scope: 'col' }, i18n: `metric.${metric}` })),
          h('th', { class: 'num', attrs: { scope: 'col' }, i18n: 'run.duration' }),
          h('th', { class: 'num', attrs: { scope: 'col' }, i18n: 'run.itemsPerSecond' }))),
        h('tbody', {}, stepRows.length ? stepRows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: String(METRICS.length + 4) }, i18n: 'run.noSteps' })))))),
    outcomeRows.length
      ? section('run.outcomes', h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'run.outcomes' }),
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, i18n: 'run.step' }), outcomeNames.map((outcome) => h('th', { class: 'num', attrs: { scope: 'col' } }, coded('outcome', outcome))))),
        h('tbody', {}, outcomeRows))))
      : null,
    steps.some((step) => (step.badLines || []).length)
      ? section('run.badLines', h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'run.badLines' }),
        h('thead', {}, h('tr', {}, ['run.source', 'run.line', 'run.problem'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, steps.flatMap((step) => step.badLines || []).map((bad) => h('tr', {},
          h('td', { class: 'mono', text: bad.source }),
          h('td', { class: 'num', text: String(bad.line) }),
          h('td', {}, coded('outcome', bad.problem))))))))
      : null,
    steps.some((step) => step.itemsPerSecond !== null && step.itemsPerSecond !== undefined)
      ? section('run.chart', barChart(steps.map((step) => ({ label: t(`step.${step.stepName}`) === `step.${step.stepName}` ? step.stepName : t(`step.${step.stepName}`), value: step.itemsPerSecond })), { title: t('run.chart'), unit: t('jobs.itemsPerSecondUnit'), format: (value) => number(value) }))
      : null,
  ];
}
