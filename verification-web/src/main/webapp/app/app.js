// The applicant's app (H5): sign-in, registration and password reset for everyone; cards and applications once signed
// in. A hash router whose addresses carry application ids only (never a phone, card or document number); the session
// token is the only thing kept (sessionStorage, by the shared api module), the language a cookie (shared i18n module)
// and, once signed in, the account's own setting (PUT /api/v1/me/language), which SMS sent later follow too.
import * as i18n from '../shared/i18n.js';
import { api, session, onSessionExpired, ApiError } from '../shared/api.js';
import { h, clear, announce, focusStart } from '../shared/dom.js';
import { showError } from '../shared/problems.js';

const ID = '([0-9a-fA-F-]{36})';

/** Every screen: its address, whether it needs a sign-in, and its module. */
const ROUTES = [
  { pattern: '^sign-in$', open: true, view: './views/sign-in.js' },
  { pattern: '^register$', open: true, view: './views/register.js' },
  { pattern: '^reset$', open: true, view: './views/reset.js' },
  { pattern: '^cards$', view: './views/cards.js' },
  { pattern: `^applications/${ID}$`, view: './views/application.js' },
].map((route) => ({ ...route, regex: new RegExp(route.pattern) }));

const elements = {
  view: document.getElementById('view'),
  nav: document.getElementById('nav'),
  signOut: document.getElementById('sign-out'),
  language: document.getElementById('language'),
  main: document.getElementById('main'),
};

let cleanups = [];
/** The token whose account language was last read, so that it is read once per sign-in. */
let languageReadFor = null;
let rendering = 0;
/** A message for the next screen (e.g. "signed out", "password changed"), shown once. */
let notice = null;

function currentPath() {
  return decodeURIComponent(location.hash.replace(/^#\/?/, ''));
}

/** Goes to a screen by its path (e.g. 'applications/<id>'), optionally with a one-time notice key for it. */
export function go(path, noticeKey) {
  notice = noticeKey || null;
  if (currentPath() === path) {
    render();
  } else {
    location.hash = `#/${path}`;
  }
}

function runCleanups() {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch (ignored) {
      // a screen that fails to tidy up must not keep the next one from opening
    }
  }
  cleanups = [];
}

function routeFor(path) {
  for (const route of ROUTES) {
    const match = path.match(route.regex);
    if (match) return { route, params: match.slice(1) };
  }
  return null;
}

/**
 * Once per sign-in, the device and the account agree on a language: an account still on the default (zh-Hans) takes
 * the language chosen on this device (picked before registering, say); an account that chose another language gives
 * it to the device (chosen on another phone).
 */
async function agreeOnLanguage() {
  const token = session.token();
  if (!token || languageReadFor === token) return;
  languageReadFor = token;
  try {
    const me = await api.get('api/v1/me', { reauth: false });
    const device = i18n.currentLanguage();
    if (!i18n.LANGUAGES.includes(me.language) || me.language === device) return;
    if (me.language === i18n.LANGUAGES[0]) {
      await api.put('api/v1/me/language', { language: device });
    } else {
      elements.language.value = me.language;
      await i18n.setLanguage(me.language);
    }
  } catch (ignored) {
    // the screen itself reports a dead session; a refused language change leaves the account as it was
  }
}

async function render() {
  const ticket = ++rendering;
  runCleanups();
  await agreeOnLanguage();
  if (ticket !== rendering) return;
  const signedIn = Boolean(session.token());
  let found = routeFor(currentPath());
  if (!found || (!found.route.open && !signedIn)) {
    const home = signedIn ? 'cards' : 'sign-in';
    history.replaceState(null, '', `#/${home}`);
    found = routeFor(home);
  } else if (found.route.open && signedIn && found.route.pattern === '^sign-in$') {
    history.replaceState(null, '', '#/cards');
    found = routeFor('cards');
  }
  elements.nav.hidden = !signedIn || found.route.open;
  const container = clear(elements.view);
  const shownNotice = notice;
  notice = null;
  const context = {
    params: found.params,
    go,
    notice: shownNotice,
    setTitle(key) {
      const title = () => { document.title = `${i18n.t(key)} · ${i18n.t('app.title')}`; };
      title();
      cleanups.push(i18n.onLanguageChange(title));
    },
    onCleanup(fn) { cleanups.push(fn); },
    onLanguageChange(fn) { cleanups.push(i18n.onLanguageChange(fn)); },
    current: () => ticket === rendering,
  };
  try {
    const module = await import(found.route.view);
    if (ticket !== rendering) return;
    await module.default(container, context);
  } catch (failure) {
    if (ticket !== rendering) return;
    const box = h('div');
    container.append(box);
    showError(box, failure);
  }
  if (ticket === rendering) {
    window.scrollTo(0, 0);
    focusStart(container.querySelector('h1') || elements.main);
  }
}

elements.signOut.addEventListener('click', () => {
  session.end();
  go('sign-in', 'signIn.signedOut');
});

elements.language.addEventListener('change', async () => {
  const language = elements.language.value;
  await i18n.setLanguage(language);
  announce(i18n.t('shell.languageChanged'));
  if (session.token()) {
    try {
      await api.put('api/v1/me/language', { language });
    } catch (ignored) {
      // the device keeps the choice; the account keeps its former one
    }
  }
});

// An expired token: back to the sign-in with a word about why (an applicant's session is short and the app keeps no
// drafts in the browser, so there is nothing typed to keep under a dialog).
onSessionExpired(() => {
  session.end();
  go('sign-in', 'signIn.expired');
  return Promise.reject(new ApiError(401, { detail: i18n.t('signIn.expired') }));
});

window.addEventListener('hashchange', () => render());

async function start() {
  i18n.addBundle(new URL('./i18n/', import.meta.url));
  const language = i18n.savedLanguage();
  elements.language.value = language;
  await i18n.setLanguage(language);
  if (session.token()) {
    try {
      const me = await api.get('api/v1/me', { reauth: false });
      if (me.role !== 'APPLICANT') session.end();
    } catch (failure) {
      session.end();
    }
  }
  render();
}

start();
