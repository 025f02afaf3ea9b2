// The search page: a query, facets to narrow it, the date histogram and the hits with their matched words marked.
import { api, turns } from './api.js';
import { h, clear, link, articleHref, articleLabel, params } from './dom.js';
import { t, translatePage } from './i18n.js';
import { histogram } from './charts.js';
import { pager, setParams } from './pager.js';

translatePage();
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const filters = ['lang', 'source', 'actor', 'from', 'to'];
let chart = null;
const turn = turns();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  setParams({ q: input.value, page: null });
  run();
});

async function run() {
  const current = turn();
  const query = params();
  input.value = query.get('q') ?? '';
  const hits = clear(document.getElementById('hits'));
  const summary = document.getElementById('summary');
  if (!input.value.trim()) return;
  summary.textContent = t('loading');
  try {
    const request = { q: input.value, page: query.get('page'), size: 20 };
    for (const name of filters) request[name] = query.get(name);
    const result = await api('search', request);
    if (!current()) return;
    summary.textContent = result.total ? t('search.results', result.total) : t('search.none');
    for (const hit of result.hits.items) hits.append(renderHit(hit));
    facets(result.facets, query);
    chart?.dispose();
    chart = histogram(document.getElementById('histogram'), result.facets.days);
    pager(document.getElementById('pager'), result.hits, (page) => { setParams({ page }); run(); });
  } catch (error) {
    if (current()) summary.textContent = `${t('error')}: ${error.message}`;
  }
}

function renderHit(hit) {
  return h('li', { class: 'hit' },
    h('div', { class: 'hit-title' }, link(articleHref(hit.id), articleLabel(hit))),
    h('div', { class: 'meta', text: [hit.published, hit.source, hit.language].filter(Boolean).join(' · ') }),
    h('p', { class: 'snippet' }, marked(hit.snippet, hit.highlights)));
}

/** The snippet as text nodes, with the matched ranges in <mark>. */
function marked(text, ranges) {
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    parts.push(text.slice(at, start), h('mark', { text: text.slice(start, end) }));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

function facets(data, query) {
  const aside = clear(document.getElementById('facets'));
  const group = (title, name, rows, valueOf, labelOf) => {
    if (rows.length === 0) return;
    aside.append(h('h3', { text: title }), h('ul', {}, rows.map((row) => {
      const value = valueOf(row);
      const active = query.get(name) === value;
      return h('li', { class: active ? 'active' : null },
        h('a', { href: '#', text: labelOf(row), onclick: (event) => { event.preventDefault(); setParams({ [name]: active ? null : value, page: null }); run(); } }),
        h('span', { class: 'count', text: ` ${row.articles ?? row.count}` }));
    })));
  };
  group(t('facet.language'), 'lang', data.languages, (r) => r.value, (r) => r.value);
  group(t('facet.source'), 'source', data.sources, (r) => r.value, (r) => r.value);
  group(t('facet.actor'), 'actor', data.actors, (r) => (r.key.startsWith('name:') ? r.name : r.key), (r) => r.name);
  if (data.eventTypes.length) {
    aside.append(h('h3', { text: t('facet.type') }), h('ul', {}, data.eventTypes.map((r) =>
      h('li', {}, link(`events.html?type=${encodeURIComponent(r.value)}`, r.value), h('span', { class: 'count', text: ` ${r.articles}` })))));
  }
  if (filters.some((name) => query.get(name))) {
    aside.append(h('button', { type: 'button', text: t('facet.clear'), onclick: () => { setParams(Object.fromEntries(filters.map((f) => [f, null]))); run(); } }));
  }
}

run();
