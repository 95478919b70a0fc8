/**
 * Turns the options of each in-lesson quick check into buttons that answer at once. The page
 * works without this: the server renders the question, the options and a "Show the answer" reveal.
 */
export function enhanceQuickChecks(root: ParentNode) {
  for (const check of root.querySelectorAll<HTMLElement>('[data-quick-check]:not([data-enhanced])')) {
    check.dataset.enhanced = '';
    const status = check.querySelector<HTMLElement>('[role="status"]');
    const options = [...check.querySelectorAll<HTMLLIElement>('.quick-check__option')];
    for (const option of options) {
      const text = option.querySelector('.quick-check__option-text');
      if (!text) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'quick-check__choice';
      button.setAttribute('aria-pressed', 'false');
      button.append(...text.childNodes);
      text.replaceWith(button);
      button.addEventListener('click', () => {
        const right = option.dataset.correct === 'true';
        for (const other of options) {
          other.querySelector('button')?.setAttribute('aria-pressed', String(other === option));
          delete other.dataset.state;
        }
        option.dataset.state = right ? 'right' : 'wrong';
        if (right) check.dataset.answered = 'right';
        // Authors often start their feedback with the verdict; say it only once.
        const feedback = option.dataset.feedback ?? '';
        const verdict = /^(right|correct|yes|no|not quite|wrong|not this one)\b/i.test(feedback) ? '' : right ? 'Right.' : 'Not quite — try another.';
        if (status) status.textContent = `${verdict} ${feedback}`.trim();
      });
    }
  }
}
