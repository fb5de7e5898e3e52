// Service outlets: the list, and opening a new one.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { errorBox, showError, hideError, note } from '../../shared/problems.js';
import { section } from './common.js';

export default async function render(container, context) {
  context.setTitle('outlets.title');
  const list = h('div');
  const errors = errorBox();
  const done = h('div', { hidden: true });
  const code = field('outlets.code', h('input', { attrs: { name: 'code', maxlength: '32', autocomplete: 'off' } }), { required: true, hint: 'outlets.codeHint' });
  const name = field('outlets.name', h('input', { attrs: { name: 'name', maxlength: '100', autocomplete: 'off' } }), { required: true });
  const address = field('outlets.address', h('input', { attrs: { name: 'address', maxlength: '300', autocomplete: 'off' } }), { required: true });
  const zone = field('outlets.timeZone', h('input', { attrs: { name: 'timeZone', maxlength: '40', placeholder: 'Asia/Shanghai', autocomplete: 'off' } }), { hint: 'outlets.timeZoneHint' });
  const fields = { code: code.setError, name: name.setError, address: address.setError, timeZone: zone.setError };
  const form = h('form', { attrs: { novalidate: true } },
    h('div', { class: 'grid-2' }, code.wrapper, name.wrapper, address.wrapper, zone.wrapper),
    errors, done,
    h('div', { class: 'actions' }, h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('outlets.open'))));
  // Opening one comes first: the list grows long, the form does not.
  container.append(h('h1', { i18n: 'outlets.title' }), section('outlets.new', form), list);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(errors, fields);
    done.hidden = true;
    const body = { code: code.control.value.trim(), name: name.control.value.trim(), address: address.control.value.trim() };
    if (zone.control.value.trim()) body.timeZone = zone.control.value.trim();
    try {
      const outlet = await api.post('api/v1/admin/outlets', body);
      form.reset();
      note(done, 'outlets.opened', { code: outlet.code });
      announce(t('outlets.opened', { code: outlet.code }));
      await load();
    } catch (failure) {
      showError(errors, failure, fields);
    }
  });

  async function load() {
    const outlets = await api.get('api/v1/admin/outlets');
    if (!context.current()) return;
    replace(list, h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { i18n: 'outlets.list' }),
      h('thead', {}, h('tr', {}, ['outlets.code', 'outlets.name', 'outlets.address', 'outlets.timeZone'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
      h('tbody', {}, outlets.length
        ? outlets.map((outlet) => h('tr', {}, h('th', { attrs: { scope: 'row' }, class: 'mono', text: outlet.code }), h('td', { text: outlet.name }), h('td', { text: outlet.address }), h('td', { text: outlet.timeZone })))
        : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '4' }, i18n: 'outlets.none' }))))));
  }
  await load();
}
