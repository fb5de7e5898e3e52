// Customer service: find a holder by phone, card number or document (exact match; masked results), with the reason
// for looking, which the server audits. The phone or number typed here goes to the API only, never into this page's
// address. The lookup endpoints are the customer-service work's (api.md); until the server has them, their problem
// message is shown here.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, uid } from '../../shared/dom.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { section, listOf, pick, coded } from './common.js';
import { rememberReason } from './support-reason.js';

const DOCUMENT_TYPES = ['CN_RESIDENT_ID', 'CN_EEP_HKMO', 'HKMO_HOME_RETURN_PERMIT', 'HK_ID'];
const WAYS = ['phone', 'cardNumber', 'document'];

export default async function render(container, context) {
  context.setTitle('support.title');
  const errors = errorBox();
  const results = h('div', { attrs: { 'aria-live': 'polite' } });
  const name = uid('way');
  const ways = WAYS.map((way) => {
    const input = h('input', { attrs: { type: 'radio', name, value: way, id: uid('way') } });
    return { way, input, label: h('label', { class: 'check', attrs: { for: input.id } }, input, tx(`support.by.${way}`)) };
  });
  ways[0].input.checked = true;
  const phone = field('support.phone', h('input', { attrs: { name: 'phone', type: 'tel', maxlength: '40', autocomplete: 'off' } }));
  const card = field('support.cardNumber', h('input', { attrs: { name: 'cardNumber', inputmode: 'numeric', maxlength: '32', autocomplete: 'off' } }));
  const documentType = field('support.documentType', h('select', { attrs: { name: 'documentType' } }, DOCUMENT_TYPES.map((code) => h('option', { attrs: { value: code }, i18n: `document.${code}` }))));
  const documentNumber = field('support.documentNumber', h('input', { attrs: { name: 'documentNumber', maxlength: '40', autocomplete: 'off' } }));
  const reason = field('support.reason', h('input', { attrs: { name: 'reason', maxlength: '200', autocomplete: 'off' } }), { required: true, hint: 'support.reasonHint' });
  const parts = { phone: [phone], cardNumber: [card], document: [documentType, documentNumber] };
  const showWay = () => {
    const chosen = ways.find((w) => w.input.checked).way;
    for (const [way, list] of Object.entries(parts)) list.forEach((part) => { part.wrapper.hidden = way !== chosen; });
  };
  ways.forEach((w) => w.input.addEventListener('change', showWay));
  showWay();
  const form = h('form', { attrs: { novalidate: true } },
    h('fieldset', {}, h('legend', { i18n: 'support.lookupBy' }), ways.map((w) => w.label)),
    h('div', { class: 'grid-3' }, phone.wrapper, card.wrapper, documentType.wrapper, documentNumber.wrapper, reason.wrapper),
    errors,
    h('div', { class: 'actions' }, h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('support.search'))));
  container.append(h('h1', { i18n: 'support.title' }), h('p', { class: 'hint', i18n: 'support.hint' }), section('support.lookup', form), results);

  const fields = { phone: phone.setError, cardNumber: card.setError, documentNumber: documentNumber.setError, documentType: documentType.setError, reason: reason.setError };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(errors, fields);
    replace(results);
    const chosen = ways.find((w) => w.input.checked).way;
    const query = { reason: reason.control.value.trim() };
    if (chosen === 'phone') query.phone = phone.control.value.trim();
    if (chosen === 'cardNumber') query.cardNumber = card.control.value.trim();
    if (chosen === 'document') {
      query.documentType = documentType.control.value;
      query.documentNumber = documentNumber.control.value.trim();
    }
    try {
      const holders = listOf(await api.get('api/v1/support/holders', { query }), 'holders');
      rememberReason(query.reason);
      replace(results, section('support.results', h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'support.results' }),
        h('thead', {}, h('tr', {}, ['support.phone', 'support.cards', 'support.status', 'support.open'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, holders.length
          ? holders.map((holder) => {
            const accountId = pick(holder, 'accountId', 'id');
            const cards = listOf(pick(holder, 'cards') || []);
            return h('tr', {},
              h('td', { class: 'mono', text: pick(holder, 'phoneMasked', 'maskedPhone', 'phone') || '—' }),
              h('td', { class: 'mono', text: cards.map((c) => pick(c, 'cardNumber', 'maskedCardNumber')).join(', ') || '—' }),
              h('td', {}, pick(holder, 'locked') ? coded('account', 'LOCKED') : coded('account', 'ACTIVE')),
              h('td', {}, h('a', { attrs: { href: `#/support/${accountId}` } }, tx('support.openHolder'))));
          })
          : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '4' }, i18n: 'support.noMatch' })))))));
    } catch (failure) {
      showError(errors, failure, fields, { feature: true });
    }
  });
}
