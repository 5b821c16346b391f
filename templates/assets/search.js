// The search page: queries the Pagefind index that `planfolio build` writes
// into /pagefind/ (with its further parts, for a large site). A file, not an
// inline script, so it runs under the site's Content-Security-Policy; it
// finds the index relative to its own address, so it works under any path
// prefix.

const form = document.querySelector('[data-search-form]');
const input = document.querySelector('[data-search-input]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const MAX_RESULTS = 30;
// The page carries its words (from Planfolio's catalogue) on the status line.
const say = (name, values = {}) => (status.dataset[name] ?? '').replace(/\{(\w+)\}/g, (place, key) => (key in values ? String(values[key]) : place));

let engine;
let latest = 0;

async function loadEngine() {
  if (!engine) {
    const index = new URL('../pagefind/', import.meta.url);
    const loaded = await import(new URL('pagefind.js', index).href);
    // A large site's index comes in parts, each written by a Pagefind process of its own; they are searched as one.
    const parts = await fetch(new URL('parts.json', index)).then((response) => (response.ok ? response.json() : []));
    for (const part of parts) await loaded.mergeIndex(new URL(part, index).href);
    await loaded.init();
    engine = loaded;
  }
  return engine;
}

/** Runs a query and shows its results; a newer query makes an older one's results stale. */
async function search(query) {
  const ticket = ++latest;
  const text = query.trim();
  if (!text) {
    list.replaceChildren();
    status.textContent = say('empty');
    return;
  }
  status.textContent = say('searching');
  let pagefind;
  try {
    pagefind = await loadEngine();
  } catch {
    status.textContent = say('unavailable');
    return;
  }
  let found;
  let results;
  try {
    found = await pagefind.search(text);
    results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  } catch {
    if (ticket === latest) status.textContent = say('failed');
    return;
  }
  if (ticket !== latest) return;
  list.replaceChildren(...results.map(renderResult));
  const count = found.results.length;
  const outcome = count === 0 ? 'none' : count === 1 ? 'one' : count > MAX_RESULTS ? 'more' : 'many';
  status.textContent = say(outcome, { count, query: text, shown: MAX_RESULTS });
}

function renderResult(result) {
  const item = element('li', 'card search-result');
  const kind = element('p', 'search-result__kind');
  kind.textContent = [result.meta.kind, result.meta.owner].filter(Boolean).join(' · ');
  const heading = element('h2', 'search-result__title');
  // A plan's title and text read in their own direction (Arabic, Hebrew) inside the English page.
  heading.dir = 'auto';
  const link = element('a');
  link.href = result.url;
  link.textContent = result.meta.title || result.url;
  heading.append(link);
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.dir = 'auto';
  appendExcerpt(excerpt, result.excerpt);
  item.append(kind, heading, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with <mark> around the words found. It
 * is read in an inert document and rebuilt from text and <mark> alone, so
 * nothing written in a plan can ever become markup on this page.
 */
function appendExcerpt(parent, html) {
  const inert = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  for (const node of inert.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = element('mark');
      mark.textContent = node.textContent;
      parent.append(mark);
    } else parent.append(document.createTextNode(node.textContent ?? ''));
  }
}

function element(name, className) {
  const node = document.createElement(name);
  if (className) node.className = className;
  return node;
}

let typing;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void search(input.value);
  }, 200);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.pushState(null, '', url);
  void search(input.value);
});

window.addEventListener('popstate', () => {
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  void search(input.value);
});

input.value = new URL(location.href).searchParams.get('q') ?? '';
void search(input.value);
