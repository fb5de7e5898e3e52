// The staff console: sign-in, a navigation that shows each role its own screens, and a hash router whose addresses
// carry ids only (never a name, number or phone). Each screen is an ES module under views/, loaded when first used.
import * as i18n from '../shared/i18n.js';
import { api, session, signIn, onSessionExpired, ApiError } from '../shared/api.js';
import { h, clear, tx, announce, focusStart } from '../shared/dom.js';
import { showError, hideError } from '../shared/problems.js';

const STAFF_ROLES = ['REVIEWER', 'OUTLET_STAFF', 'CUSTOMER_SERVICE', 'ADMIN'];
const ID = '([0-9a-fA-F-]{36})';

/** Every screen: its address, who may open it, its navigation entry (if any) and its module. */
const ROUTES = [
  { pattern: '^review$', roles: ['REVIEWER'], nav: 'nav.queue', view: './views/review-queue.js' },
  { pattern: `^review/${ID}$`, roles: ['REVIEWER'], view: './views/review-case.js' },
  { pattern: '^counter$', roles: ['OUTLET_STAFF'], nav: 'nav.counter', view: './views/counter-form.js' },
  { pattern: '^counter/report$', roles: ['OUTLET_STAFF'], nav: 'nav.counterReport', view: './views/counter-report.js' },
  { pattern: '^admin/jobs$', roles: ['ADMIN'], nav: 'nav.jobs', view: './views/admin-jobs.js' },
  { pattern: '^admin/jobs/([a-z0-9-]{1,64})$', roles: ['ADMIN'], view: './views/admin-job.js' },
  { pattern: '^admin/jobs/([a-z0-9-]{1,64})/([0-9]{1,18})$', roles: ['ADMIN'], view: './views/admin-job-run.js' },
  { pattern: '^admin/staff$', roles: ['ADMIN'], nav: 'nav.staff', view: './views/admin-staff.js' },
  { pattern: '^admin/outlets$', roles: ['ADMIN'], nav: 'nav.outlets', view: './views/admin-outlets.js' },
  { pattern: '^admin/holidays$', roles: ['ADMIN'], nav: 'nav.holidays', view: './views/admin-holidays.js' },
  { pattern: '^admin/audit$', roles: ['ADMIN'], nav: 'nav.audit', view: './views/admin-audit.js' },
  { pattern: '^admin/webhooks$', roles: ['ADMIN'], nav: 'nav.webhooks', view: './views/admin-webhooks.js' },
  { pattern: `^admin/webhooks/([^/]{1,64})$`, roles: ['ADMIN'], view: './views/admin-webhook.js' },
  { pattern: '^support$', roles: ['CUSTOMER_SERVICE', 'ADMIN'], nav: 'nav.support', view: './views/support.js' },
  { pattern: `^support/${ID}$`, roles: ['CUSTOMER_SERVICE', 'ADMIN'], view: './views/support-holder.js' },
  { pattern: '^account$', roles: STAFF_ROLES, view: './views/account.js' },
].map((route) => ({ ...route, regex: new RegExp(route.pattern) }));

const HOME = { REVIEWER: 'review', OUTLET_STAFF: 'counter', CUSTOMER_SERVICE: 'support', ADMIN: 'admin/jobs' };

const elements = {
  signIn: document.getElementById('sign-in'),
  signInForm: document.getElementById('sign-in-form'),
  signInError: document.getElementById('sign-in-error'),
  view: document.getElementById('view'),
  nav: document.getElementById('nav'),
  navList: document.getElementById('nav-list'),
  who: document.getElementById('who'),
  whoName: document.getElementById('who-name'),
  whoRole: document.getElementById('who-role'),
  signOut: document.getElementById('sign-out'),
  account: document.getElementById('account-link'),
  language: document.getElementById('language'),
  reauth: document.getElementById('reauth'),
  reauthForm: document.getElementById('reauth-form'),
  reauthError: document.getElementById('reauth-error'),
  main: document.getElementById('main'),
};

let me = null;
let cleanups = [];
let rendering = 0;

function role() {
  return me && me.role;
}

function routeFor(path) {
  for (const route of ROUTES) {
    const match = path.match(route.regex);
    if (match) return { route, params: match.slice(1) };
  }
  return null;
}

function currentPath() {
  return decodeURIComponent(location.hash.replace(/^#\/?/, ''));
}

/** Goes to a screen by its path (e.g. 'review/<id>'). */
export function go(path) {
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

async function render() {
  if (!me) return;
  const ticket = ++rendering;
  runCleanups();
  let path = currentPath();
  let found = routeFor(path);
  if (!found || !found.route.roles.includes(role())) {
    path = HOME[role()];
    history.replaceState(null, '', `#/${path}`);
    found = routeFor(path);
  }
  markNavigation(path);
  const { route, params } = found;
  const container = clear(elements.view);
  container.hidden = false;
  const context = {
    me,
    params,
    go,
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
    const module = await import(route.view);
    if (ticket !== rendering) return;
    await module.default(container, context);
  } catch (failure) {
    if (ticket !== rendering) return;
    const box = h('div');
    container.append(box);
    showError(box, failure);
  }
  if (ticket === rendering) focusStart(container.querySelector('h1') || elements.main);
}

function markNavigation(path) {
  // The entry whose address is the longest start of the current one (counter/report is 网点日报, not 网点受理).
  let best = null;
  for (const link of elements.navList.querySelectorAll('a')) {
    link.removeAttribute('aria-current');
    const target = link.getAttribute('href').replace(/^#\//, '');
    if ((path === target || path.startsWith(`${target}/`)) && (!best || target.length > best.target.length)) {
      best = { link, target };
    }
  }
  if (best) best.link.setAttribute('aria-current', 'page');
}

function buildNavigation() {
  clear(elements.navList);
  for (const route of ROUTES) {
    if (route.nav && route.roles.includes(role())) {
      const path = route.pattern.replace(/^\^|\$$/g, '');
      elements.navList.append(h('li', {}, h('a', { attrs: { href: `#/${path}` }, i18n: route.nav })));
    }
  }
}

function showShell() {
  elements.signIn.hidden = true;
  elements.nav.hidden = false;
  elements.who.hidden = false;
  elements.signOut.hidden = false;
  elements.account.hidden = false;
  elements.whoName.textContent = me.username;
  elements.whoRole.dataset.i18n = `role.${me.role}`;
  i18n.apply(elements.who);
  buildNavigation();
  render();
}

function showSignIn(messageKey) {
  me = null;
  runCleanups();
  clear(elements.view);
  elements.view.hidden = true;
  elements.signIn.hidden = false;
  elements.nav.hidden = true;
  elements.who.hidden = true;
  elements.signOut.hidden = true;
  elements.account.hidden = true;
  hideError(elements.signInError);
  if (messageKey) {
    elements.signInError.hidden = false;
    elements.signInError.className = 'alert info';
    elements.signInError.append(h('p', {}, tx(messageKey)));
  }
  document.title = i18n.t('app.title');
  if (location.hash) history.replaceState(null, '', location.pathname);
  elements.signInForm.reset();
  document.getElementById('sign-in-username').focus();
}

async function loadMe() {
  const account = await api.get('api/v1/me', { reauth: false });
  if (!STAFF_ROLES.includes(account.role)) {
    session.end();
    const error = new ApiError(403, { detail: i18n.t('signIn.notStaff') });
    throw error;
  }
  return account;
}

elements.signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  hideError(elements.signInError);
  const form = new FormData(elements.signInForm);
  const button = elements.signInForm.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await signIn(String(form.get('username') || '').trim(), String(form.get('password') || ''));
    me = await loadMe();
    showShell();
    announce(i18n.t('signIn.welcome', { name: me.username }));
  } catch (failure) {
    showError(elements.signInError, failure);
    document.getElementById('sign-in-password').value = '';
    elements.signInError.focus?.();
  } finally {
    button.disabled = false;
  }
});

elements.signOut.addEventListener('click', () => {
  session.end();
  showSignIn('signIn.signedOut');
});

elements.language.addEventListener('change', async () => {
  await i18n.setLanguage(elements.language.value);
  announce(i18n.t('shell.languageChanged'));
});

// An expired or revoked token: a dialog over the page asks for the password again; the request that failed is then
// sent again, and the page under the dialog (with whatever was typed) is left as it was.
let pendingReauth = null;
onSessionExpired(() => {
  if (!me) return Promise.reject(new ApiError(401, { detail: i18n.t('reauth.title') }));
  if (pendingReauth) return pendingReauth.promise;
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  pendingReauth = { promise, resolve, reject };
  hideError(elements.reauthError);
  elements.reauthForm.reset();
  document.getElementById('reauth-username').value = me.username;
  elements.reauth.showModal();
  document.getElementById('reauth-password').focus();
  return promise;
});

elements.reauth.addEventListener('cancel', (event) => event.preventDefault());

elements.reauthForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  hideError(elements.reauthError);
  const password = document.getElementById('reauth-password').value;
  try {
    await signIn(me.username, password);
    elements.reauth.close();
    announce(i18n.t('reauth.done'));
    const pending = pendingReauth;
    pendingReauth = null;
    pending.resolve();
  } catch (failure) {
    showError(elements.reauthError, failure);
    document.getElementById('reauth-password').value = '';
    document.getElementById('reauth-password').focus();
  }
});

document.getElementById('reauth-sign-out').addEventListener('click', () => {
  elements.reauth.close();
  const pending = pendingReauth;
  pendingReauth = null;
  session.end();
  showSignIn('signIn.signedOut');
  if (pending) pending.reject(new ApiError(401, { detail: i18n.t('reauth.title') }));
});

window.addEventListener('hashchange', () => render());

async function start() {
  i18n.addBundle(new URL('./i18n/', import.meta.url));
  const language = i18n.savedLanguage();
  elements.language.value = language;
  await i18n.setLanguage(language);
  if (session.token()) {
    try {
      me = await loadMe();
      showShell();
      return;
    } catch (failure) {
      session.end();
    }
  }
  showSignIn();
}

start();
