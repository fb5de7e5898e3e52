// Webhooks to the card operator: register an endpoint (its signing secret shown once), rotate the secret, remove it,
// and open its deliveries (api.md, "Card operator"): GET lists {id, url, events, createdAt}; POST and the rotation
// answer with the secret as well, the only time it is shown.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, checkbox, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { confirmAction } from '../../shared/dialog.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { section } from './common.js';

export const EVENTS = ['card.verified', 'card.verification_rejected', 'card.reverification_required', 'card.unverified'];

/** The secret, shown once with a copy button; it is kept nowhere in the browser. */
export function secretPanel(secret, messageKey) {
  const value = h('input', { attrs: { readonly: true, 'aria-label': t('webhooks.secret') }, value: secret });
  const copy = h('button', { attrs: { type: 'button' } }, tx('webhooks.copy'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(secret);
      announce(t('webhooks.copied'));
    } catch (blocked) {
      value.select();
    }
  });
  return h('div', { class: 'alert warning', attrs: { role: 'status' } },
    h('p', { class: 'alert-title', i18n: messageKey }),
    h('div', { class: 'secret' }, value, copy));
}

export default async function render(container, context) {
  context.setTitle('webhooks.title');
  const listErrors = errorBox();
  const list = h('div');
  const shown = h('div');
  const errors = errorBox();
  const url = field('webhooks.url', h('input', { attrs: { name: 'url', type: 'url', maxlength: '2000', autocomplete: 'off', placeholder: 'https://' } }), { required: true, hint: 'webhooks.urlHint' });
  const events = EVENTS.map((event) => checkbox(`event.${event}`, { name: 'events', value: event }));
  const eventsSet = h('fieldset', {}, h('legend', { i18n: 'webhooks.events' }), h('p', { class: 'hint', i18n: 'webhooks.eventsHint' }), events.map((e) => e.wrapper));
  const form = h('form', { attrs: { novalidate: true } }, url.wrapper, eventsSet, errors,
    h('div', { class: 'actions' }, h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('webhooks.add'))));
  container.append(h('h1', { i18n: 'webhooks.title' }), h('p', { class: 'hint', i18n: 'webhooks.hint' }), shown, section('webhooks.list', listErrors, list), section('webhooks.new', form));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(errors, { url: url.setError, events: null });
    const body = { url: url.control.value.trim() };
    const chosen = events.filter((e) => e.control.checked).map((e) => e.control.value);
    if (chosen.length) body.events = chosen;
    try {
      const created = await api.post('api/v1/admin/webhooks', body);
      form.reset();
      replace(shown, secretPanel(created.secret, 'webhooks.secretOnce'));
      shown.querySelector('input').focus();
      await load();
    } catch (failure) {
      showError(errors, failure, { url: url.setError }, { feature: true });
    }
  });

  async function act(hook, action) {
    hideError(listErrors);
    const confirmed = await confirmAction({ titleKey: `webhooks.${action}`, messageKey: `webhooks.confirm.${action}`, args: { url: hook.url }, confirmKey: `webhooks.${action}`, danger: action === 'remove' });
    if (!confirmed) return;
    try {
      if (action === 'remove') {
        await api.del(`api/v1/admin/webhooks/${encodeURIComponent(hook.id)}`);
        replace(shown);
        announce(t('webhooks.removed'));
      } else {
        const answer = await api.post(`api/v1/admin/webhooks/${encodeURIComponent(hook.id)}/secret`);
        replace(shown, secretPanel(answer.secret, 'webhooks.secretRotated'));
        shown.querySelector('input').focus();
      }
      await load();
    } catch (failure) {
      showError(listErrors, failure, undefined, { feature: true });
    }
  }

  async function load() {
    try {
      const hooks = await api.get('api/v1/admin/webhooks');
      if (!context.current()) return;
      const rows = hooks.map((hook) => {
        const rotate = h('button', { class: 'small', attrs: { type: 'button' } }, tx('webhooks.rotate'));
        rotate.addEventListener('click', () => act(hook, 'rotate'));
        const remove = h('button', { class: 'small danger', attrs: { type: 'button' } }, tx('webhooks.remove'));
        remove.addEventListener('click', () => act(hook, 'remove'));
        return h('tr', {},
          h('th', { attrs: { scope: 'row' }, class: 'mono', text: hook.url }),
          h('td', {}, (hook.events && hook.events.length ? hook.events : EVENTS).map((event) => h('div', {}, tx(`event.${event}`)))),
          h('td', {}, h('div', { class: 'actions' },
            h('a', { class: 'button small', attrs: { href: `#/admin/webhooks/${encodeURIComponent(hook.id)}` } }, tx('webhooks.deliveries')),
            rotate, remove)));
      });
      replace(list, h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'webhooks.list' }),
        h('thead', {}, h('tr', {}, ['webhooks.url', 'webhooks.events', 'webhooks.actions'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '3' }, i18n: 'webhooks.none' }))))));
    } catch (failure) {
      replace(list);
      showError(listErrors, failure, undefined, { feature: true });
    }
  }
  await load();
}
