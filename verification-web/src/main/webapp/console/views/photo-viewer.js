// A photo or scan with zoom and rotate, for reviewers: the image is fetched with the bearer token and shown from a
// blob: URL (allowed by the CSP's img-src), which is revoked when the screen closes.
import { h, tx, replace, uid } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';

const STEP = 0.25;

/** A figure captioned by captionKey; returns {figure, show(blob), message(key), dispose()}. */
export function photoViewer(captionKey) {
  const captionId = uid('photo');
  let zoom = 1;
  let rotation = 0;
  let objectUrl = null;
  const image = h('img', { attrs: { alt: '' } });
  image.dataset.i18nAttr = `alt:${captionKey}`;
  const frame = h('div', { class: 'photo-frame', attrs: { tabindex: '0', role: 'region', 'aria-labelledby': captionId } },
    h('p', { class: 'placeholder', i18n: 'photo.loading' }));
  const apply = () => {
    image.style.width = `${zoom * 100}%`;
    image.style.transform = `rotate(${rotation}deg)`;
  };
  const button = (key, action) => h('button', { class: 'small', attrs: { type: 'button' }, on: { click: () => { action(); apply(); } } }, tx(key));
  const tools = h('div', { class: 'photo-tools', hidden: true, attrs: { role: 'group', 'aria-labelledby': captionId } },
    button('photo.zoomIn', () => { zoom = Math.min(4, zoom + STEP); }),
    button('photo.zoomOut', () => { zoom = Math.max(0.5, zoom - STEP); }),
    button('photo.rotateLeft', () => { rotation = (rotation + 270) % 360; }),
    button('photo.rotateRight', () => { rotation = (rotation + 90) % 360; }),
    button('photo.reset', () => { zoom = 1; rotation = 0; }));
  const figure = h('figure', { class: 'photo' }, h('figcaption', { id: captionId, i18n: captionKey }), frame, tools);
  image.alt = t(captionKey);
  return {
    figure,
    show(blob) {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = URL.createObjectURL(blob);
      image.src = objectUrl;
      replace(frame, image);
      tools.hidden = false;
      apply();
    },
    message(key, args) {
      tools.hidden = true;
      replace(frame, h('p', { class: 'placeholder', i18n: key, i18nArgs: args }));
    },
    text(message) {
      tools.hidden = true;
      replace(frame, h('p', { class: 'placeholder', text: message }));
    },
    dispose() {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = null;
    },
  };
}

/**
 * Opens a PDF (or any document) fetched with the token in a new tab from a blob: URL. A browser may block a tab
 * opened after the download; then a link to click is put in {@code fallback}.
 */
export function openDocument(blob, fallback, labelKey) {
  const objectUrl = URL.createObjectURL(blob);
  const opened = window.open(objectUrl, '_blank');
  if (!opened && fallback) {
    replace(fallback, h('a', { attrs: { href: objectUrl, target: '_blank', rel: 'noopener' } }, tx(labelKey || 'common.openDocument')));
  }
  // The tab has the document by then; the URL is not needed for long.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 120000);
  return objectUrl;
}
