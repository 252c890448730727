/**
 * Builds elements without innerHTML: strings always become text nodes, so bot and user text
 * can never inject markup.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'style') setStyles(element, value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function setStyles(element, styles) {
  for (const [name, value] of Object.entries(styles)) {
    if (value !== undefined && value !== null && value !== '') element.style[name] = value;
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Only these schemes may become links or image sources. */
export function isSafeUrl(value, schemes = ['https:', 'http:']) {
  try {
    return schemes.includes(new URL(String(value)).protocol);
  } catch {
    return false;
  }
}

/** An image that shows a labelled placeholder when it cannot load (e.g. offline, or blocked by CSP). */
export function safeImage(url, alt, props = {}) {
  if (!isSafeUrl(url)) return h('div', { class: 'image-placeholder' }, alt);
  const image = h('img', { ...props, src: url, alt, loading: 'lazy' });
  image.addEventListener('error', () => image.replaceWith(h('div', { class: 'image-placeholder' }, alt)), { once: true });
  return image;
}

/** A short message at the bottom of the screen (what went wrong, or what was copied). */
export function notify(text) {
  const toast = h('div', { class: 'toast', role: 'status' }, text);
  document.body.append(toast);
  setTimeout(() => toast.remove(), 4000);
}
