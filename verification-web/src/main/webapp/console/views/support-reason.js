// Why customer service is looking at a holder: typed once for the lookup and sent with the views and actions that
// follow, in memory only (never stored in the browser or put in an address).
let reason = '';

export function rememberReason(text) {
  reason = text || '';
}

export function currentReason() {
  return reason;
}
