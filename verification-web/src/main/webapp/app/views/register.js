// 注册: phone number, 获取验证码, 验证码, 密码 (rules shown first), 注册; then signed in at once.
import { api, signIn } from '../../shared/api.js';
import { h, announce, t } from '../../shared/dom.js';
import { showError, hideError, errorBox } from '../../shared/problems.js';
import { phoneField, codeField, passwordField, heading, focusFirstError } from './account-parts.js';

export default function view(container, context) {
  context.setTitle('register.title');
  const error = errorBox();
  const phone = phoneField();
  const code = codeField(phone, 'REGISTER', error);
  context.onCleanup(code.stop);
  const password = passwordField('account.password', phone.control);
  const submit = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: 'register.submit' });
  const form = h('form', { attrs: { novalidate: true } }, phone.wrapper, code.wrapper, password.wrapper,
    h('div', { class: 'actions stacked' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = { phone: phone.setError, code: code.setError, password: password.setError };
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
      await api.post('api/v1/accounts', {
        phone: phone.control.value.trim(), password: password.control.value, code: code.control.value.trim(),
      }, { auth: false });
      await signIn(phone.control.value.trim(), password.control.value);
      announce(t('register.done'));
      context.go('cards', 'register.done');
    } catch (failure) {
      showError(error, failure, fields);
      focusFirstError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  container.append(h('section', { class: 'panel' },
    ...heading('register.title', 'register.lead'),
    error, form,
    h('p', { class: 'links' }, h('a', { attrs: { href: '#/sign-in' }, i18n: 'register.toSignIn' }))));
}
