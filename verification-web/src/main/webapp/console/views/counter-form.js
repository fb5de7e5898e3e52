// The outlet counter: the form the clerk fills in with the holder (and an agent, if someone comes for them), checked
// while typing through the public validation endpoint, decided on the spot, with 打印确认函 opening the PDF letter.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, checkbox, announce, uid } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { normalizeDate } from '../../shared/format.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { statusBadge, section } from './common.js';
import { openDocument } from './photo-viewer.js';

const DOCUMENT_TYPES = ['CN_RESIDENT_ID', 'CN_EEP_HKMO', 'HKMO_HOME_RETURN_PERMIT', 'HK_ID'];
const RELATIONSHIPS = ['PARENT', 'GUARDIAN', 'SPOUSE', 'CHILD', 'RELATIVE', 'OTHER'];
const CHECK_DELAY = 400;

function input(name, attributes) {
  return h('input', { attrs: { name, autocomplete: 'off', spellcheck: 'false', ...(attributes || {}) } });
}

function dateInput(name) {
  return input(name, { inputmode: 'numeric', placeholder: 'YYYY-MM-DD', maxlength: '10' });
}

/**
 * A person's name and document, validated while typing. prefix names the request path ('holder' or 'agent') so that
 * the server's field messages land beside the right control.
 */
function documentPart(prefix) {
  const name = field('counter.name', input('name', { maxlength: '64' }), { required: true });
  const type = field('counter.documentType', h('select', { attrs: { name: 'documentType' } },
    DOCUMENT_TYPES.map((code) => h('option', { attrs: { value: code }, i18n: `document.${code}` }))), { required: true });
  const number = field('counter.documentNumber', input('documentNumber', { maxlength: '40' }), { required: true });
  const dateHint = h('p', { class: 'hint', id: uid('dates'), i18n: 'counter.datesHint' });
  const birth = field('counter.birthDate', dateInput('birthDate'), { describedBy: dateHint.id });
  const issue = field('counter.issueDate', dateInput('issueDate'), { describedBy: dateHint.id });
  const expiry = field('counter.expiryDate', dateInput('expiryDate'), { describedBy: dateHint.id });
  const longTerm = checkbox('counter.longTerm', { name: 'longTerm' });
  const status = h('p', { class: 'check-status', attrs: { 'aria-live': 'polite' } });
  number.wrapper.append(status);
  longTerm.control.addEventListener('change', () => {
    expiry.control.disabled = longTerm.control.checked;
    if (longTerm.control.checked) expiry.control.value = '';
  });
  const setters = {
    name: name.setError,
    documentType: type.setError,
    documentNumber: number.setError,
    birthDate: birth.setError,
    issueDate: issue.setError,
    expiryDate: expiry.setError,
    longTerm: expiry.setError,
  };
  const fields = {};
  for (const [key, set] of Object.entries(setters)) {
    fields[`${prefix}.${key}`] = set;
    fields[`${prefix}.document.${key}`] = set;
  }
  fields[`${prefix}.name`] = name.setError;

  const value = () => {
    const document = { documentType: type.control.value, documentNumber: number.control.value.trim() };
    for (const [key, part] of [['birthDate', birth], ['issueDate', issue], ['expiryDate', expiry]]) {
      const text = normalizeDate(part.control.value);
      if (text) document[key] = text;
    }
    if (longTerm.control.checked) document.longTerm = true;
    return { name: name.control.value.trim(), document };
  };

  // Instant validation: the same rules the server applies at submission, without storing anything. Only the latest
  // answer counts; fields the clerk has not reached yet are not judged (the endpoint skips absent optional fields).
  let sequence = 0;
  let timer = null;
  const check = async () => {
    const current = value();
    if (!current.document.documentNumber) {
      status.textContent = '';
      status.className = 'check-status';
      return;
    }
    const mine = ++sequence;
    try {
      const body = { ...current.document };
      if (current.name) body.name = current.name;
      const verdict = await api.post('api/v1/documents/validation', body);
      if (mine !== sequence) return;
      for (const set of Object.values(setters)) set(null);
      for (const problem of verdict.problems || []) {
        const set = setters[problem.field] || number.setError;
        set(problem.message);
      }
      if (verdict.valid) {
        status.className = 'check-status ok';
        replace(status, tx('counter.documentValid', { masked: verdict.maskedNumber || '' }));
      } else {
        status.className = 'check-status';
        replace(status, tx('counter.documentProblems', { count: (verdict.problems || []).length }));
      }
    } catch (failure) {
      if (mine === sequence) {
        status.className = 'check-status';
        status.textContent = failure.message;
      }
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, CHECK_DELAY);
  };
  for (const control of [name.control, number.control, birth.control, issue.control, expiry.control]) {
    control.addEventListener('input', later);
    control.addEventListener('change', check);
  }
  type.control.addEventListener('change', check);
  longTerm.control.addEventListener('change', check);

  const element = h('div', {},
    h('div', { class: 'grid-3' }, name.wrapper, type.wrapper, number.wrapper),
    h('div', { class: 'grid-4' }, birth.wrapper, issue.wrapper, expiry.wrapper, h('div', { class: 'field check-field' }, longTerm.wrapper)),
    dateHint);
  return { element, value, fields, reset: () => { sequence += 1; status.textContent = ''; for (const set of Object.values(setters)) set(null); expiry.control.disabled = false; } };
}

/** A file picked and stored at once as an outlet scan; remembers the scanId. */
function scanPart(labelKey, accept, hintKey) {
  const control = h('input', { attrs: { type: 'file', accept } });
  const part = field(labelKey, control, { hint: hintKey });
  const status = h('p', { class: 'check-status', attrs: { 'aria-live': 'polite' } });
  part.wrapper.append(status);
  let scanId = null;
  control.addEventListener('change', async () => {
    scanId = null;
    part.setError(null);
    status.textContent = '';
    const file = control.files && control.files[0];
    if (!file) return;
    replace(status, tx('counter.uploading'));
    try {
      const answer = await api.upload('api/v1/outlet/scans', file);
      scanId = answer.scanId;
      status.className = 'check-status ok';
      replace(status, tx('counter.uploaded'));
    } catch (failure) {
      status.textContent = '';
      part.setError(failure.message);
    }
  });
  return {
    element: part.wrapper,
    scanId: () => scanId,
    setError: part.setError,
    reset: () => { scanId = null; status.textContent = ''; part.setError(null); },
  };
}

export default async function render(container, context) {
  context.setTitle('counter.title');
  const errors = errorBox();
  const result = h('div', { attrs: { tabindex: '-1' } });

  const holder = documentPart('holder');
  const card = field('counter.cardNumber', input('cardNumber', { inputmode: 'numeric', maxlength: '32' }), { required: true });
  const phone = field('counter.contactPhone', input('contactPhone', { type: 'tel', maxlength: '40', autocomplete: 'off' }), { required: true, hint: 'counter.phoneHint' });
  const originalSeen = checkbox('counter.originalSeen', { name: 'originalSeen' });
  const faceMatch = checkbox('counter.faceMatch', { name: 'faceMatch' });
  const livePhoto = scanPart('counter.livePhoto', 'image/jpeg,image/png', 'counter.livePhotoHint');

  const byAgent = checkbox('counter.byAgent', { name: 'byAgent' });
  const agent = documentPart('agent');
  const relationship = field('counter.relationship', h('select', { attrs: { name: 'relationship' } },
    h('option', { attrs: { value: '' }, i18n: 'counter.chooseRelationship' }),
    RELATIONSHIPS.map((code) => h('option', { attrs: { value: code }, i18n: `relationship.${code}` }))), { required: true, hint: 'counter.relationshipHint' });
  const powerOfAttorney = scanPart('counter.powerOfAttorney', 'image/jpeg,image/png,application/pdf', 'counter.powerOfAttorneyHint');
  const poaValidUntil = field('counter.poaValidUntil', dateInput('validUntil'), { required: true, hint: 'counter.dateHint' });
  const agentSet = h('fieldset', { hidden: true },
    h('legend', { i18n: 'counter.agent' }),
    agent.element,
    h('div', { class: 'grid-3' }, relationship.wrapper, powerOfAttorney.element, poaValidUntil.wrapper));
  byAgent.control.addEventListener('change', () => { agentSet.hidden = !byAgent.control.checked; });

  const refer = checkbox('counter.refer', { name: 'referToBackOffice' });

  const submit = h('button', { class: 'primary', attrs: { type: 'submit' } }, tx('counter.submit'));
  const resetButton = h('button', { attrs: { type: 'button' } }, tx('counter.clear'));
  const form = h('form', { class: 'counter-form', attrs: { novalidate: true, 'aria-labelledby': 'counter-title' } },
    section('counter.holder', holder.element),
    h('div', { class: 'columns' },
      section('counter.cardAndContact', card.wrapper, phone.wrapper),
      section('counter.checks',
        h('p', { class: 'hint', i18n: 'counter.checksHint' }),
        h('div', { class: 'checks' }, originalSeen.wrapper, faceMatch.wrapper),
        livePhoto.element)),
    section('counter.agentSection', h('p', {}, byAgent.wrapper), agentSet),
    section('counter.referSection', refer.wrapper, h('p', { class: 'hint', i18n: 'counter.referHint' })),
    errors,
    h('div', { class: 'actions' }, submit, resetButton));

  const fields = {
    ...holder.fields,
    ...agent.fields,
    cardNumber: card.setError,
    contactPhone: phone.setError,
    'agent.relationship': relationship.setError,
    'agent.powerOfAttorney.scanId': powerOfAttorney.setError,
    'agent.powerOfAttorney.validUntil': poaValidUntil.setError,
    livePhotoScanId: livePhoto.setError,
  };

  function clearForm() {
    form.reset();
    holder.reset();
    agent.reset();
    livePhoto.reset();
    powerOfAttorney.reset();
    agentSet.hidden = true;
    hideError(errors, fields);
  }

  resetButton.addEventListener('click', () => { clearForm(); replace(result); form.querySelector('input').focus(); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideError(errors, fields);
    const holderValue = holder.value();
    const request = {
      holder: { name: holderValue.name, document: holderValue.document },
      cardNumber: card.control.value.trim(),
      contactPhone: phone.control.value.trim(),
      originalSeen: originalSeen.control.checked,
      faceMatch: faceMatch.control.checked,
    };
    if (livePhoto.scanId()) request.livePhotoScanId = livePhoto.scanId();
    if (refer.control.checked) request.referToBackOffice = true;
    if (byAgent.control.checked) {
      const agentValue = agent.value();
      request.agent = {
        name: agentValue.name,
        document: agentValue.document,
        relationship: relationship.control.value,
        powerOfAttorney: { scanId: powerOfAttorney.scanId() || '', validUntil: normalizeDate(poaValidUntil.control.value) },
      };
    }
    submit.disabled = true;
    try {
      const decided = await api.post('api/v1/outlet/applications', request);
      showDecision(decided);
      // A refusal keeps the form, so that what can be put right (a guardian, the original document) is fixed and
      // sent again; 办理下一位 clears it.
      if (decided.status !== 'REJECTED') clearForm();
    } catch (failure) {
      showError(errors, failure, fields);
      const invalid = form.querySelector('[aria-invalid="true"]');
      (invalid || errors).scrollIntoView({ block: 'center' });
    } finally {
      submit.disabled = false;
    }
  });

  function showDecision(decided) {
    const letterSlot = h('p');
    const print = h('button', { class: 'primary', attrs: { type: 'button' } }, tx('counter.printLetter'));
    print.addEventListener('click', async () => {
      replace(letterSlot);
      print.disabled = true;
      try {
        const pdf = await api.blob(`api/v1/outlet/applications/${decided.id}/letter`);
        openDocument(pdf, letterSlot, 'counter.openLetter');
        announce(t('counter.letterOpened'));
      } catch (failure) {
        letterSlot.textContent = failure.message;
      } finally {
        print.disabled = false;
      }
    });
    const next = h('button', { attrs: { type: 'button' } }, tx('counter.next'));
    next.addEventListener('click', () => { clearForm(); replace(result); form.querySelector('input').focus(); });
    const tone = { APPROVED: 'success', REJECTED: 'error', REFERRED: 'warning' }[decided.status] || 'info';
    const titleId = uid('decision');
    replace(result, h('section', { class: ['alert', 'result', tone], attrs: { 'aria-labelledby': titleId } },
      h('h2', { id: titleId }, tx(`counter.outcome.${decided.status}`)),
      h('p', {}, tx('counter.reference'), '：', h('span', { class: 'reference mono', text: decided.reference })),
      h('p', {}, tx('counter.status'), '：', statusBadge('status', decided.status)),
      (decided.reasons || []).length
        ? h('div', {}, h('p', { i18n: 'counter.reasons' }), h('ul', {}, decided.reasons.map((reason) => h('li', { text: reason.message }))))
        : null,
      h('div', { class: 'actions' }, print, next),
      letterSlot));
    announce(t(`counter.outcome.${decided.status}`));
    result.focus();
  }

  container.append(
    h('h1', { id: 'counter-title', i18n: 'counter.title' }),
    h('p', { class: 'hint', i18n: 'counter.hint' }),
    result,
    form);
}
