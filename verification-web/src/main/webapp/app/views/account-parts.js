// Parts of the sign-in, registration and reset screens: the phone field, the SMS code with its resend countdown, and
// the password with its rules shown (and ticked off) before anything is sent; and the one screen that registration
// and reset both are (phone, code, password).
import { api } from '../../shared/api.js';
import { h, tx, field, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { showError, hideError, errorBox } from '../../shared/problems.js';

export function phoneField() {
  return field('account.phone', h('input', {
    attrs: { type: 'tel', name: 'phone', autocomplete: 'tel', inputmode: 'tel', maxlength: 20 },
  }), { required: true, hint: 'account.phoneHint' });
}

/**
 * The code field and its 获取验证码 button. The button waits as long as the server says (retryAfter in a 202, or the
 * Retry-After of a 429) before it can be pressed again, counting down in its label.
 */
export function codeField(phone, purpose, errorBox) {
  const code = field('account.code', h('input', {
    attrs: { name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', pattern: '[0-9]*', maxlength: 6 },
  }), { required: true });
  const button = h('button', { attrs: { type: 'button' }, i18n: 'account.getCode' });
  let timer = null;
  let remaining = 0;
  const tick = () => {
    if (remaining <= 0) {
      clearInterval(timer);
      timer = null;
      button.disabled = false;
      button.dataset.i18n = 'account.getCode';
      button.removeAttribute('data-i18n-args');
      button.textContent = t('account.getCode');
      return;
    }
    button.disabled = true;
    button.dataset.i18n = 'account.resendIn';
    button.dataset.i18nArgs = JSON.stringify({ seconds: remaining });
    button.textContent = t('account.resendIn', { seconds: remaining });
    remaining -= 1;
  };
  const wait = (seconds) => {
    remaining = Math.max(1, Math.round(Number(seconds) || 60));
    if (timer) clearInterval(timer);
    tick();
    timer = setInterval(tick, 1000);
  };
  button.addEventListener('click', async () => {
    hideError(errorBox, { phone: phone.setError });
    const number = phone.control.value.trim();
    if (!number) {
      phone.setError(t('account.phoneMissing'));
      phone.control.focus();
      return;
    }
    button.disabled = true;
    try {
      const answer = await api.post('api/v1/auth/sms-codes', { phone: number, purpose }, { auth: false });
      wait(answer && answer.retryAfter);
      announce(t('account.codeSent'));
      code.control.focus();
    } catch (failure) {
      showError(errorBox, failure, { phone: phone.setError });
      if (failure.retryAfter) {
        wait(failure.retryAfter);
      } else {
        button.disabled = false;
      }
      (phone.control.getAttribute('aria-invalid') ? phone.control : errorBox).focus?.();
    }
  });
  // The button sits on the input's line; the field's hint and error stay under both.
  const line = h('div', { class: 'code-line' });
  code.control.replaceWith(line);
  line.append(code.control, button);
  return { ...code, button, stop: () => timer && clearInterval(timer) };
}

const RULES = [
  { key: 'password.ruleLength', test: (value) => value.length >= 8 && value.length <= 64 },
  { key: 'password.ruleMix', test: (value) => /[A-Za-z]/.test(value) && /[0-9]/.test(value) },
  { key: 'password.rulePhone', test: (value, phone) => !phone || phone.length < 6 || !value.includes(phone.slice(-8)) },
];

/** The password field with its rules listed under it, each ticked as it is met. */
export function passwordField(labelKey, phoneInput) {
  const rulesId = `rules-${Math.random().toString(36).slice(2, 8)}`;
  const password = field(labelKey, h('input', {
    attrs: { type: 'password', name: 'password', autocomplete: 'new-password', maxlength: 64 },
  }), { required: true, describedBy: rulesId });
  const items = RULES.map((rule) => ({ rule, item: h('li', { i18n: rule.key }) }));
  const list = h('ul', { class: 'rules', id: rulesId }, items.map((entry) => entry.item));
  const intro = h('p', { class: 'hint' }, tx('password.rulesIntro'));
  password.control.after(intro, list);
  const digits = () => (phoneInput ? phoneInput.value.replace(/\D/g, '') : '');
  const update = () => {
    for (const { rule, item } of items) {
      item.classList.toggle('met', rule.test(password.control.value, digits()));
    }
  };
  password.control.addEventListener('input', update);
  /** The first rule not met, as a message; null when all are. */
  password.problem = () => {
    const failed = RULES.find((rule) => !rule.test(password.control.value, digits()));
    return failed ? t('password.notMet', { rule: t(failed.key) }) : null;
  };
  return password;
}

/** The screen's heading and an optional one-time notice (e.g. signed out). */
export function heading(titleKey, leadKey, noticeKey) {
  return [
    h('h1', { i18n: titleKey }),
    leadKey ? h('p', { class: 'lead', i18n: leadKey }) : null,
    noticeKey ? h('div', { class: 'alert info', attrs: { role: 'status' } }, h('p', {}, tx(noticeKey))) : null,
  ];
}

/** Focuses the first field with an error, or else the error box. */
export function focusFirstError(form, box) {
  const invalid = form.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
  } else {
    box.setAttribute('tabindex', '-1');
    box.focus();
  }
}

/**
 * A screen of phone, SMS code and password (registration, reset): checked as a person would before anything is sent,
 * then {@code spec.send({ phone, code, password })}; the server's answer is shown on the fields it names. {@code spec}:
 * title, lead, purpose (of the code), passwordLabel, passwordName (the field the API calls it), submitLabel, send.
 */
export function phoneCodePasswordScreen(container, context, spec) {
  context.setTitle(spec.title);
  const error = errorBox();
  const phone = phoneField();
  const code = codeField(phone, spec.purpose, error);
  context.onCleanup(code.stop);
  const password = passwordField(spec.passwordLabel, phone.control);
  const submit = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: spec.submitLabel });
  const form = h('form', { attrs: { novalidate: true } }, phone.wrapper, code.wrapper, password.wrapper,
    h('div', { class: 'actions stacked' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The password rules may be reported on `password` whatever the API calls the field.
    const fields = {
      phone: phone.setError, code: code.setError, password: password.setError, [spec.passwordName]: password.setError,
    };
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
      await spec.send({
        phone: phone.control.value.trim(), code: code.control.value.trim(), password: password.control.value,
      });
    } catch (failure) {
      showError(error, failure, fields);
      focusFirstError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  container.append(h('section', { class: 'panel' },
    ...heading(spec.title, spec.lead),
    error, form,
    h('p', { class: 'links' }, h('a', { attrs: { href: '#/sign-in' }, i18n: 'register.toSignIn' }))));
}
