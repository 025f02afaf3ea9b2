// UI text in English and French: the browser's language chooses, the switch in the header overrides
// (kept in localStorage). Elements with data-i18n get their text from here.
import { renderHeader } from './header.js';

const strings = {
  en: {
    'nav.search': 'Search', 'nav.events': 'Events', 'nav.actors': 'Actors', 'switch': 'Français',
    'search.placeholder': 'Words, "a phrase", prefix*, a OR b', 'search.go': 'Search',
    'search.results': (n) => `${n} article${n === 1 ? '' : 's'}`, 'search.none': 'No article matches.',
    'facet.language': 'Language', 'facet.source': 'Source', 'facet.actor': 'Actor', 'facet.type': 'Event type', 'facet.days': 'Published',
    'facet.clear': 'Clear filters', 'page.prev': 'Previous', 'page.next': 'Next',
    'article.entities': 'Actors', 'article.quotes': 'Quotes', 'article.events': 'Events', 'article.times': 'Times',
    'article.legend': 'Click a highlight for what was found and how.', 'article.notfound': 'No such article.',
    'fact.quote': 'Quote', 'fact.speaker': 'Speaker', 'fact.entity': 'Actor', 'fact.event': 'Event', 'fact.time': 'Time',
    'fact.type': 'Type', 'fact.actors': 'Actors', 'fact.date': 'Date', 'fact.confidence': 'Confidence', 'fact.how': 'Found by',
    'fact.source': 'Source', 'fact.target': 'Target', 'fact.place': 'Place', 'fact.status': 'Status', 'fact.value': 'Value', 'fact.cue': 'Cue',
    'fact.unknown': 'unknown', 'fact.mentions': 'Mentions',
    'actor.aliases': 'Names', 'actor.roles': 'Roles over time', 'actor.quotes': 'Quotes', 'actor.events': 'Events as source or target',
    'actor.timeline': 'Timeline', 'actor.neighbours': 'Neighbours', 'actor.articles': (n) => `named in ${n} article${n === 1 ? '' : 's'}`,
    'actor.asSource': 'source', 'actor.asTarget': 'target', 'actor.none': 'None.', 'actor.list': 'Actors named in the articles', 'actor.filter': 'Name',
    'events.title': 'Events', 'events.type': 'Type', 'events.any': 'any', 'events.actor': 'Actor words', 'events.from': 'From', 'events.to': 'To',
    'events.apply': 'Apply', 'events.csv': 'Export CSV', 'events.none': 'No event matches.',
    'col.date': 'Date', 'col.type': 'Type', 'col.source': 'Source', 'col.trigger': 'Trigger', 'col.target': 'Target', 'col.article': 'Article',
    'col.confidence': 'Confidence', 'col.role': 'As', 'col.title': 'Title', 'col.from': 'From', 'col.until': 'Until',
    'error': 'Error', 'loading': 'Loading…',
  },
  fr: {
    'nav.search': 'Recherche', 'nav.events': 'Événements', 'nav.actors': 'Acteurs', 'switch': 'English',
    'search.placeholder': 'Mots, « une phrase », préfixe*, a OR b', 'search.go': 'Chercher',
    'search.results': (n) => `${n} article${n > 1 ? 's' : ''}`, 'search.none': 'Aucun article ne correspond.',
    'facet.language': 'Langue', 'facet.source': 'Source', 'facet.actor': 'Acteur', 'facet.type': 'Type d’événement', 'facet.days': 'Publication',
    'facet.clear': 'Effacer les filtres', 'page.prev': 'Précédent', 'page.next': 'Suivant',
    'article.entities': 'Acteurs', 'article.quotes': 'Citations', 'article.events': 'Événements', 'article.times': 'Dates',
    'article.legend': 'Cliquez sur un passage surligné : ce qui a été trouvé, et comment.', 'article.notfound': 'Article introuvable.',
    'fact.quote': 'Citation', 'fact.speaker': 'Locuteur', 'fact.entity': 'Acteur', 'fact.event': 'Événement', 'fact.time': 'Date',
    'fact.type': 'Type', 'fact.actors': 'Acteurs', 'fact.date': 'Date', 'fact.confidence': 'Confiance', 'fact.how': 'Trouvé par',
    'fact.source': 'Source', 'fact.target': 'Cible', 'fact.place': 'Lieu', 'fact.status': 'Statut', 'fact.value': 'Valeur', 'fact.cue': 'Verbe',
    'fact.unknown': 'inconnu', 'fact.mentions': 'Mentions',
    'actor.aliases': 'Noms', 'actor.roles': 'Fonctions dans le temps', 'actor.quotes': 'Citations', 'actor.events': 'Événements comme source ou cible',
    'actor.timeline': 'Chronologie', 'actor.neighbours': 'Voisins', 'actor.articles': (n) => `cité dans ${n} article${n > 1 ? 's' : ''}`,
    'actor.asSource': 'source', 'actor.asTarget': 'cible', 'actor.none': 'Aucun.', 'actor.list': 'Acteurs nommés dans les articles', 'actor.filter': 'Nom',
    'events.title': 'Événements', 'events.type': 'Type', 'events.any': 'tous', 'events.actor': 'Mots de l’acteur', 'events.from': 'Du', 'events.to': 'Au',
    'events.apply': 'Appliquer', 'events.csv': 'Exporter en CSV', 'events.none': 'Aucun événement ne correspond.',
    'col.date': 'Date', 'col.type': 'Type', 'col.source': 'Source', 'col.trigger': 'Déclencheur', 'col.target': 'Cible', 'col.article': 'Article',
    'col.confidence': 'Confiance', 'col.role': 'Comme', 'col.title': 'Titre', 'col.from': 'Depuis', 'col.until': 'Jusqu’à',
    'error': 'Erreur', 'loading': 'Chargement…',
  },
};

const stored = localStorage.getItem('vigie.lang');
export const lang = stored in strings ? stored : (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';

export function t(key, ...args) {
  const value = strings[lang][key] ?? strings.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

export function translatePage() {
  renderHeader();
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = t(element.dataset.i18nPlaceholder);
  const toggle = document.getElementById('lang-switch');
  if (toggle) {
    toggle.textContent = t('switch');
    toggle.addEventListener('click', () => {
      localStorage.setItem('vigie.lang', lang === 'fr' ? 'en' : 'fr');
      location.reload();
    });
  }
}
