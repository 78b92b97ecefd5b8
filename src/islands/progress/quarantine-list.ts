import { quarantineFileName } from '../../engine/progress';
import { format, type Strings } from '../search/strings';
import { downloadText } from '../download';
import { quarantinedCopies, removeQuarantinedCopy } from './client';

/**
 * The « Copies mises à l'écart » panel of « Ma progression »: each copy of unreadable progress
 * the store set aside, with a download button and, once downloaded, a delete button (with a
 * confirmation). Hidden when there is none, which is the usual case.
 */
export function renderQuarantine(panel: HTMLElement, strings: Strings): void {
  const list = panel.querySelector<HTMLElement>('[data-out="quarantine-list"]');
  const message = panel.querySelector<HTMLElement>('[data-out="quarantine-message"]');
  if (!list) return;
  const copies = quarantinedCopies();
  panel.hidden = copies.length === 0 && !message?.textContent;
  list.replaceChildren(
    ...copies.map(({ copy, text }) => {
      const li = document.createElement('li');
      li.dataset.key = copy.key;
      const size = format(strings['progress.quarantine.sizeKb'], {
        size: Number(((text?.length ?? 0) / 1024).toFixed(1)),
      });
      const date = copy.savedAt ? new Date(copy.savedAt).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' }) : '';
      const label = document.createElement('p');
      label.textContent = format(strings[date ? 'progress.quarantine.item' : 'progress.quarantine.itemUndated'], { date, size });
      li.append(label);
      if (text === null) {
        li.append(Object.assign(document.createElement('p'), { textContent: strings['progress.quarantine.unreadable'] ?? '' }));
        return li;
      }
      const download = button(strings['progress.quarantine.download'] ?? '', 'button');
      const remove = button(strings['progress.quarantine.delete'] ?? '', 'button button--secondary');
      remove.disabled = true;
      remove.title = strings['progress.quarantine.deleteHint'] ?? '';
      download.addEventListener('click', () => {
        downloadText(quarantineFileName(copy), text, 'text/plain');
        remove.disabled = false;
        remove.title = '';
      });
      remove.addEventListener('click', () => {
        if (!window.confirm(strings['progress.quarantine.deleteConfirm'] ?? '')) return;
        removeQuarantinedCopy(copy.key);
        if (message) message.textContent = strings['progress.quarantine.deleted'] ?? '';
        renderQuarantine(panel, strings);
      });
      const actions = document.createElement('p');
      actions.className = 'quarantine__actions';
      actions.append(download, ' ', remove);
      li.append(actions);
      return li;
    }),
  );
}

function button(text: string, className: string): HTMLButtonElement {
  return Object.assign(document.createElement('button'), { type: 'button', className, textContent: text });
}
