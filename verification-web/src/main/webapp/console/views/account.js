// The signed-in person's own password. A change ends every earlier sign-in, this one included, so the console signs
// out and asks for the new password.
import { api, session } from '../../shared/api.js';
import { h, tx, field } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { errorBox, showError, hideError, note } from '../../shared/problems.js';
import { section } from './common.js';

export default async function render(container, context) {
  context.setTitle('account.title');
  const errors = errorBox();
  const done = h('div', { hidden: true });
  const current = field('account.current', h('input', { attrs: { name: 'currentPassword', type: 'password', autocomplete: 'current-password', maxlength: '200' } }), { required: true });
  const fresh = field('account.new', h('input', { attrs: { name: 'newPassword', type: 'password', autocomplete: 'new-password', maxlength: '200' } }), { required: true, hint: 'staff.passwordHint' });
  const again = field('account.again', h('input', { attrs: { name: 'again', type: 'password', autocomplete: 'new-password', maxlength: '200' } }), { required: true });
  const fields = { currentPassword: current.setError, newPassword: fresh.setError };
  const form = h('form', { attrs: { novalidate: true } }, current.wrapper, fresh.wrapper, again.wrapper, errors, done,
    h('div', { class: 'actions' }, h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('account.change'))));
  const panel = section('account.password', h('p', { class: 'hint', i18n: 'account.hint' }), form);
  panel.classList.add('narrow');
  container.append(h('h1', { i18n: 'account.title' }), panel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(errors, { ...fields, again: again.setError });
    if (fresh.control.value !== again.control.value) {
      again.setError(t('account.mismatch'));
      again.control.focus();
      return;
    }
    try {
      await api.put('api/v1/me/password', { currentPassword: current.control.value, newPassword: fresh.control.value }, { reauth: false });
      form.reset();
      note(done, 'account.changed');
      setTimeout(() => { session.end(); location.hash = ''; location.reload(); }, 2500);
    } catch (failure) {
      showError(errors, failure, fields, { feature: true });
    }
  });
}
