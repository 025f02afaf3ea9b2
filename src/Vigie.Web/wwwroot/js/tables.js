// Tables of events, built from data as text; shared by the events and actor pages.
import { h, link, articleHref } from './dom.js';
import { t } from './i18n.js';

const columns = ['col.date', 'col.type', 'col.source', 'col.trigger', 'col.target', 'col.confidence', 'col.article'];

/** Fills a <table> with events (StoredEvent); <paramref name="extra"/> adds a last column (the actor's role). */
export function eventTable(table, events, extra = null) {
  table.replaceChildren(
    h('thead', {}, h('tr', {}, [...columns, ...(extra ? [extra.title] : [])].map((c) => h('th', { text: t(c) })))),
    h('tbody', {}, events.map((item) => {
      const e = item.event ?? item;
      return h('tr', { class: 'event-row' },
        h('td', { text: e.date ?? '' }),
        h('td', { class: 'type', text: e.type + (e.mode ? `/${e.mode}` : '') }),
        h('td', { text: e.sourceText }),
        h('td', { text: e.trigger ?? '' }),
        h('td', { text: e.targetText }),
        h('td', { text: `${Math.round(e.confidence * 100)} %` }),
        h('td', {}, link(articleHref(e.articleId), e.title ?? e.source ?? e.articleId.slice(7, 19))),
        extra ? h('td', { text: extra.value(item) }) : null);
    })));
}

/** The events as CSV (RFC 4180), one line per event. */
export function eventsCsv(events) {
  const fields = ['date', 'type', 'mode', 'status', 'sourceText', 'trigger', 'targetText', 'placeText', 'confidence', 'articleId', 'source', 'evidence'];
  const quote = (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading = + - @ would be a formula to a spreadsheet: prefixed with an apostrophe.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [fields.join(','), ...events.map((e) => fields.map((f) => quote(e[f])).join(','))].join('\r\n') + '\r\n';
}
