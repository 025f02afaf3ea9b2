// The actors page: the actors the stored articles name, most named first, filtered by name.
import { api, turns } from './api.js';
import { h, clear, link, actorHref, params } from './dom.js';
import { t, translatePage } from './i18n.js';
import { pager, setParams } from './pager.js';

translatePage();
const input = document.getElementById('name');
const turn = turns();
document.getElementById('actors-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setParams({ q: input.value, page: null });
  run();
});

async function run() {
  const current = turn();
  const query = params();
  input.value = query.get('q') ?? '';
  const list = clear(document.getElementById('actors'));
  try {
    const page = await api('actors', { q: input.value, page: query.get('page'), size: 50 });
    if (!current()) return;
    for (const a of page.items) {
      list.append(h('li', {}, link(actorHref(a.key), a.name), h('span', { class: 'meta', text: ` ${a.kind} · ${t('actor.articles', a.articles)}` })));
    }
    pager(document.getElementById('pager'), page, (p) => { setParams({ page: p }); run(); });
  } catch (error) {
    if (current()) list.append(h('li', { class: 'error', text: `${t('error')}: ${error.message}` }));
  }
}

run();
