// One case for a reviewer: the declared identity (masked), the screening results in words, the three photos side by
// side with zoom and rotate (after claiming), a referred outlet case's record and scans, the history and comments,
// and the decision: 通过, 驳回 with a reason from the taxonomy, or 要求重新上传 naming the photos, with a comment.
import { api } from '../../shared/api.js';
import { h, tx, replace, field, checkbox, announce, focusStart, uid } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { dateTime, time } from '../../shared/format.js';
import { confirmAction } from '../../shared/dialog.js';
import { errorBox, showError, hideError } from '../../shared/problems.js';
import { statusBadge, coded, section, facts } from './common.js';
import { photoViewer, openDocument } from './photo-viewer.js';

const PHOTOS = [
  { kind: 'ID_FRONT', key: 'photo.ID_FRONT' },
  { kind: 'ID_BACK', key: 'photo.ID_BACK' },
  { kind: 'FACE', key: 'photo.FACE' },
];
const DECIDABLE = ['IN_REVIEW'];
const CLAIMABLE = ['SUBMITTED', 'IN_REVIEW', 'REFERRED'];

export default async function render(container, context) {
  context.setTitle('case.title');
  const [id] = context.params;
  const viewers = [];
  context.onCleanup(() => viewers.forEach((viewer) => viewer.dispose()));
  const outcome = h('div', { attrs: { tabindex: '-1' } });
  const body = h('div');
  container.append(
    h('p', {}, h('a', { attrs: { href: '#/review' } }, tx('case.back'))),
    outcome,
    body);

  let reasons = [];
  let claimTimer = null;
  context.onCleanup(() => clearInterval(claimTimer));

  async function load() {
    const [application, choices] = await Promise.all([
      api.get(`api/v1/applications/${id}`),
      api.get('api/v1/review/reasons'),
    ]);
    if (!context.current()) return;
    reasons = choices;
    viewers.forEach((viewer) => viewer.dispose());
    viewers.length = 0;
    clearInterval(claimTimer);
    replace(body, ...view(application));
  }

  function view(application) {
    const staff = application.staff || {};
    const mine = Boolean(staff.claimedByMe);
    const decidable = mine && DECIDABLE.includes(application.status);
    const head = h('div', { class: 'case-head' },
      h('h1', { i18n: 'case.title' }),
      statusBadge('status', application.status),
      staff.overdue ? h('span', { class: 'badge bad' }, tx('queue.overdue')) : null,
      staff.escalatedAt ? h('span', { class: 'badge warn' }, tx('queue.escalated')) : null,
      staff.channel === 'OUTLET' ? h('span', { class: 'badge warn' }, tx('channel.OUTLET')) : null);
    const parts = [h('div', { class: 'case-top' }, head, claimPanel(application, staff)), h('div', { class: 'case-summary' }, identityPanel(application, staff), screeningPanel(staff))];
    if (!CLAIMABLE.includes(application.status)) {
      parts.push(section(staff.channel === 'OUTLET' ? 'case.counter' : 'case.photos', h('p', { class: 'muted', i18n: 'case.closedNoPhotos' })));
    } else if (staff.channel === 'OUTLET') {
      parts.push(counterPanel(mine));
    } else {
      parts.push(photosPanel(mine));
    }
    if (decidable) parts.push(decisionPanel(application));
    parts.push(h('div', { class: 'columns' }, commentsPanel(application), historyPanel(application)));
    return parts;
  }

  function claimPanel(application, staff) {
    const errors = errorBox();
    const line = h('div', { class: 'claim-line' });
    const mine = staff.claimedByMe;
    const status = h('p', { attrs: { role: 'status' } });
    const updateStatus = () => {
      if (mine && staff.claimedUntil) {
        const minutes = Math.max(0, Math.round((new Date(staff.claimedUntil) - Date.now()) / 60000));
        replace(status, minutes > 0
          ? h('span', { class: 'badge info' }, tx('case.claimedByMe', { until: time(staff.claimedUntil), minutes }))
          : h('span', { class: 'badge bad' }, tx('case.claimExpired')));
      } else if (staff.claimedUntil) {
        replace(status, h('span', { class: 'badge muted' }, tx('case.claimedByOther', { until: time(staff.claimedUntil) })));
      } else if (CLAIMABLE.includes(application.status)) {
        replace(status, tx('case.notClaimed'));
      } else {
        replace(status, tx('case.decided'));
      }
    };
    updateStatus();
    claimTimer = setInterval(updateStatus, 30000);
    line.append(status);
    if (CLAIMABLE.includes(application.status)) {
      const claim = h('button', { class: mine ? '' : 'primary', attrs: { type: 'button' } }, tx('case.claim'));
      claim.addEventListener('click', async () => {
        hideError(errors);
        claim.disabled = true;
        try {
          await api.post(`api/v1/review/applications/${id}/claim`);
          announce(t('case.claimedNow'));
          await load();
          focusStart(body.querySelector('h1'));
        } catch (failure) {
          showError(errors, failure);
          claim.disabled = false;
        }
      });
      line.append(claim);
      if (mine) line.append(h('span', { class: 'hint', i18n: 'case.claimAgainHint' }));
    }
    return h('section', { class: 'claim-panel', attrs: { 'aria-label': t('case.claimSection') } }, line, errors);
  }

  function identityPanel(application, staff) {
    return section('case.identity',
      facts([
        ['case.name', staff.nameMasked],
        ['case.documentType', application.documentType ? coded('document', application.documentType) : null],
        ['case.documentNumber', application.maskedNumber ? h('span', { class: 'mono', text: application.maskedNumber }) : null],
        ['case.expiry', staff.longTerm ? tx('case.longTerm') : staff.expiryDate],
        ['case.card', application.cardNumber ? h('span', { class: 'mono', text: application.cardNumber }) : null],
        ['case.submittedAt', dateTime(application.submittedAt)],
        ['case.deadline', dateTime(application.slaDeadline)],
        ['case.reuploadRounds', String(application.reuploadRounds ?? 0)],
        application.reasons && application.reasons.length ? ['case.reason', application.reasons.map((reason) => reason.message).join('；'), 'wide'] : null,
      ], 'strip'),
      h('p', { class: 'hint', i18n: 'case.maskedHint' }));
  }

  function screeningPanel(staff) {
    const results = staff.screeningResults || [];
    const panel = section('case.screening', results.length
      ? h('ul', { class: 'findings' }, results.map((result) => h('li', { text: result.message })))
      : h('p', {}, h('span', { class: 'badge ok' }, tx('queue.clean')), ' ', tx('case.screeningClean')));
    panel.dataset.part = 'screening';
    return panel;
  }

  function photosPanel(mine) {
    const grid = h('div', { class: 'photos' });
    for (const photo of PHOTOS) {
      const viewer = photoViewer(photo.key);
      viewers.push(viewer);
      grid.append(viewer.figure);
      if (!mine) {
        viewer.message('photo.claimFirst');
      } else {
        api.blob(`api/v1/review/applications/${id}/photos/${photo.kind}`)
          .then((blob) => viewer.show(blob))
          .catch((failure) => viewer.text(failure.message));
      }
    }
    return section('case.photos', h('p', { class: 'hint', i18n: 'case.photosHint' }), grid);
  }

  function counterPanel(mine) {
    const content = h('div', {}, h('p', { class: 'hint', i18n: mine ? 'photo.loading' : 'case.counterClaimFirst' }));
    if (mine) {
      api.get(`api/v1/review/applications/${id}/counter-record`)
        .then((record) => replace(content, ...counterRecord(record)))
        .catch((failure) => { const box = errorBox(); replace(content, box); showError(box, failure); });
    }
    return section('case.counter', content);
  }

  function counterRecord(record) {
    const yesNo = (value) => h('span', { class: ['badge', value ? 'ok' : 'bad'] }, tx(value ? 'common.yes' : 'common.no'));
    const agent = record.agent;
    const parts = [
      h('div', { class: 'columns' },
        facts([
          ['counter.reference', h('span', { class: 'mono', text: record.reference })],
          ['case.outlet', `${record.outletName} (${record.outletCode})`],
          ['case.clerk', record.staffUsername],
          ['case.decidedAt', dateTime(record.decidedAt)],
          ['case.counterReasons', (record.reasons || []).map((reason) => reason.message).join('；') || null],
        ]),
        facts([
          ['counter.holderName', record.holderNameMasked],
          ['counter.contactPhone', record.contactPhoneMasked],
          ['counter.originalSeen', yesNo(record.originalSeen)],
          ['counter.faceMatch', yesNo(record.faceMatch)],
          ['case.agent', agent ? tx('common.yes') : tx('case.inPerson')],
          agent ? ['counter.agentNumber', h('span', { class: 'mono', text: agent.maskedNumber })] : null,
          agent ? ['counter.relationship', coded('relationship', agent.relationship)] : null,
          agent ? ['counter.poaValidUntil', agent.powerOfAttorneyValidUntil] : null,
        ])),
    ];
    const scans = record.scans || [];
    if (!scans.length) {
      parts.push(h('p', { class: 'hint', i18n: 'case.noScans' }));
      return parts;
    }
    const grid = h('div', { class: 'photos' });
    for (const scan of scans) {
      const key = `scan.${scan.kind}`;
      if (scan.mediaType === 'application/pdf') {
        const fallback = h('p');
        const open = h('button', { attrs: { type: 'button' } }, tx(`case.open.${scan.kind}`));
        open.addEventListener('click', async () => {
          try {
            openDocument(await api.blob(`api/v1/review/applications/${id}/scans/${scan.id}`), fallback, 'common.openDocument');
          } catch (failure) {
            replace(fallback, failure.message);
          }
        });
        grid.append(h('figure', { class: 'photo' }, h('figcaption', { i18n: key }), h('p', { class: 'hint', i18n: 'case.pdfScan' }), open, fallback));
      } else {
        const viewer = photoViewer(key);
        viewers.push(viewer);
        grid.append(viewer.figure);
        api.blob(`api/v1/review/applications/${id}/scans/${scan.id}`)
          .then((blob) => viewer.show(blob))
          .catch((failure) => viewer.text(failure.message));
      }
    }
    parts.push(h('h3', { i18n: 'case.scans' }), grid);
    return parts;
  }

  function decisionPanel(application) {
    const errors = errorBox();
    const reason = h('select', { attrs: { name: 'reasonCode' } },
      h('option', { attrs: { value: '' }, i18n: 'case.chooseReason' }),
      reasons.map((choice) => h('option', { attrs: { value: choice.code }, text: choice.message })));
    const reasonField = field('case.rejectReason', reason);
    const photoBoxes = PHOTOS.map((photo) => checkbox(photo.key, { name: 'photos', value: photo.kind }));
    const photoError = h('p', { class: 'field-error', id: uid('err'), hidden: true });
    const photosSet = h('fieldset', { attrs: { 'aria-describedby': photoError.id } },
      h('legend', { i18n: 'case.reuploadPhotos' }),
      photoBoxes.map((box) => box.wrapper),
      photoError);
    const comment = h('textarea', { attrs: { name: 'comment', maxlength: '500', rows: '3' } });
    const commentField = field('case.comment', comment, { hint: 'case.commentHint' });
    const setPhotoError = (message) => {
      photoError.textContent = message || '';
      photoError.hidden = !message;
      for (const box of photoBoxes) {
        if (message) box.control.setAttribute('aria-invalid', 'true'); else box.control.removeAttribute('aria-invalid');
      }
    };
    const fields = { reasonCode: reasonField.setError, photos: setPhotoError, comment: commentField.setError };

    async function decide(decision, button) {
      hideError(errors, fields);
      const body = { decision };
      const text = comment.value.trim();
      if (text) body.comment = text;
      let question = 'case.confirmApprove';
      let args = {};
      if (decision === 'REJECT') {
        if (!reason.value) {
          reasonField.setError(t('case.reasonRequired'));
          reason.focus();
          return;
        }
        body.reasonCode = reason.value;
        question = 'case.confirmReject';
        args = { reason: reason.options[reason.selectedIndex].text };
      }
      if (decision === 'REQUEST_REUPLOAD') {
        const chosen = photoBoxes.filter((box) => box.control.checked);
        if (!chosen.length) {
          setPhotoError(t('case.photosRequired'));
          photoBoxes[0].control.focus();
          return;
        }
        body.photos = chosen.map((box) => box.control.value);
        question = 'case.confirmReupload';
        args = { photos: chosen.map((box) => t(`photo.${box.control.value}`)).join('、') };
      }
      const confirmed = await confirmAction({ titleKey: `decision.${decision}`, messageKey: question, args, confirmKey: `decision.${decision}`, danger: decision === 'REJECT' });
      if (!confirmed) return;
      button.disabled = true;
      try {
        const result = await api.post(`api/v1/review/applications/${id}/decision`, body);
        replace(outcome, h('div', { class: 'alert success', attrs: { role: 'status' } },
          h('p', { class: 'alert-title' }, tx(`decided.${result.status}`)),
          h('p', {}, h('a', { attrs: { href: '#/review' } }, tx('case.nextCase')))));
        announce(t(`decided.${result.status}`));
        await load();
        outcome.focus();
      } catch (failure) {
        showError(errors, failure, fields);
        button.disabled = false;
        errors.scrollIntoView({ block: 'nearest' });
      }
    }

    const approve = h('button', { class: 'ok', attrs: { type: 'button' } }, tx('decision.APPROVE'));
    const reject = h('button', { class: 'danger', attrs: { type: 'button' } }, tx('decision.REJECT'));
    const reupload = h('button', { class: 'primary', attrs: { type: 'button' } }, tx('decision.REQUEST_REUPLOAD'));
    approve.addEventListener('click', () => decide('APPROVE', approve));
    reject.addEventListener('click', () => decide('REJECT', reject));
    reupload.addEventListener('click', () => decide('REQUEST_REUPLOAD', reupload));
    return section('case.decision',
      h('p', { class: 'hint', i18n: 'case.decisionHint' }),
      h('div', { class: 'decision' },
        h('div', { class: 'grid-2' }, reasonField.wrapper, photosSet),
        commentField.wrapper,
        errors,
        h('div', { class: 'actions' }, approve, reject, reupload)));
  }

  function commentsPanel(application) {
    const comments = application.comments || [];
    return section('case.comments', comments.length
      ? h('ul', {}, comments.map((comment) => h('li', {},
        h('span', { class: 'muted', text: `${dateTime(comment.at)} · ` }), coded('decision', comment.decision), '：', h('span', { text: comment.text }))))
      : h('p', { class: 'muted', i18n: 'case.noComments' }));
  }

  function historyPanel(application) {
    const rows = (application.history || []).map((entry) => h('tr', {},
      h('td', { class: 'nowrap', text: dateTime(entry.at) }),
      h('td', {}, coded('action', entry.action)),
      h('td', {}, coded('role', entry.actorRole))));
    return section('case.history', h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['case.when', 'case.what', 'case.who'].map((key) => h('th', { attrs: { scope: 'col' }, i18n: key })))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { class: 'empty', attrs: { colspan: '3' }, i18n: 'common.none' }))))));
  }

  // A language switch relabels everything the console words itself; texts that come from the server (reasons,
  // screening results) are fetched again and put in place, so a half-written decision is kept.
  context.onLanguageChange(async () => {
    try {
      const [application, choices] = await Promise.all([
        api.get(`api/v1/applications/${id}`),
        api.get('api/v1/review/reasons'),
      ]);
      reasons = choices;
      const select = body.querySelector('select[name="reasonCode"]');
      if (select) {
        for (const option of select.options) {
          const choice = choices.find((c) => c.code === option.value);
          if (choice) option.textContent = choice.message;
        }
      }
      const screening = body.querySelector('[data-part="screening"]');
      if (screening) screening.replaceWith(screeningPanel(application.staff || {}));
    } catch (ignored) {
      // the texts stay in the earlier language; the next action shows any problem
    }
  });
  try {
    await load();
  } catch (failure) {
    const box = errorBox();
    replace(body, h('h1', { i18n: 'case.title' }), box);
    showError(box, failure);
  }
}
