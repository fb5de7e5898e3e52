// The one way the screens talk to the server: the public REST API under /api/v1, with the bearer token that the
// sign-in gave. The token is the only thing kept in the browser (sessionStorage: it ends with the tab). Errors come back
// as ApiError carrying the problem+json answer's code and its message in the chosen language, never raw JSON.
// When the token has expired, the request waits for a sign-in (the screen shows a dialog over the unchanged page) and
// is sent again, so nothing typed into a form is lost.
import { acceptLanguage, t } from './i18n.js';

const TOKEN = 'token';
const ROOT = new URL('../', import.meta.url);

/** A refusal or failure, as people should read it. */
export class ApiError extends Error {
  constructor(status, problem) {
    const body = problem || {};
    super(body.detail || body.title || t('error.status', { status }));
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code || (status === 0 ? 'NETWORK' : 'HTTP_' + status);
    this.fieldErrors = Array.isArray(body.errors) ? body.errors : [];
    this.retryAfter = null;
  }
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  start: (token) => sessionStorage.setItem(TOKEN, token),
  end: () => sessionStorage.removeItem(TOKEN),
};

let reauthenticate = null;
let pendingSignIn = null;

/**
 * What to do when the server says the token is no longer good (401 on a signed-in request): a function returning a
 * promise that resolves once signed in again (or rejects when the person gives up).
 */
export function onSessionExpired(handler) {
  reauthenticate = handler;
}

/** The absolute URL of an API path such as 'api/v1/me' (relative to the WAR's root, whatever its context path). */
export function url(path) {
  return new URL(path.replace(/^\//, ''), ROOT).toString();
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (unreadable) {
      return null;
    }
  }
  return null;
}

/**
 * Sends a request. options: json (a body to send as JSON), body + contentType (raw, e.g. a File), as ('json' | 'blob'
 * | 'none'), auth (default true), reauth (default true: a 401 asks to sign in again and retries), query (an object of
 * parameters).
 */
export async function request(method, path, options) {
  const opts = options || {};
  const target = new URL(url(path));
  for (const [name, value] of Object.entries(opts.query || {})) {
    if (value !== undefined && value !== null && value !== '') target.searchParams.set(name, value);
  }
  const send = async () => {
    const headers = { 'Accept-Language': acceptLanguage(), Accept: opts.as === 'blob' ? '*/*' : 'application/json' };
    let body;
    if (opts.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.body !== undefined) {
      headers['Content-Type'] = opts.contentType || 'application/octet-stream';
      body = opts.body;
    }
    const token = session.token();
    if (opts.auth !== false && token) headers.Authorization = `Bearer ${token}`;
    try {
      return await fetch(target, { method, headers, body, cache: 'no-store', credentials: 'omit' });
    } catch (offline) {
      throw new ApiError(0, { detail: t('error.network') });
    }
  };
  let response = await send();
  if (response.status === 401 && opts.auth !== false && opts.reauth !== false && reauthenticate) {
    const problem = await problemOf(response);
    // One dialog for however many requests failed at once; each is sent again after it.
    pendingSignIn = pendingSignIn || reauthenticate(new ApiError(401, problem)).finally(() => { pendingSignIn = null; });
    await pendingSignIn;
    response = await send();
  }
  if (!response.ok) {
    const error = new ApiError(response.status, await problemOf(response));
    error.retryAfter = response.headers.get('Retry-After');
    throw error;
  }
  if (response.status === 204 || opts.as === 'none') return null;
  if (opts.as === 'blob') return response.blob();
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, json, options) => request('POST', path, { ...(options || {}), json }),
  put: (path, json, options) => request('PUT', path, { ...(options || {}), json }),
  del: (path, options) => request('DELETE', path, options),
  upload: (path, file, options) => request('POST', path, { ...(options || {}), body: file, contentType: file.type || 'application/octet-stream' }),
  blob: (path, options) => request('GET', path, { ...(options || {}), as: 'blob' }),
};

/** Signs in; the token goes to sessionStorage. Returns the token answer ({accessToken, expiresIn, roles}). */
export async function signIn(username, password) {
  const answer = await request('POST', 'api/v1/auth/token', { json: { username, password }, auth: false });
  session.start(answer.accessToken);
  return answer;
}
