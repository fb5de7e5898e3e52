// 我的卡片: the account's cards with their verification status, 添加卡片 (card number and the check code printed on
// the card), 开始认证 for a card not yet verified, and the list of own applications.
import { api } from '../../shared/api.js';
import { h, tx, field, clear, replace, announce, t } from '../../shared/dom.js';
import { showError, hideError, errorBox, note } from '../../shared/problems.js';
import { dateTime } from '../../shared/format.js';
import { focusFirstError } from './account-parts.js';

const BADGE = { UNVERIFIED: 'muted', PENDING: 'info', VERIFIED: 'ok', REVERIFICATION_REQUIRED: 'warn' };
const STATUS_BADGE = {
  DRAFT: 'muted', SUBMITTED: 'info', IN_REVIEW: 'info', REUPLOAD_REQUESTED: 'warn', APPROVED: 'ok', REJECTED: 'bad',
  REFERRED: 'info', WITHDRAWN: 'muted', EXPIRED: 'muted',
};

export function statusBadge(status) {
  return h('span', { class: ['badge', STATUS_BADGE[status] || 'muted'], i18n: `status.${status}` });
}

export default async function view(container, context) {
  context.setTitle('cards.title');
  const cardsBox = h('div');
  const cardsError = errorBox();
  const applicationsBox = h('div');
  const added = h('div', { hidden: true });

  const cardNumber = field('cards.cardNumber', h('input', {
    attrs: { name: 'cardNumber', inputmode: 'numeric', autocomplete: 'off', maxlength: 24 },
  }), { required: true, hint: 'cards.cardNumberHint' });
  const checkCode = field('cards.checkCode', h('input', {
    attrs: { name: 'checkCode', autocomplete: 'off', maxlength: 16, autocapitalize: 'characters' },
  }), { required: true, hint: 'cards.checkCodeHint' });
  const addError = errorBox();
  const addButton = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: 'cards.add' });
  const form = h('form', { attrs: { novalidate: true } }, cardNumber.wrapper, checkCode.wrapper,
    h('div', { class: 'actions stacked' }, addButton));

  async function loadCards() {
    try {
      const cards = await api.get('api/v1/cards');
      if (!context.current()) return;
      replace(cardsBox, cards.length
        ? h('ul', { class: 'card-list' }, cards.map(cardItem))
        : h('p', { class: 'lead', i18n: 'cards.none' }));
    } catch (failure) {
      showError(cardsError, failure);
    }
  }

  function cardItem(card) {
    const canStart = ['UNVERIFIED', 'REVERIFICATION_REQUIRED'].includes(card.verificationStatus);
    const start = h('button', { class: 'primary', attrs: { type: 'button' }, i18n: 'cards.start' });
    start.addEventListener('click', async () => {
      hideError(cardsError);
      start.disabled = true;
      try {
        const application = await api.post('api/v1/applications', { cardNumber: card.cardNumber });
        context.go(`applications/${application.id}`);
      } catch (failure) {
        showError(cardsError, failure);
        cardsError.setAttribute('tabindex', '-1');
        cardsError.focus();
        start.disabled = false;
      }
    });
    return h('li', {},
      h('span', { class: 'number', text: card.cardNumber }),
      h('span', { class: ['badge', BADGE[card.verificationStatus] || 'muted'], i18n: `cardStatus.${card.verificationStatus}` }),
      card.verifiedAt ? h('p', { class: 'meta' }, tx('cards.verifiedAt', { at: dateTime(card.verifiedAt) })) : null,
      h('p', { class: 'meta', i18n: `cards.explain.${card.verificationStatus}` }),
      canStart ? h('div', { class: 'actions stacked' }, start) : null);
  }

  async function loadApplications() {
    try {
      const list = await api.get('api/v1/applications');
      if (!context.current()) return;
      const items = Array.isArray(list) ? list : (list && list.items) || [];
      replace(applicationsBox, items.length
        ? h('ul', { class: 'card-list' }, items.map((application) => h('li', {},
          h('span', { class: 'number', text: application.cardNumber || '' }),
          statusBadge(application.status),
          application.submittedAt
            ? h('p', { class: 'meta' }, tx('applications.submittedAt', { at: dateTime(application.submittedAt) }))
            : null,
          h('div', { class: 'actions' }, h('a', { class: 'button', attrs: { href: `#/applications/${application.id}` }, i18n: 'applications.open' })))))
        : h('p', { class: 'lead', i18n: 'applications.none' }));
    } catch (failure) {
      // The list is newer than the rest of the API; an older server says so in words.
      if (['NOT_FOUND', 'METHOD_NOT_ALLOWED'].includes(failure.code)) {
        replace(applicationsBox, h('p', { class: 'lead', i18n: 'applications.notYet' }));
      } else {
        const box = errorBox();
        replace(applicationsBox, box);
        showError(box, failure);
      }
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = { cardNumber: cardNumber.setError, checkCode: checkCode.setError };
    hideError(addError, fields);
    added.hidden = true;
    const number = cardNumber.control.value.replace(/\s/g, '');
    const code = checkCode.control.value.trim();
    if (!number) cardNumber.setError(t('cards.cardNumberMissing'));
    if (!code) checkCode.setError(t('cards.checkCodeMissing'));
    if (!number || !code) {
      focusFirstError(form, addError);
      return;
    }
    addButton.disabled = true;
    try {
      await api.post('api/v1/cards', { cardNumber: number, checkCode: code });
      form.reset();
      note(added, 'cards.added');
      announce(t('cards.added'));
      await loadCards();
    } catch (failure) {
      showError(addError, failure, fields);
      focusFirstError(form, addError);
    } finally {
      addButton.disabled = false;
    }
  });

  container.append(
    h('h1', { i18n: 'cards.title' }),
    context.notice ? h('div', { class: 'alert success', attrs: { role: 'status' } }, h('p', {}, tx(context.notice))) : null,
    h('section', { class: 'panel', attrs: { 'aria-labelledby': 'cards-heading' } },
      h('h2', { id: 'cards-heading', i18n: 'cards.mine' }), cardsError, cardsBox),
    h('section', { class: 'panel', attrs: { 'aria-labelledby': 'add-heading' } },
      h('h2', { id: 'add-heading', i18n: 'cards.addTitle' }), added, addError, form),
    h('section', { class: 'panel', attrs: { 'aria-labelledby': 'applications-heading' } },
      h('h2', { id: 'applications-heading', i18n: 'applications.title' }), applicationsBox));
  clear(cardsBox).append(h('p', { class: 'lead', i18n: 'app.loading' }));
  await Promise.all([loadCards(), loadApplications()]);
  context.onLanguageChange(() => { loadCards(); loadApplications(); });
}
