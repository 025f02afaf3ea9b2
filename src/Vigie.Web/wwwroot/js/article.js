// The article page: its text with quotes, speakers, actors, events and times highlighted, a panel
// describing the clicked highlight, and the lists of quotes, actors and events.
import { api } from './api.js';
import { h, link, actorHref, articleLabel, params } from './dom.js';
import { t, translatePage } from './i18n.js';
import { factsOf, annotatedText, describe } from './facts.js';

translatePage();
const root = document.getElementById('article');

try {
  const view = await api(`articles/${encodeURIComponent(params().get('id') ?? '')}`);
  const a = view.article;
  const panel = h('div', { id: 'fact', class: 'fact-panel', 'aria-live': 'polite' }, h('p', { class: 'hint', text: t('article.legend') }));
  root.append(
    h('h1', { text: articleLabel(a) }),
    h('p', { class: 'meta', text: [a.published, a.source, a.language, a.id].filter(Boolean).join(' · ') }),
    h('div', { class: 'legend' }, ['quote', 'speaker', 'entity', 'event', 'time'].map((k) =>
      h('span', { class: `hl k-${k}`, text: t(`fact.${k === 'speaker' ? 'speaker' : k}`) }))),
    h('div', { class: 'columns reading' }, annotatedText(a.text, factsOf(view), panel, a.published), h('aside', { class: 'side' }, panel)),
    h('h2', { text: `${t('article.quotes')} (${view.quotes.length})` }),
    h('ol', { id: 'quotes', class: 'quotes' }, view.quotes.map((q) => h('li', { class: 'quote-item' },
      h('q', { text: q.text }), ' — ',
      h('span', { class: 'speaker', text: q.speakerName ?? q.speakerText ?? t('fact.unknown') }),
      q.speakerKey ? [' ', link(actorHref(q.speakerKey), '→')] : null))),
    h('h2', { text: `${t('article.entities')} (${view.entities.length})` }),
    h('ul', { class: 'entities' }, view.entities.map((e) => h('li', {}, link(actorHref(e.key), e.name), ` (${e.kind}, ${e.mentions.length})`))),
    h('h2', { text: `${t('article.events')} (${view.events.length})` }),
    h('div', { class: 'event-facts' }, view.events.map((v) => describe({ kind: 'event', event: v }, a.published))));
} catch (error) {
  root.append(h('p', { class: 'error', text: error.status === 404 ? t('article.notfound') : `${t('error')}: ${error.message}` }));
}
