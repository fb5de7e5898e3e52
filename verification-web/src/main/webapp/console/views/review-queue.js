// The reviewer's queue: waiting applications, earliest deadline first, with overdue and escalated cases marked,
// the screening results in words, and who holds a claim until when.
import { api } from '../../shared/api.js';
import { h, tx, replace } from '../../shared/dom.js';
import { dateTime, time } from '../../shared/format.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { statusBadge, pageTitle } from './common.js';

const SIZE = 20;

export default async function render(container, context) {
  context.setTitle('queue.title');
  let page = 0;
  const errors = errorBox();
  const body = h('div', { attrs: { 'aria-live': 'polite', 'aria-busy': 'false' } });
  const previous = h('button', { attrs: { type: 'button' }, on: { click: () => { page -= 1; load(); } } }, tx('common.previous'));
  const next = h('button', { attrs: { type: 'button' }, on: { click: () => { page += 1; load(); } } }, tx('common.next'));
  const pageLabel = h('span', { class: 'muted' });
  const refresh = h('button', { attrs: { type: 'button' }, on: { click: () => load() } }, tx('common.refresh'));
  container.append(
    pageTitle('queue.title'),
    h('p', { class: 'hint', i18n: 'queue.hint' }),
    h('div', { class: 'toolbar' }, refresh),
    errors,
    body,
    h('div', { class: 'pager' }, previous, pageLabel, next));

  async function load() {
    hideError(errors);
    body.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.get('api/v1/review/queue', { query: { page, size: SIZE } });
      if (!context.current()) return;
      replace(body, queueTable(answer.items || []));
      previous.disabled = page === 0;
      next.disabled = (answer.items || []).length < SIZE;
      replace(pageLabel, tx('common.page', { page: page + 1 }));
    } catch (failure) {
      showError(errors, failure);
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  }

  context.onLanguageChange(load);
  await load();
}

function queueTable(items) {
  const headers = ['queue.deadline', 'queue.status', 'queue.channel', 'queue.document', 'queue.screening', 'queue.claim', 'queue.open'];
  const rows = items.map((item) => [
    h('div', {},
      h('div', { class: 'nowrap', text: dateTime(item.slaDeadline) }),
      item.overdue ? h('span', { class: 'badge bad' }, tx('queue.overdue')) : null,
      ' ',
      item.escalatedAt ? h('span', { class: 'badge warn' }, tx('queue.escalated')) : null),
    statusBadge('status', item.status),
    item.channel === 'OUTLET' ? h('span', { class: 'badge warn' }, tx('channel.OUTLET')) : tx('channel.ONLINE'),
    h('span', { class: 'mono', text: item.maskedNumber || '—' }),
    screening(item),
    claim(item),
    h('a', { attrs: { href: `#/review/${item.id}` } }, tx('queue.openCase'), h('span', { class: 'visually-hidden', text: ` ${item.maskedNumber || ''}` })),
  ]);
  return tableOf(headers, rows);
}

function tableOf(headers, rows) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden', i18n: 'queue.title' }),
    h('thead', {}, h('tr', {}, headers.map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
    h('tbody', {}, rows.length
      ? rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))
      : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: headers.length }, i18n: 'queue.empty' })))));
}

function screening(item) {
  const results = item.screeningResults || (item.screening || []).map((code) => ({ code }));
  if (!results.length) return h('span', { class: 'badge ok' }, tx('queue.clean'));
  return h('ul', { class: 'inline-list' }, results.map((result) => h('li', {}, h('span', { class: 'badge warn', text: result.message || result.code }))));
}

function claim(item) {
  if (!item.claimedUntil) return h('span', { class: 'muted' }, tx('queue.unclaimed'));
  return item.claimedByMe
    ? h('span', { class: 'badge info' }, tx('queue.claimedByMe', { until: time(item.claimedUntil) }))
    : h('span', { class: 'badge muted' }, tx('queue.claimedByOther', { until: time(item.claimedUntil) }));
}
