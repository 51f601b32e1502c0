// The access token (sessionStorage: gone when the tab closes) and who to tell when it expires.
const KEY = "peermentor.token";
type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  return typeof sessionStorage === "undefined" ? null : sessionStorage;
}

export const session = {
  token(): string | null {
    return storage()?.getItem(KEY) ?? null;
  },
  signIn(token: string): void {
    storage()?.setItem(KEY, token);
    listeners.forEach((l) => l());
  },
  /** Signs out; `expired` tells the login screen why. */
  signOut(expired = false): void {
    storage()?.removeItem(KEY);
    if (expired) storage()?.setItem(KEY + ".expired", "1");
    listeners.forEach((l) => l());
  },
  /** True once after an expiry sign-out (the login page shows a notice). */
  takeExpired(): boolean {
    const was = storage()?.getItem(KEY + ".expired") === "1";
    storage()?.removeItem(KEY + ".expired");
    return was;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
