/**
 * Local mode: which emulator user the LIFF pages act as. The chat console and the LIFF pages share
 * an origin, so the console's user switch writes this key and open LIFF pages follow it.
 */
export const LOCAL_USER_KEY = 'clinic-center.local-user';

export function chosenLocalUser(): string | null {
  const fromLink = new URLSearchParams(location.search).get('as');
  if (fromLink) localStorage.setItem(LOCAL_USER_KEY, fromLink);
  return fromLink ?? localStorage.getItem(LOCAL_USER_KEY);
}

/** Reloads the page as the newly chosen user when the console switches users in another tab. */
export function followConsoleUserSwitch(currentUserId: string): void {
  addEventListener('storage', (event) => {
    if (event.key !== LOCAL_USER_KEY || !event.newValue || event.newValue === currentUserId) return;
    const url = new URL(location.href);
    url.searchParams.delete('as');
    location.replace(url);
  });
}
