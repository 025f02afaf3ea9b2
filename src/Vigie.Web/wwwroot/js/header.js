// The header every page shares: the brand, the three sections, the language switch. Pages hold an
// empty <header class="top"> that this fills, so the navigation is written once.
import { h } from './dom.js';

export function renderHeader() {
  const header = document.querySelector('header.top');
  if (!header || header.childElementCount > 0) return;
  header.append(
    h('a', { class: 'brand', href: 'index.html', text: 'Vigie' }),
    h('nav', {},
      h('a', { href: 'index.html', dataset: { i18n: 'nav.search' }, text: 'Search' }),
      h('a', { href: 'events.html', dataset: { i18n: 'nav.events' }, text: 'Events' }),
      h('a', { href: 'actors.html', dataset: { i18n: 'nav.actors' }, text: 'Actors' })),
    h('button', { type: 'button', id: 'lang-switch', class: 'lang', text: 'Français' }));
}
