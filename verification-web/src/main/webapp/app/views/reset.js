// 忘记密码: a RESET_PASSWORD code to the phone, then a new password. The answer is the same whether or not the number
// is registered; a number without an account simply gets no code.
import { api } from '../../shared/api.js';
import { phoneCodePasswordScreen } from './account-parts.js';

export default function view(container, context) {
  phoneCodePasswordScreen(container, context, {
    title: 'reset.title',
    lead: 'reset.lead',
    purpose: 'RESET_PASSWORD',
    passwordLabel: 'reset.newPassword',
    passwordName: 'newPassword',
    submitLabel: 'reset.submit',
    async send({ phone, code, password }) {
      await api.post('api/v1/auth/password-reset', { phone, code, newPassword: password }, { auth: false });
      context.go('sign-in', 'reset.done');
    },
  });
}
