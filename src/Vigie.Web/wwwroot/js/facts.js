// What the pipeline found in an article, as highlights over its text: each fact knows its words
// (start, end), a kind, and how to describe itself (type, actors, date, confidence, and the rule or
// model that produced it). Everything is rendered as text nodes.
import { h, link, actorHref } from './dom.js';
import { t } from './i18n.js';

/** Every fact of an article view (GET /api/articles/{id}) with its span. */
export function factsOf(view) {
  const facts = [];
  view.quotes.forEach((quote, index) => {
    facts.push({ kind: 'quote', start: quote.start, end: quote.end, quote, index });
    if (quote.speakerStart !== null && quote.speakerEnd !== null) {
      facts.push({ kind: 'speaker', start: quote.speakerStart, end: quote.speakerEnd, quote, index });
    }
  });
  for (const entity of view.entities) {
    for (const mention of entity.mentions) facts.push({ kind: 'entity', start: mention.start, end: mention.end, entity, mention });
  }
  for (const event of view.events) {
    const [start, end] = event.triggerStart !== null ? [event.triggerStart, event.triggerEnd] : [event.evidenceStart, event.evidenceEnd];
    facts.push({ kind: 'event', start, end, event });
  }
  for (const time of view.times) facts.push({ kind: 'time', start: time.start, end: time.end, time });
  return facts.filter((f) => f.end > f.start);
}

/**
 * The text cut at every fact boundary: a segment covered by facts is a <span> with one class per
 * kind, and a click shows the facts covering it in <paramref name="panel"/>.
 */
export function annotatedText(text, facts, panel, published) {
  const cuts = new Set([0, text.length]);
  for (const f of facts) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const container = h('div', { class: 'text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const words = text.slice(a, b);
    const covering = facts.filter((f) => f.start <= a && f.end >= b);
    if (covering.length === 0) {
      container.append(document.createTextNode(words));
      continue;
    }
    const kinds = [...new Set(covering.map((f) => f.kind))];
    const quote = covering.find((f) => f.kind === 'quote');
    const span = h('span', {
      class: ['hl', ...kinds.map((k) => `k-${k}`)].join(' '),
      title: covering.map((f) => summary(f)).join('\n'),
      tabindex: 0,
      dataset: quote ? { quote: String(quote.index) } : {},
      text: words,
    });
    const show = () => showFacts(panel, covering, published);
    span.addEventListener('click', show);
    span.addEventListener('keydown', (event) => { if (event.key === 'Enter') show(); });
    container.append(span);
  }
  return container;
}

function summary(f) {
  switch (f.kind) {
    case 'quote': case 'speaker': return `${t('fact.quote')} — ${f.quote.speakerName ?? f.quote.speakerText ?? t('fact.unknown')}`;
    case 'entity': return `${t('fact.entity')}: ${f.entity.name} (${f.mention.how})`;
    case 'event': return `${t('fact.event')}: ${f.event.type} ${f.event.sourceText} → ${f.event.targetText}`;
    default: return `${t('fact.time')}: ${f.time.value ?? t('fact.unknown')}`;
  }
}

function showFacts(panel, facts, published) {
  panel.replaceChildren(...facts.filter((f) => f.kind !== 'speaker' || !facts.some((g) => g.kind === 'quote' && g.index === f.index))
    .map((f) => describe(f, published)));
}

const row = (label, ...value) => [h('dt', { text: label }), h('dd', {}, ...value)];
const percent = (x) => `${Math.round(x * 100)} %`;
const actor = (key, name) => (key ? link(actorHref(key), name) : name);

/** A definition list saying what a fact is and how it was found. */
export function describe(f, published) {
  switch (f.kind) {
    case 'quote':
    case 'speaker': {
      const q = f.quote;
      return h('dl', { class: 'fact k-quote' },
        row(t('fact.type'), `${t('fact.quote')} (${q.kind})`),
        row(t('fact.speaker'), q.speakerName ? actor(q.speakerKey, q.speakerName) : t('fact.unknown'), q.speakerText ? ` — « ${q.speakerText} »` : ''),
        row(t('fact.cue'), q.cue ?? '—'),
        row(t('fact.date'), published ?? t('fact.unknown')),
        row(t('fact.confidence'), percent(q.confidence)),
        row(t('fact.how'), `quote rules; speaker clue: ${q.speakerClue}`));
    }
    case 'entity': {
      const e = f.entity;
      return h('dl', { class: 'fact k-entity' },
        row(t('fact.type'), `${t('fact.entity')} (${e.kind}${e.country ? `, ${e.country}` : ''})`),
        row(t('fact.actors'), actor(e.key, e.name), e.roles ? ` — ${e.roles}` : ''),
        row(t('fact.date'), published ?? t('fact.unknown')),
        row(t('fact.mentions'), String(e.mentions.length)),
        row(t('fact.how'), `${f.mention.how}${e.kb ? ` (${e.kb})` : ''}`));
    }
    case 'event': {
      const v = f.event;
      return h('dl', { class: 'fact k-event' },
        row(t('fact.type'), `${t('fact.event')} ${v.type}${v.mode ? `/${v.mode}` : ''}`),
        row(t('fact.status'), v.status + (v.claimedBy ? ` (${v.claimedBy})` : '')),
        row(t('fact.source'), v.sourceText || '—'),
        row(t('fact.target'), v.targetText || '—'),
        v.placeText ? row(t('fact.place'), v.placeText) : null,
        row(t('fact.date'), `${v.date ?? t('fact.unknown')}${v.dateFrom ? ` (${v.dateFrom})` : ''}`),
        row(t('fact.confidence'), percent(v.confidence)),
        row(t('fact.how'), `event lexicon rule, trigger « ${v.trigger ?? ''} »`));
    }
    default: {
      const m = f.time;
      return h('dl', { class: 'fact k-time' },
        row(t('fact.type'), `${t('fact.time')} (${m.type})`),
        row(t('fact.value'), m.value ?? t('fact.unknown')),
        row(t('fact.date'), published ?? t('fact.unknown')),
        row(t('fact.confidence'), m.approximate ? 'approximate' : 'exact'),
        row(t('fact.how'), `time rules${m.anchor ? `, anchored on ${m.anchor}` : ''}${m.mod ? `, ${m.mod}` : ''}`));
    }
  }
}
