// The holiday calendar of a year: public holidays and make-up working days, which the review deadline counts with.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, announce } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { normalizeDate } from '../../shared/format.js';
import { errorBox, showError, hideError, note } from '../../shared/problems.js';
import { section } from './common.js';

export default async function render(container, context) {
  context.setTitle('holidays.title');
  const errors = errorBox();
  const done = h('div', { hidden: true });
  const year = field('holidays.year', h('input', { attrs: { name: 'year', inputmode: 'numeric', maxlength: '4' } }));
  year.control.value = String(new Date().getFullYear());
  const show = h('button', { attrs: { type: 'submit' } }, tx('holidays.show'));
  const picker = h('form', { class: 'toolbar', attrs: { novalidate: true } }, year.wrapper, show);
  const lists = { holidays: [], workdays: [] };
  const holidays = dayList('holidays');
  const workdays = dayList('workdays');
  const save = h('button', { class: 'primary', attrs: { type: 'button' } }, tx('holidays.save'));
  container.append(
    h('h1', { i18n: 'holidays.title' }),
    h('p', { class: 'hint', i18n: 'holidays.hint' }),
    picker,
    h('div', { class: 'columns' }, holidays.element, workdays.element),
    errors, done,
    h('div', { class: 'actions' }, save));

  function dayList(kind) {
    const items = h('ul', { class: 'day-list' });
    const input = field(`holidays.add.${kind}`, h('input', { attrs: { name: kind, inputmode: 'numeric', placeholder: 'YYYY-MM-DD', maxlength: '10' } }), { hint: 'counter.dateHint' });
    const add = h('button', { attrs: { type: 'submit' } }, tx('holidays.add'));
    const form = h('form', { class: 'toolbar', attrs: { novalidate: true } }, input.wrapper, add);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = normalizeDate(input.control.value);
      input.setError(null);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        input.setError(t('holidays.badDate'));
        return;
      }
      if (!lists[kind].includes(value)) lists[kind].push(value);
      lists[kind].sort();
      input.control.value = '';
      draw();
      input.control.focus();
    });
    const draw = () => {
      replace(items, lists[kind].length
        ? lists[kind].map((day) => {
          const remove = h('button', { class: 'small', attrs: { type: 'button', 'aria-label': t('holidays.remove', { day }) } }, tx('holidays.removeShort'));
          remove.addEventListener('click', () => {
            lists[kind] = lists[kind].filter((d) => d !== day);
            draw();
            input.control.focus();
          });
          return h('li', {}, h('span', { class: 'mono', text: day }), ' ', remove);
        })
        : h('li', { class: 'muted', i18n: 'holidays.noDays' }));
    };
    draw();
    return { element: section(`holidays.${kind}`, form, items), draw, setError: input.setError };
  }

  async function load() {
    hideError(errors, { year: year.setError });
    done.hidden = true;
    try {
      const calendar = await api.get(`api/v1/admin/holidays/${encodeURIComponent(year.control.value.trim())}`);
      lists.holidays = [...(calendar.holidays || [])].sort();
      lists.workdays = [...(calendar.workdays || [])].sort();
      holidays.draw();
      workdays.draw();
    } catch (failure) {
      showError(errors, failure, { year: year.setError });
    }
  }
  picker.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  save.addEventListener('click', async () => {
    hideError(errors, { holidays: holidays.setError, workdays: workdays.setError });
    done.hidden = true;
    try {
      await api.put(`api/v1/admin/holidays/${encodeURIComponent(year.control.value.trim())}`, { holidays: lists.holidays, workdays: lists.workdays });
      note(done, 'holidays.saved', { year: year.control.value.trim() });
      announce(t('holidays.saved', { year: year.control.value.trim() }));
    } catch (failure) {
      showError(errors, failure, { holidays: holidays.setError, workdays: workdays.setError });
    }
  });
  await load();
}
