// Previous / next links for a paged answer ({page, hasMore}), keeping the page's other parameters.
import { h, clear } from './dom.js';
import { t } from './i18n.js';

export function pager(element, result, onPage) {
  clear(element);
  if (result.page > 1) element.append(h('button', { type: 'button', text: t('page.prev'), onclick: () => onPage(result.page - 1) }));
  if (result.hasMore) element.append(h('button', { type: 'button', text: t('page.next'), onclick: () => onPage(result.page + 1) }));
}

/** Sets (or removes) query parameters of the current address without reloading. */
export function setParams(values) {
  const search = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') search.delete(name);
    else search.set(name, value);
  }
  history.replaceState(null, '', `${location.pathname}?${search}`);
}
