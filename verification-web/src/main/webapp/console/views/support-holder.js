// One holder for customer service: their cards, applications and recent SMS with delivery status (masked), and the two
// actions, unlocking a locked login and sending a password-reset code, each with a reason and confirmed first.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { dateTime } from '../../shared/format.js';
import { confirmAction } from '../../shared/dialog.js';
import { errorBox, showError, hideError, note } from '../../shared/problems.js';
import { section, statusBadge, coded, facts, listOf, pick } from './common.js';
import { currentReason } from './support-reason.js';

export default async function render(container, context) {
  const [accountId] = context.params;
  context.setTitle('holder.title');
  const errors = errorBox();
  const done = h('div', { hidden: true });
  const body = h('div');
  container.append(
    h('p', {}, h('a', { attrs: { href: '#/support' } }, tx('holder.back'))),
    h('h1', { i18n: 'holder.title' }),
    done, errors, body);

  async function act(action) {
    hideError(errors);
    done.hidden = true;
    const reason = field('holder.actionReason', h('input', { attrs: { name: 'reason', maxlength: '200', autocomplete: 'off' } }), { required: true });
    reason.control.value = currentReason();
    const confirmed = await confirmAction({ titleKey: `holder.${action}`, messageKey: `holder.confirm.${action}`, confirmKey: `holder.${action}`, body: reason.wrapper, focusFirst: reason.control });
    if (!confirmed) return;
    const text = reason.control.value.trim();
    if (!text) {
      showError(errors, { name: 'ApiError', message: t('holder.reasonRequired'), fieldErrors: [] });
      return;
    }
    try {
      await api.post(`api/v1/support/holders/${accountId}/${action}`, { reason: text });
      note(done, `holder.done.${action}`);
      announce(t(`holder.done.${action}`));
      await load();
    } catch (failure) {
      showError(errors, failure, undefined, { feature: true });
    }
  }

  async function load() {
    try {
      const holder = await api.get(`api/v1/support/holders/${accountId}`, { query: { reason: currentReason() } });
      if (!context.current()) return;
      const locked = Boolean(pick(holder, 'locked'));
      const unlock = h('button', { class: 'primary', attrs: { type: 'button' } }, tx('holder.unlock'));
      unlock.addEventListener('click', () => act('unlock'));
      const reset = h('button', { attrs: { type: 'button' } }, tx('holder.password-reset'));
      reset.addEventListener('click', () => act('password-reset'));
      const cards = listOf(pick(holder, 'cards') || []);
      const applications = listOf(pick(holder, 'applications') || []);
      const messages = listOf(pick(holder, 'sms', 'smsDeliveries', 'messages', 'notifications') || []);
      replace(body,
        section('holder.account',
          facts([
            ['holder.phone', h('span', { class: 'mono', text: pick(holder, 'phoneMasked', 'maskedPhone', 'phone') || '—' })],
            ['holder.loginStatus', statusBadge('account', locked ? 'LOCKED' : 'ACTIVE')],
            pick(holder, 'lockedUntil') ? ['holder.lockedUntil', dateTime(holder.lockedUntil)] : null,
            pick(holder, 'registeredAt', 'createdAt') ? ['holder.registeredAt', dateTime(pick(holder, 'registeredAt', 'createdAt'))] : null,
          ]),
          h('div', { class: 'actions' }, unlock, reset)),
        section('holder.cards', simpleTable(['holder.cardNumber', 'holder.verification'], cards.map((card) => [
          h('span', { class: 'mono', text: pick(card, 'cardNumber', 'maskedCardNumber') || '—' }),
          statusBadge('cardStatus', pick(card, 'verificationStatus', 'status')),
        ]))),
        section('holder.applications', simpleTable(['holder.applicationId', 'holder.card', 'holder.status', 'holder.submittedAt'], applications.map((application) => [
          h('span', { class: 'mono', text: pick(application, 'id', 'applicationId') }),
          h('span', { class: 'mono', text: pick(application, 'cardNumber') || '—' }),
          statusBadge('status', pick(application, 'status')),
          dateTime(pick(application, 'submittedAt', 'createdAt')),
        ]))),
        section('holder.sms', simpleTable(['holder.smsAt', 'holder.smsKind', 'holder.smsStatus', 'holder.smsDeliveredAt'], messages.map((sms) => [
          dateTime(pick(sms, 'createdAt', 'at', 'queuedAt')),
          coded('sms', pick(sms, 'template', 'kind', 'purpose')),
          statusBadge('smsStatus', pick(sms, 'status', 'deliveryStatus')),
          dateTime(pick(sms, 'deliveredAt', 'sentAt')),
        ]))));
    } catch (failure) {
      replace(body);
      showError(errors, failure, undefined, { feature: true });
    }
  }
  await load();
}

function simpleTable(headers, rows) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, headers.map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
    h('tbody', {}, rows.length
      ? rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))
      : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: String(headers.length) }, i18n: 'common.none' })))));
}
