// The actors page: the actors the stored articles name, most named first, filtered by name.
import { api } from './api.js';
import { h, clear, link, actorHref, params } from './dom.js';
import { t, translatePage } from './i18n.js';
import { pager, setParams } from './pager.js';

translatePage();
const input = document.getElementById('name');
document.getElementById('actors-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setParams({ q: input.value, page: null });
  run();
});

async function run() {
  const query = params();
  input.value = query.get('q') ?? '';
  const list = clear(document.getElementById('actors'));
  try {
    const page = await api('actors', { q: input.value, page: query.get('page'), size: 50 });
    for (const a of page.items) {
      list.append(h('li', {}, link(actorHref(a.key), a.name), h('span', { class: 'meta', text: ` ${a.kind} · ${t('actor.articles', a.articles)}` })));
    }
    pager(document.getElementById('pager'), page, (p) => { setParams({ page: p }); run(); });
  } catch (error) {
    list.append(h('li', { class: 'error', text: `${t('error')}: ${error.message}` }));
  }
}

run();
