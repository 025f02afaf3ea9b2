// The events page: filters (type, actor words, dates) for a timeline per day and type, a table, and a CSV export.
import { api, turns } from './api.js';
import { h, params } from './dom.js';
import { t, translatePage } from './i18n.js';
import { timeline } from './charts.js';
import { pager, setParams } from './pager.js';
import { eventTable, eventsCsv } from './tables.js';

translatePage();
const types = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
  'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const form = document.getElementById('events-form');
const fields = ['type', 'actor', 'from', 'to'];
const select = document.getElementById('type');
select.append(h('option', { value: '', text: t('events.any') }), ...types.map((type) => h('option', { value: type, text: type })));
let chart = null;
let shown = [];
const turn = turns();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  setParams({ ...Object.fromEntries(fields.map((f) => [f, document.getElementById(f).value])), page: null });
  run();
});

document.getElementById('csv').addEventListener('click', async () => {
  // The export holds every event the filters match, page after page, not only the page shown.
  const all = [];
  for (let page = 1; page <= 100; page++) {
    const result = await api('events', { ...filters(), page, size: 100 });
    all.push(...result.items);
    if (!result.hasMore) break;
  }
  const url = URL.createObjectURL(new Blob([eventsCsv(all)], { type: 'text/csv;charset=utf-8' }));
  const anchor = h('a', { href: url, download: 'vigie-events.csv' });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
});

function filters() {
  const query = params();
  return Object.fromEntries(fields.map((f) => [f, query.get(f) ?? '']));
}

async function run() {
  const current = turn();
  const query = params();
  for (const f of fields) document.getElementById(f).value = query.get(f) ?? '';
  const table = document.getElementById('events');
  try {
    const [days, page] = await Promise.all([api('timeline', filters()), api('events', { ...filters(), page: query.get('page'), size: 50 })]);
    if (!current()) return;
    chart?.dispose();
    chart = timeline(document.getElementById('timeline'), days);
    shown = page.items;
    if (shown.length === 0) table.replaceChildren(h('caption', { text: t('events.none') }));
    else eventTable(table, shown);
    pager(document.getElementById('pager'), page, (p) => { setParams({ page: p }); run(); });
  } catch (error) {
    if (current()) table.replaceChildren(h('caption', { class: 'error', text: `${t('error')}: ${error.message}` }));
  }
}

run();
