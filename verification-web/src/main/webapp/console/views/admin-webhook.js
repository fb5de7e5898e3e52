// One webhook's recent deliveries: status, attempts, the receiver's last answer, and redelivery.
import { api } from '../../shared/api.js';
import { h, tx, replace, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { dateTime } from '../../shared/format.js';
import { confirmAction } from '../../shared/dialog.js';
import { errorBox, showError, hideError, note } from '../../shared/problems.js';
import { section, statusBadge } from './common.js';

export default async function render(container, context) {
  const [id] = context.params;
  context.setTitle('deliveries.title');
  const errors = errorBox();
  const done = h('div', { hidden: true });
  const list = h('div');
  const refresh = h('button', { attrs: { type: 'button' } }, tx('common.refresh'));
  container.append(
    h('p', {}, h('a', { attrs: { href: '#/admin/webhooks' } }, tx('deliveries.back'))),
    h('h1', { i18n: 'deliveries.title' }),
    h('div', { class: 'toolbar' }, refresh),
    errors, done, section('deliveries.recent', list));

  async function redeliver(delivery) {
    hideError(errors);
    done.hidden = true;
    const deliveryId = delivery.id;
    const confirmed = await confirmAction({ titleKey: 'deliveries.redeliver', messageKey: 'deliveries.confirm', args: { id: deliveryId }, confirmKey: 'deliveries.redeliver' });
    if (!confirmed) return;
    try {
      await api.post(`api/v1/admin/webhooks/${encodeURIComponent(id)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`);
      note(done, 'deliveries.queued');
      announce(t('deliveries.queued'));
      await load();
    } catch (failure) {
      showError(errors, failure, undefined, { feature: true });
    }
  }

  async function load() {
    try {
      const deliveries = await api.get(`api/v1/admin/webhooks/${encodeURIComponent(id)}/deliveries`);
      if (!context.current()) return;
      const rows = deliveries.map((delivery) => {
        const again = h('button', { class: 'small', attrs: { type: 'button' } }, tx('deliveries.redeliver'));
        again.addEventListener('click', () => redeliver(delivery));
        return h('tr', {},
          h('td', { class: 'mono', text: delivery.webhookId }),
          h('td', {}, tx(`event.${delivery.type}`)),
          h('td', {}, statusBadge('delivery', delivery.status)),
          h('td', { class: 'num', text: String(delivery.attempts) }),
          h('td', { text: String(delivery.lastStatus ?? delivery.lastError ?? '—') }),
          h('td', { class: 'nowrap', text: dateTime(delivery.lastAttemptAt ?? delivery.createdAt) }),
          h('td', { class: 'nowrap', text: dateTime(delivery.nextAttemptAt) }),
          h('td', {}, again));
      });
      replace(list, h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'deliveries.recent' }),
        h('thead', {}, h('tr', {}, ['deliveries.id', 'deliveries.type', 'deliveries.status', 'deliveries.attempts', 'deliveries.lastAnswer', 'deliveries.lastAttempt', 'deliveries.nextAttempt', 'deliveries.actions'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '8' }, i18n: 'deliveries.none' }))))));
    } catch (failure) {
      replace(list);
      showError(errors, failure, undefined, { feature: true });
    }
  }
  refresh.addEventListener('click', load);
  await load();
}
