// Builds elements from data. Text always goes in as text nodes, never as HTML: article words,
// names and quotes come from documents nobody vetted.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = String(value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

export function link(href, text, attributes = {}) {
  return h('a', { href, text, ...attributes });
}

export const articleHref = (id) => `article.html?id=${encodeURIComponent(id)}`;
export const actorHref = (key) => `actor.html?key=${encodeURIComponent(key)}`;
export const params = () => new URLSearchParams(location.search);

/** What names an article: its title, else its file name, else its id. */
export const articleLabel = (a) => a.title ?? (a.path ? a.path.split(/[\\/]/).pop() : a.id);
