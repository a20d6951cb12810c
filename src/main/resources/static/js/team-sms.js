// The week's text for SMS or chat, shown on the team page with a button that copies it.

import { t } from './i18n.js';

/** Loads the text (the schedule.txt download) into the page and wires the copy button. */
export async function showSmsText(url, state) {
  const box = document.getElementById('sms-text');
  const button = document.getElementById('sms-copy');
  const note = document.getElementById('sms-note');
  try {
    const response = await fetch(url);
    box.textContent = response.ok ? await response.text() : '';
  } catch (e) {
    box.textContent = '';
  }
  document.getElementById('sms-section').hidden = box.textContent === '';
  button.onclick = async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(box.textContent);
      copied = true;
    } catch (e) {
      // no clipboard permission (an insecure origin): select the text and copy the old way
      const range = document.createRange();
      range.selectNodeContents(box);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      copied = document.execCommand('copy');
    }
    state.copied = copied;
    note.textContent = copied ? t('week.copied') : t('week.copyFailed');
  };
}
