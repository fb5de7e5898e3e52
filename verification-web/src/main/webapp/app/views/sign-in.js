// 登录: phone number and password.
import { signIn } from '../../shared/api.js';
import { h, field, announce, t } from '../../shared/dom.js';
import { showError, hideError, errorBox } from '../../shared/problems.js';
import { phoneField, heading, focusFirstError } from './account-parts.js';

export default function view(container, context) {
  context.setTitle('signIn.title');
  const error = errorBox();
  const phone = phoneField();
  const password = field('account.password', h('input', {
    attrs: { type: 'password', name: 'password', autocomplete: 'current-password', maxlength: 64 },
  }), { required: true });
  const submit = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: 'signIn.submit' });
  const form = h('form', { attrs: { novalidate: true } }, phone.wrapper, password.wrapper,
    h('div', { class: 'actions stacked' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = { username: phone.setError, phone: phone.setError, password: password.setError };
    hideError(error, fields);
    if (!phone.control.value.trim()) phone.setError(t('account.phoneMissing'));
    if (!password.control.value) password.setError(t('account.passwordMissing'));
    if (!phone.control.value.trim() || !password.control.value) {
      focusFirstError(form, error);
      return;
    }
    submit.disabled = true;
    try {
      await signIn(phone.control.value.trim(), password.control.value);
      announce(t('signIn.welcome'));
      context.go('cards');
    } catch (failure) {
      showError(error, failure, fields);
      password.control.value = '';
      focusFirstError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  container.append(h('section', { class: 'panel' },
    ...heading('signIn.title', 'signIn.lead', context.notice),
    error, form,
    h('p', { class: 'links' },
      h('a', { attrs: { href: '#/register' }, i18n: 'signIn.toRegister' }),
      h('a', { attrs: { href: '#/reset' }, i18n: 'signIn.toReset' }))));
}
