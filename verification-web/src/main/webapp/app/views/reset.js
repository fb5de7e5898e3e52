// 忘记密码: a RESET_PASSWORD code to the phone, then a new password. The answer is the same whether or not the number
// is registered; a number without an account simply gets no code.
import { api } from '../../shared/api.js';
import { h, t } from '../../shared/dom.js';
import { showError, hideError, errorBox } from '../../shared/problems.js';
import { phoneField, codeField, passwordField, heading, focusFirstError } from './account-parts.js';

export default function view(container, context) {
  context.setTitle('reset.title');
  const error = errorBox();
  const phone = phoneField();
  const code = codeField(phone, 'RESET_PASSWORD', error);
  context.onCleanup(code.stop);
  const password = passwordField('reset.newPassword', phone.control);
  const submit = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: 'reset.submit' });
  const form = h('form', { attrs: { novalidate: true } }, phone.wrapper, code.wrapper, password.wrapper,
    h('div', { class: 'actions stacked' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = { phone: phone.setError, code: code.setError, newPassword: password.setError, password: password.setError };
    hideError(error, fields);
    if (!phone.control.value.trim()) phone.setError(t('account.phoneMissing'));
    if (!/^[0-9]{6}$/.test(code.control.value.trim())) code.setError(t('account.codeMissing'));
    password.setError(password.problem());
    if (form.querySelector('[aria-invalid="true"]')) {
      focusFirstError(form, error);
      return;
    }
    submit.disabled = true;
    try {
      await api.post('api/v1/auth/password-reset', {
        phone: phone.control.value.trim(), code: code.control.value.trim(), newPassword: password.control.value,
      }, { auth: false });
      context.go('sign-in', 'reset.done');
    } catch (failure) {
      showError(error, failure, fields);
      focusFirstError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  container.append(h('section', { class: 'panel' },
    ...heading('reset.title', 'reset.lead'),
    error, form,
    h('p', { class: 'links' }, h('a', { attrs: { href: '#/sign-in' }, i18n: 'register.toSignIn' }))));
}
