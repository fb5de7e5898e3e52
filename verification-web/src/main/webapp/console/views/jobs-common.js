// Nightly job texts and the start action, shared by the job screens.
import { api } from '../../shared/api.js';
import { h, tx } from '../../shared/dom.js';
import { has, t } from '../../shared/i18n.js';

export const RUNNING = ['STARTING', 'STARTED', 'STOPPING'];

/** The job's name in words (the console's text; the server's English description for a job it does not know). */
export function jobName(job) {
  const key = `job.${job.jobName || job}.name`;
  return has(key) ? tx(key) : h('span', { text: job.jobName || job });
}

export function jobDescription(job) {
  const key = `job.${job.jobName}.description`;
  return has(key) ? tx(key) : h('span', { text: job.description || '' });
}

/** Starts a job now; returns the new execution's id. */
export async function startJob(jobNameValue, parameters) {
  const answer = await api.post(`api/v1/admin/jobs/${encodeURIComponent(jobNameValue)}/executions`, undefined, { query: parameters || {} });
  return answer.executionId;
}

/** Items read by a run, over all its steps. */
export function itemsRead(execution) {
  return (execution.steps || []).reduce((sum, step) => sum + Number((step.metrics || {}).READ_COUNT || 0), 0);
}

/** A run's throughput: items read per second of the whole run (null while it runs or when it read nothing). */
export function runItemsPerSecond(execution) {
  const read = itemsRead(execution);
  if (!execution.durationSeconds || !read) return null;
  return Math.round((read / execution.durationSeconds) * 10) / 10;
}

export function seconds(value) {
  return value === null || value === undefined ? '—' : t('common.seconds', { value: Math.round(value * 10) / 10 });
}
