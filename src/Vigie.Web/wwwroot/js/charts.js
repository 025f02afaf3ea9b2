// Charts over vendored libraries (vendor/, see NOTICE): ECharts for timelines, Cytoscape.js for graphs.
// Labels are set as data, which both libraries draw on a canvas: never parsed as HTML.
import { h, actorHref } from './dom.js';

const palette = ['#3b6ea8', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#2c4d75', '#772c2a', '#5f7530', '#4d3b62',
  '#276a7c', '#b65708', '#7f7f7f', '#a5a5a5', '#d99694', '#95b3d7'];

/** A stacked bar per day and type: rows of {day, type, events}. */
export function timeline(element, rows) {
  if (!globalThis.echarts || rows.length === 0) return null;
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    color: palette,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: types, top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: types.map((type) => ({
      name: type, type: 'bar', stack: 'events',
      data: days.map((day) => rows.find((r) => r.day === day && r.type === type)?.events ?? 0),
    })),
  });
  return chart;
}

/** A bar per day: rows of {value: day, articles}. */
export function histogram(element, rows) {
  if (!globalThis.echarts || rows.length === 0) return null;
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    color: palette,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 40, right: 16, top: 10, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((r) => r.value) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: rows.map((r) => r.articles) }],
  });
  return chart;
}

/** Actors and the events linking them ({nodes: [{key, name, count}], edges: [{source, target, events}]}); a click opens an actor. */
export function graph(element, data, centre) {
  if (!globalThis.cytoscape || data.nodes.length === 0) return null;
  // Cytoscape injects an inline <style> unless an element with this id exists: give it our stylesheet instead.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    document.head.append(h('link', { id: '__________cytoscape_stylesheet', rel: 'stylesheet', href: 'css/cytoscape.css' }));
  }
  const cy = cytoscape({
    container: element,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.key, label: n.name, weight: n.count, centre: n.key === centre ? 1 : 0 } })),
      ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.events } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#3b6ea8', width: 14, height: 14 } },
      { selector: 'node[centre = 1]', style: { 'background-color': '#c0504d', width: 22, height: 22 } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#aab' } },
    ],
    layout: { name: 'cose', animate: false },
  });
  cy.on('tap', 'node', (event) => { location.href = actorHref(event.target.id()); });
  return cy;
}
