// Planfolio's dev client: reloads the page after a rebuild and shows or
// clears the problems overlay as plans break and get fixed. Text only goes
// in through textContent, so nothing in a message can become markup.
(() => {
  const BOX_STYLE = document.getElementById('planfolio-overlay')?.getAttribute('style') ??
    'position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;background:#1f1f24;color:#f5f5f7;border:2px solid #ff6b6b;border-radius:12px;padding:1rem 1.25rem;font:14px/1.5 ui-monospace,monospace';

  function showProblems(problems) {
    document.getElementById('planfolio-overlay')?.remove();
    if (problems.length === 0) return;
    const box = document.createElement('section');
    box.id = 'planfolio-overlay';
    box.setAttribute('role', 'alert');
    box.setAttribute('style', BOX_STYLE);
    const title = document.createElement('h2');
    title.style.cssText = 'margin:0 0 .5rem;font-size:15px;color:#ff8e8e';
    title.textContent = `Planfolio: ${problems.length} problem${problems.length === 1 ? '' : 's'}; showing the last good build`;
    const list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.1rem';
    for (const p of problems) {
      const item = document.createElement('li');
      const where = document.createElement('strong');
      where.style.color = '#ffb3b3';
      where.textContent = `${p.file}:${p.line}:${p.column}`;
      item.append(where, p.path ? ` ${p.path}` : '', ` ${p.message}`);
      list.append(item);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.dataset.planfolioClose = '';
    close.setAttribute('aria-label', 'Close');
    close.title = 'Close (it comes back on the next save that fails)';
    close.style.cssText = 'float:right;margin:-.25rem -.5rem 0 .5rem;background:none;border:0;color:inherit;font:20px/1 sans-serif;cursor:pointer;padding:.25rem .5rem';
    close.textContent = '×';
    box.append(close, title, list);
    document.body.append(box);
  }

  // Closing hides the overlay until the next save that fails; the problems stay in the terminal.
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-planfolio-close]')) {
      document.getElementById('planfolio-overlay')?.remove();
    }
  });

  const events = new EventSource('/__planfolio/events');
  // A save reloads the pages it changed: first the plan's own, then the lists that show it.
  events.addEventListener('reload', (event) => {
    const { urls } = JSON.parse(event.data);
    const here = decodeURI(location.pathname).replace(/index\.html$/, '');
    if (!urls || urls.includes(here)) location.reload();
  });
  events.addEventListener('problems', (event) => showProblems(JSON.parse(event.data).problems));
})();
