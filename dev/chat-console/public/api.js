const apiBase = new URL('api/', document.baseURI);

async function request(path, options = {}) {
  const response = await fetch(new URL(path, apiBase), options);
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(body?.message ?? `HTTP ${response.status}`);
  return body;
}

function postJson(path, body) {
  return request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export const api = {
  listUsers: () => request('users').then((body) => body.users),
  addUser: (input) => postJson('users', input),
  offices: () => request('offices'),
  richMenu: (userId) => request(`users/${encodeURIComponent(userId)}/rich-menu`).then((body) => body.richMenu),
  timeline: (userId) => request(`users/${encodeURIComponent(userId)}/timeline`).then((body) => body.items),
  sendEvent: (userId, input) => postJson(`users/${encodeURIComponent(userId)}/events`, input),
  sendImage: (userId, file) =>
    request(`users/${encodeURIComponent(userId)}/images`, {
      method: 'POST',
      headers: { 'content-type': file.type },
      body: file,
    }),
  contentUrl: (messageId) => new URL(`content/${encodeURIComponent(messageId)}`, apiBase).href,
  /** Relative to the page, as the server gives it (e.g. `api/rich-menus/…/image`). */
  pageUrl: (path) => new URL(path, document.baseURI).href,
};

/** Live notices from the emulator; EventSource reconnects by itself after a drop. */
export function subscribe(handlers, onConnection) {
  const source = new EventSource(new URL('stream', apiBase));
  for (const kind of ['delivery', 'webhook-sending', 'webhook', 'user', 'loading', 'reset']) {
    source.addEventListener(kind, (event) => handlers[kind]?.(JSON.parse(event.data)));
  }
  source.addEventListener('open', () => onConnection(true));
  source.addEventListener('error', () => onConnection(false));
  return () => source.close();
}
