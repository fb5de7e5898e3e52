// One application. Open (DRAFT, or REUPLOAD_REQUESTED for the photos asked for): the photos with their verdicts, the
// identity form checked as it is typed, the consent text and 提交. Otherwise: where it stands, its deadline, its
// history, and 撤回申请 while it is still open.
import { api, request } from '../../shared/api.js';
import { h, tx, field, checkbox, clear, replace, announce, uid, t } from '../../shared/dom.js';
import { has } from '../../shared/i18n.js';
import { showError, hideError, errorBox } from '../../shared/problems.js';
import { confirmAction } from '../../shared/dialog.js';
import { dateTime, normalizeDate } from '../../shared/format.js';
import { prepare } from '../photo.js';
import { statusBadge } from './cards.js';
import { focusFirstError } from './account-parts.js';

const KINDS = ['ID_FRONT', 'ID_BACK', 'FACE'];
const DOCUMENT_TYPES = ['CN_RESIDENT_ID', 'CN_EEP_HKMO', 'HKMO_HOME_RETURN_PERMIT', 'HK_ID'];
const OPEN = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REUPLOAD_REQUESTED'];

export default async function view(container, context) {
  const [id] = context.params;
  context.setTitle('application.title');
  const application = await api.get(`api/v1/applications/${id}`);
  if (!context.current()) return;
  const editable = ['DRAFT', 'REUPLOAD_REQUESTED'].includes(application.status);
  const kinds = application.status === 'REUPLOAD_REQUESTED' && application.requestedPhotos.length
    ? KINDS.filter((kind) => application.requestedPhotos.includes(kind))
    : KINDS;
  container.append(h('h1', { i18n: editable ? 'application.title' : 'statusPage.title' }));
  if (context.notice) {
    container.append(h('div', { class: 'alert success', attrs: { role: 'status' } }, h('p', {}, tx(context.notice))));
  }
  container.append(summary(application));
  if (editable) {
    container.append(flow(application, kinds, context));
  }
  container.append(history(application));
  if (OPEN.includes(application.status)) container.append(withdrawal(application, context));
  // A status page holds nothing typed: on a language switch it is drawn again, dates included, in the new language.
  if (!editable) context.onLanguageChange(() => context.go(`applications/${id}`));
  container.append(h('p', { class: 'links' }, h('a', { attrs: { href: '#/cards' }, i18n: 'application.back' })));
}

function summary(application) {
  const facts = [
    ['application.card', h('span', { text: application.cardNumber })],
    application.maskedNumber ? ['application.document', h('span', {}, tx(`document.${application.documentType}`), h('br'), h('span', { class: 'nowrap', text: application.maskedNumber }))] : null,
    application.submittedAt ? ['application.submittedAt', h('span', { text: dateTime(application.submittedAt) })] : null,
    application.slaDeadline ? ['application.deadline', h('span', { text: dateTime(application.slaDeadline) })] : null,
  ].filter(Boolean);
  // A reason belongs to the decision it explains; once the applicant has answered a re-upload request it is history.
  const decided = ['REUPLOAD_REQUESTED', 'REJECTED', 'REFERRED'].includes(application.status);
  const reasons = decided ? (application.reasons || []).map((reason) => h('li', { text: reason.message })) : [];
  return h('section', { class: 'panel', attrs: { 'aria-labelledby': 'summary-heading' } },
    h('div', { class: 'status-head' },
      h('h2', { id: 'summary-heading', i18n: 'application.summary' }),
      statusBadge(application.status)),
    h('p', { i18n: `statusExplain.${application.status}` }),
    application.status === 'REUPLOAD_REQUESTED' && application.requestedPhotos.length
      ? h('p', { class: 'alert warning' }, tx('application.requested', {
        photos: application.requestedPhotos.map((kind) => t(`photo.${kind}`)).join('、'),
      }))
      : null,
    reasons.length ? h('div', { class: 'alert info' }, h('p', { class: 'alert-title', i18n: 'application.reasons' }), h('ul', {}, reasons)) : null,
    h('dl', { class: 'facts' }, facts.map(([key, value]) => [h('dt', { i18n: key }), h('dd', {}, value)])));
}

function history(application) {
  const entries = [...(application.history || [])].reverse();
  return h('section', { class: 'panel', attrs: { 'aria-labelledby': 'history-heading' } },
    h('h2', { id: 'history-heading', i18n: 'history.title' }),
    entries.length
      ? h('ol', { class: 'history' }, entries.map((entry) => h('li', {},
        h('time', { attrs: { datetime: entry.at }, text: dateTime(entry.at) }),
        tx(has(`history.${entry.action}`) ? `history.${entry.action}` : 'history.other'))))
      : h('p', { class: 'lead', i18n: 'common.none' }));
}

function withdrawal(application, context) {
  const box = errorBox();
  const button = h('button', { attrs: { type: 'button' }, i18n: 'withdraw.action' });
  button.addEventListener('click', async () => {
    hideError(box);
    const sure = await confirmAction({ titleKey: 'withdraw.title', messageKey: 'withdraw.message', confirmKey: 'withdraw.action', danger: true });
    if (!sure) return;
    try {
      await api.post(`api/v1/applications/${application.id}/withdrawal`, {});
      context.go(`applications/${application.id}`, 'withdraw.done');
    } catch (failure) {
      showError(box, failure, null, { feature: true });
      box.setAttribute('tabindex', '-1');
      box.focus();
    }
  });
  return h('section', { class: 'panel', attrs: { 'aria-labelledby': 'withdraw-heading' } },
    h('h2', { id: 'withdraw-heading', i18n: 'withdraw.title' }),
    h('p', { class: 'lead', i18n: 'withdraw.lead' }), box,
    h('div', { class: 'actions stacked' }, button));
}

/** The open application's steps: photos, identity (not on a re-upload), consent and submission. */
function flow(application, kinds, context) {
  const accepted = new Set();
  const reupload = application.status === 'REUPLOAD_REQUESTED';
  const identityDeclared = reupload || (application.history || []).some((entry) => entry.action === 'IDENTITY_DECLARED');
  const state = { identityDone: identityDeclared };
  const photos = h('section', { class: 'panel', attrs: { 'aria-labelledby': 'photos-heading' } },
    h('h2', { id: 'photos-heading', i18n: reupload ? 'photos.reuploadTitle' : 'photos.title' }),
    h('p', { class: 'lead', i18n: 'photos.lead' }),
    kinds.map((kind) => photoCard(application.id, kind, accepted)));
  const identity = reupload ? null : identityForm(application, state);
  const submission = submitPanel(application, kinds, accepted, state, context);
  return h('div', {}, photos, identity, submission);
}

const CAPTURE = { ID_FRONT: 'environment', ID_BACK: 'environment', FACE: 'user' };

function photoCard(applicationId, kind, accepted) {
  const input = h('input', {
    id: uid('photo'),
    attrs: { type: 'file', accept: 'image/*', capture: CAPTURE[kind], name: kind },
  });
  const frame = h('div', { class: 'frame' }, h('span', { class: 'placeholder', i18n: 'photos.none' }));
  const verdict = h('p', { class: 'verdict', attrs: { 'aria-live': 'polite', id: `${input.id}-verdict` } });
  input.setAttribute('aria-describedby', `${input.id}-tip ${input.id}-verdict`);
  let preview = null;
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    accepted.delete(kind);
    card.dataset.state = 'checking';
    const body = await prepare(file);
    if (preview) URL.revokeObjectURL(preview);
    preview = URL.createObjectURL(body);
    replace(frame, h('img', { src: preview, alt: t('photos.previewOf', { kind: t(`photo.${kind}`) }) }));
    verdict.className = 'verdict busy';
    replace(verdict, tx('photos.checking'));
    try {
      await request('PUT', `api/v1/applications/${applicationId}/photos/${kind}`,
        { body, contentType: body.type === 'image/png' ? 'image/png' : 'image/jpeg' });
      accepted.add(kind);
      verdict.className = 'verdict ok';
      replace(verdict, tx('photos.accepted'));
      card.dataset.state = 'accepted';
    } catch (failure) {
      verdict.className = 'verdict bad';
      replace(verdict, h('span', { class: 'what', i18n: 'photos.refused' }), h('span', { text: failure.message }),
        failure.retryAfter ? h('span', {}, ' ', tx('error.retryAfter', { seconds: failure.retryAfter })) : null);
      card.dataset.state = 'refused';
      input.value = '';
    }
  });
  const card = h('article', { class: ['photo', kind === 'FACE' ? 'face' : null], dataset: { kind, state: 'empty' } },
    h('h3', {}, tx(`photo.${kind}`)),
    h('p', { class: 'hint', id: `${input.id}-tip`, i18n: `photos.tip.${kind}` }),
    frame,
    h('label', { class: 'file-pick', attrs: { for: input.id } },
      input,
      h('span', { class: 'button' }, tx('photos.pick')),
      h('span', { class: 'visually-hidden' }, ' ', tx(`photo.${kind}`))),
    verdict);
  return card;
}

function identityForm(application, state) {
  const box = errorBox();
  const done = h('div', { hidden: !state.identityDone, class: 'alert success', attrs: { role: 'status' } },
    h('p', {}, tx('identity.saved')));
  const name = field('identity.name', h('input', { attrs: { name: 'name', autocomplete: 'name', maxlength: 100 } }), { required: true });
  const type = field('identity.documentType', h('select', { attrs: { name: 'documentType' } },
    DOCUMENT_TYPES.map((value) => h('option', { value, i18n: `document.${value}` }))), { required: true });
  const number = field('identity.documentNumber', h('input', {
    attrs: { name: 'documentNumber', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 32 },
  }), { required: true });
  const recognised = h('p', { class: 'masked', attrs: { 'aria-live': 'polite' } });
  number.wrapper.append(recognised);
  const dateInput = (fieldName) => h('input', { attrs: { name: fieldName, inputmode: 'numeric', placeholder: 'YYYY-MM-DD', maxlength: 10, autocomplete: 'off' } });
  const birth = field('identity.birthDate', dateInput('birthDate'), { hint: 'identity.birthDateHint' });
  const issue = field('identity.issueDate', dateInput('issueDate'), { hint: 'identity.dateHint' });
  const expiry = field('identity.expiryDate', dateInput('expiryDate'), { hint: 'identity.expiryHint' });
  const longTerm = checkbox('identity.longTerm');
  const fields = {
    name: name.setError, documentType: type.setError, documentNumber: number.setError, birthDate: birth.setError,
    issueDate: issue.setError, expiryDate: expiry.setError, longTerm: expiry.setError,
  };
  const body = () => {
    const json = { documentType: type.control.value, documentNumber: number.control.value.trim() };
    for (const [key, item] of [['birthDate', birth], ['issueDate', issue], ['expiryDate', expiry]]) {
      const value = normalizeDate(item.control.value);
      if (value) json[key] = value;
    }
    if (longTerm.control.checked) json.longTerm = true;
    return json;
  };
  const toggleExpiry = () => {
    expiry.control.disabled = longTerm.control.checked;
    if (longTerm.control.checked) expiry.control.value = '';
  };
  longTerm.control.addEventListener('change', toggleExpiry);

  // Checked as it is typed: the public validation answers with problems per field, in the chosen language.
  let timer = null;
  let asked = 0;
  const validate = async () => {
    if (!number.control.value.trim()) return;
    const ticket = ++asked;
    try {
      const verdict = await api.post('api/v1/documents/validation', body(), { auth: false });
      if (ticket !== asked) return;
      for (const [key, set] of Object.entries(fields)) if (key !== 'name') set(null);
      for (const problem of verdict.problems || []) {
        const set = fields[problem.field];
        if (set) set(problem.message);
      }
      recognised.textContent = verdict.valid && verdict.maskedNumber ? t('identity.recognised', { number: verdict.maskedNumber }) : '';
    } catch (failure) {
      // A failed check while typing says nothing; saving shows the server's answer.
    }
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(validate, 500);
  };
  for (const control of [number.control, birth.control, issue.control, expiry.control]) {
    control.addEventListener('input', soon);
    control.addEventListener('blur', validate);
  }
  type.control.addEventListener('change', validate);
  longTerm.control.addEventListener('change', validate);

  const save = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: 'identity.save' });
  const form = h('form', { attrs: { novalidate: true } }, name.wrapper, type.wrapper, number.wrapper, birth.wrapper,
    issue.wrapper, expiry.wrapper, h('div', { class: 'agree' }, longTerm.wrapper), h('div', { class: 'actions stacked' }, save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(box, fields);
    done.hidden = true;
    if (!name.control.value.trim()) name.setError(t('identity.nameMissing'));
    if (!number.control.value.trim()) number.setError(t('identity.numberMissing'));
    if (form.querySelector('[aria-invalid="true"]')) {
      focusFirstError(form, box);
      return;
    }
    save.disabled = true;
    try {
      await api.put(`api/v1/applications/${application.id}/identity`, { name: name.control.value.trim(), ...body() });
      state.identityDone = true;
      done.hidden = false;
      announce(t('identity.saved'));
    } catch (failure) {
      state.identityDone = false;
      showError(box, failure, fields);
      focusFirstError(form, box);
    } finally {
      save.disabled = false;
    }
  });
  return h('section', { class: 'panel', attrs: { 'aria-labelledby': 'identity-heading' } },
    h('h2', { id: 'identity-heading', i18n: 'identity.title' }),
    h('p', { class: 'lead', i18n: state.identityDone ? 'identity.leadAgain' : 'identity.lead' }),
    done, box, form);
}

function submitPanel(application, kinds, accepted, state, context) {
  const box = errorBox();
  const title = h('h3', { id: uid('consent') });
  const text = h('div', { class: 'consent-text', attrs: { tabindex: '0', role: 'region', 'aria-labelledby': title.id } });
  const version = h('p', { class: 'hint' });
  const agree = checkbox('consent.accept');
  let consent = null;
  const load = async () => {
    try {
      consent = await api.get('api/v1/consent', { auth: false });
      title.textContent = consent.title;
      text.textContent = consent.text;
      version.textContent = t('consent.version', { version: consent.version });
    } catch (failure) {
      showError(box, failure);
    }
  };
  context.onLanguageChange(load);
  const submit = h('button', { class: 'primary', attrs: { type: 'submit' }, i18n: 'submit.action' });
  // The reasons not to submit yet appear right above 提交, where the thumb is.
  const form = h('form', { attrs: { novalidate: true } }, title, text, version, h('div', { class: 'agree' }, agree.wrapper),
    box, h('div', { class: 'actions stacked' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(box);
    const missing = kinds.filter((kind) => !accepted.has(kind));
    const problems = [];
    if (missing.length && application.status === 'REUPLOAD_REQUESTED') {
      problems.push(t('submit.photosMissing', { photos: missing.map((kind) => t(`photo.${kind}`)).join('、') }));
    }
    if (!state.identityDone) problems.push(t('submit.identityMissing'));
    if (!agree.control.checked || !consent) problems.push(t('submit.consentMissing'));
    if (problems.length) {
      clear(box);
      box.hidden = false;
      box.append(h('p', { class: 'alert-title', i18n: 'submit.notYet' }), h('ul', {}, problems.map((p) => h('li', { text: p }))));
      box.setAttribute('tabindex', '-1');
      box.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api.post(`api/v1/applications/${application.id}/submit`, { consent: { version: consent.version, accepted: true } });
      context.go(`applications/${application.id}`, 'submit.done');
    } catch (failure) {
      showError(box, failure);
      box.setAttribute('tabindex', '-1');
      box.focus();
      submit.disabled = false;
    }
  });
  const panel = h('section', { class: 'panel', attrs: { 'aria-labelledby': 'submit-heading' } },
    h('h2', { id: 'submit-heading', i18n: application.status === 'REUPLOAD_REQUESTED' ? 'consent.titleAgain' : 'consent.title' }), form);
  load();
  return panel;
}
