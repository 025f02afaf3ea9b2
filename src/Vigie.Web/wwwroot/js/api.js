// The JSON API of the same server. Problems (RFC 9457) become errors carrying their detail.
export async function api(path, query = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, value);
  }
  const url = `/api/${path}${search.size ? `?${search}` : ''}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.detail || body?.title || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/**
 * Turns for a page that reloads: each call to the returned function starts a turn and returns a check that
 * stays true until a newer turn starts. A page draws an answer only while its turn is current, so a slow
 * answer to an older request (the first load, an earlier filter) never overwrites a newer one.
 */
export function turns() {
  let last = 0;
  return () => {
    const mine = ++last;
    return () => mine === last;
  };
}
