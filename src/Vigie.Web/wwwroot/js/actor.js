// The actor page: names, roles over time, quotes, events as source or target, a timeline and the neighbours graph.
import { api } from './api.js';
import { h, link, articleHref, params } from './dom.js';
import { t, translatePage } from './i18n.js';
import { timeline, graph } from './charts.js';
import { eventTable } from './tables.js';

translatePage();
const root = document.getElementById('actor');

try {
  const key = params().get('key') ?? '';
  const view = await api(`actors/${encodeURIComponent(key)}`);
  const a = view.actor;
  const events = view.events.items;
  const perDay = new Map();
  for (const { event } of events) {
    if (event.date) perDay.set(`${event.date}|${event.type}`, (perDay.get(`${event.date}|${event.type}`) ?? 0) + 1);
  }
  const chartBox = h('div', { id: 'actor-timeline', class: 'chart small' });
  const graphBox = h('div', { id: 'neighbours', class: 'graph' });
  const eventsTable = h('table', { id: 'actor-events', class: 'table' });
  root.append(
    h('h1', { text: a.name }),
    h('p', { class: 'meta', text: [a.kind, a.country, a.kb, t('actor.articles', a.articles)].filter(Boolean).join(' · ') }),
    h('h2', { text: t('actor.aliases') }),
    h('p', { class: 'aliases', text: view.aliases.length ? view.aliases.map((x) => (x.language ? `${x.text} (${x.language})` : x.text)).join(', ') : a.name }),
    h('h2', { text: t('actor.roles') }),
    view.roles.length
      ? h('table', { class: 'table roles' },
        h('thead', {}, h('tr', {}, ['col.title', 'col.from', 'col.until'].map((c) => h('th', { text: t(c) })))),
        h('tbody', {}, view.roles.map((r) => h('tr', {}, h('td', { text: r.title }), h('td', { text: r.start ?? '?' }), h('td', { text: r.end ?? '' })))))
      : h('p', { text: t('actor.none') }),
    h('h2', { text: `${t('actor.quotes')} (${view.quotes.items.length}${view.quotes.hasMore ? '+' : ''})` }),
    h('ol', { id: 'actor-quotes', class: 'quotes' }, view.quotes.items.map((q) => h('li', { class: 'quote-item' },
      h('q', { text: q.text }), ' ', h('span', { class: 'meta' }, link(articleHref(q.articleId), [q.published, q.source].filter(Boolean).join(' · ') || q.articleId))))),
    h('h2', { text: t('actor.timeline') }), chartBox,
    h('h2', { text: `${t('actor.events')} (${events.length}${view.events.hasMore ? '+' : ''})` }), eventsTable,
    h('h2', { text: t('actor.neighbours') }), graphBox);
  if (events.length === 0) eventsTable.replaceChildren(h('caption', { text: t('actor.none') }));
  else eventTable(eventsTable, events, { title: 'col.role', value: (e) => [e.asSource ? t('actor.asSource') : '', e.asTarget ? t('actor.asTarget') : ''].filter(Boolean).join(', ') });
  timeline(chartBox, [...perDay].map(([k, n]) => ({ day: k.split('|')[0], type: k.split('|')[1], events: n })));
  graph(graphBox, view.neighbours, a.key);
} catch (error) {
  root.append(h('p', { class: 'error', text: `${t('error')}: ${error.message}` }));
}
