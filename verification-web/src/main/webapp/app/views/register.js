// 注册: phone number, 获取验证码, 验证码, 密码 (rules shown first), 注册; then signed in at once.
import { api, signIn } from '../../shared/api.js';
import { announce, t } from '../../shared/dom.js';
import { phoneCodePasswordScreen } from './account-parts.js';

export default function view(container, context) {
  phoneCodePasswordScreen(container, context, {
    title: 'register.title',
    lead: 'register.lead',
    purpose: 'REGISTER',
    passwordLabel: 'account.password',
    passwordName: 'password',
    submitLabel: 'register.submit',
    async send({ phone, code, password }) {
      await api.post('api/v1/accounts', { phone, password, code }, { auth: false });
      await signIn(phone, password);
      announce(t('register.done'));
      context.go('cards', 'register.done');
    },
  });
}
