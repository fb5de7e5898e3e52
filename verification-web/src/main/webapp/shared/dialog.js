// Modal dialogs on the native <dialog>: the browser keeps focus inside, Esc cancels, and focus goes back to where it was.
import { h, tx, uid } from './dom.js';

/**
 * Asks before an action that changes something. Returns a promise of true (confirmed) or false.
 * options: titleKey, messageKey, args, confirmKey, danger.
 */
export function confirmAction(options) {
  const titleId = uid('dlg');
  const messageId = uid('dlg');
  return new Promise((resolve) => {
    const before = document.activeElement;
    const confirm = h('button', { class: options.danger ? 'danger' : 'primary', attrs: { type: 'submit', value: 'yes' } }, tx(options.confirmKey || 'common.confirm', options.args));
    const cancel = h('button', { attrs: { type: 'button' } }, tx('common.cancel'));
    const dialog = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': titleId, 'aria-describedby': messageId } },
      h('form', { attrs: { method: 'dialog' } },
        h('h2', { id: titleId }, tx(options.titleKey, options.args)),
        h('p', { id: messageId }, tx(options.messageKey, options.args)),
        options.body || null,
        h('div', { class: 'actions' }, confirm, cancel)));
    cancel.addEventListener('click', () => dialog.close('no'));
    dialog.addEventListener('close', () => {
      const answer = dialog.returnValue === 'yes';
      dialog.remove();
      if (before && before.focus) before.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    (options.focusFirst || confirm).focus();
  });
}
