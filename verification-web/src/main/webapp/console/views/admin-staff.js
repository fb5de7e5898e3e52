// Staff accounts: create one (an outlet for counter staff), list them, disable, enable and reset their password.
// Every change asks first. The list and lifecycle endpoints belong to the staff-lifecycle work (api.md, "Customer
// service and staff"); until the server has them, their problem message is shown here.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { confirmAction } from '../../shared/dialog.js';
import { errorBox, showError, hideError, note } from '../../shared/problems.js';
import { section, statusBadge, coded, pick, listOf } from './common.js';

const ROLES = ['REVIEWER', 'OUTLET_STAFF', 'CUSTOMER_SERVICE', 'ADMIN', 'OPERATOR'];
const DOCUMENT_TYPES = ['CN_RESIDENT_ID', 'CN_EEP_HKMO', 'HKMO_HOME_RETURN_PERMIT', 'HK_ID'];

function disabled(member) {
  return member.disabled === true || member.enabled === false || member.status === 'DISABLED';
}

export default async function render(container, context) {
  context.setTitle('staff.title');
  const list = h('div');
  const listErrors = errorBox();
  const listNote = h('div', { hidden: true });
  container.append(h('h1', { i18n: 'staff.title' }), section('staff.list', listNote, listErrors, list), createSection());

  function createSection() {
    const errors = errorBox();
    const done = h('div', { hidden: true });
    const username = field('staff.username', h('input', { attrs: { name: 'username', maxlength: '64', autocomplete: 'off' } }), { required: true });
    const password = field('staff.password', h('input', { attrs: { name: 'password', type: 'password', maxlength: '200', autocomplete: 'new-password' } }), { required: true, hint: 'staff.passwordHint' });
    const role = field('staff.role', h('select', { attrs: { name: 'role' } }, ROLES.map((code) => h('option', { attrs: { value: code }, i18n: `role.${code}` }))), { required: true });
    const outlet = field('staff.outlet', h('select', { attrs: { name: 'outletCode' } }, h('option', { attrs: { value: '' }, i18n: 'staff.chooseOutlet' })), { hint: 'staff.outletHint' });
    // The staff member's own document is required (issue 13): nobody may claim, decide or serve their own identity.
    const documentType = field('staff.documentType', h('select', { attrs: { name: 'documentType' } },
      h('option', { attrs: { value: '' }, i18n: 'staff.noDocument' }),
      DOCUMENT_TYPES.map((code) => h('option', { attrs: { value: code }, i18n: `document.${code}` }))), { required: true });
    const documentNumber = field('staff.documentNumber', h('input', { attrs: { name: 'documentNumber', maxlength: '40', autocomplete: 'off' } }), { required: true, hint: 'staff.documentHint' });
    const fields = {
      username: username.setError, password: password.setError, role: role.setError, outletCode: outlet.setError,
      documentType: documentType.setError, documentNumber: documentNumber.setError,
      document: documentNumber.setError, 'document.documentType': documentType.setError, 'document.documentNumber': documentNumber.setError,
    };
    const showOutlet = () => { outlet.wrapper.hidden = role.control.value !== 'OUTLET_STAFF'; };
    role.control.addEventListener('change', showOutlet);
    showOutlet();
    api.get('api/v1/admin/outlets').then((outlets) => {
      for (const item of outlets) outlet.control.append(h('option', { attrs: { value: item.code }, text: `${item.name} (${item.code})` }));
    }).catch((failure) => outlet.setError(failure.message));
    const form = h('form', { attrs: { novalidate: true } },
      h('div', { class: 'grid-3' }, username.wrapper, password.wrapper, role.wrapper, outlet.wrapper, documentType.wrapper, documentNumber.wrapper),
      errors, done,
      h('div', { class: 'actions' }, h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('staff.create'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      hideError(errors, fields);
      done.hidden = true;
      const body = { username: username.control.value.trim(), password: password.control.value, role: role.control.value };
      if (role.control.value === 'OUTLET_STAFF') body.outletCode = outlet.control.value;
      body.document = { documentType: documentType.control.value, documentNumber: documentNumber.control.value.trim() };
      try {
        const created = await api.post('api/v1/admin/staff', body);
        form.reset();
        showOutlet();
        note(done, 'staff.created', { username: created.username });
        announce(t('staff.created', { username: created.username }));
        await load();
      } catch (failure) {
        showError(errors, failure, fields);
      }
    });
    return section('staff.new', form);
  }

  async function change(member, action) {
    hideError(listErrors);
    listNote.hidden = true;
    const confirmed = await confirmAction({ titleKey: `staff.${action}`, messageKey: `staff.confirm.${action}`, args: { username: member.username }, confirmKey: `staff.${action}`, danger: action === 'disable' });
    if (!confirmed) return;
    try {
      const answer = await api.post(`api/v1/admin/staff/${encodeURIComponent(member.id)}/${action}`);
      const temporary = pick(answer || {}, 'temporaryPassword', 'password');
      note(listNote, `staff.done.${action}`, { username: member.username });
      if (temporary) listNote.append(h('p', {}, tx('staff.temporaryPassword'), ' ', h('span', { class: 'mono', text: temporary })));
      announce(t(`staff.done.${action}`, { username: member.username }));
      await load();
    } catch (failure) {
      showError(listErrors, failure, undefined, { feature: true });
    }
  }

  async function load() {
    try {
      const answer = await api.get('api/v1/admin/staff');
      if (!context.current()) return;
      const staff = listOf(answer, 'staff');
      const rows = staff.map((member) => {
        const off = disabled(member);
        const toggle = h('button', { class: ['small', off ? '' : 'danger'], attrs: { type: 'button' } }, tx(off ? 'staff.enable' : 'staff.disable'));
        toggle.addEventListener('click', () => change(member, off ? 'enable' : 'disable'));
        const reset = h('button', { class: 'small', attrs: { type: 'button' } }, tx('staff.password-reset'));
        reset.addEventListener('click', () => change(member, 'password-reset'));
        return h('tr', {},
          h('th', { attrs: { scope: 'row' }, text: member.username }),
          h('td', {}, coded('role', member.role)),
          h('td', { class: 'mono', text: member.outletCode || '—' }),
          h('td', {}, statusBadge('account', off ? 'DISABLED' : 'ACTIVE')),
          h('td', {}, h('div', { class: 'actions' }, toggle, reset)));
      });
      replace(list, h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden', i18n: 'staff.list' }),
        h('thead', {}, h('tr', {}, ['staff.username', 'staff.role', 'staff.outlet', 'staff.status', 'staff.actions'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
        h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '5' }, i18n: 'staff.none' }))))));
    } catch (failure) {
      replace(list);
      showError(listErrors, failure, undefined, { feature: true });
    }
  }
  await load();
}
