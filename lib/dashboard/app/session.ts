/** Where the staff token comes from: the local stack's development tokens, else the person signing in. */
export interface DevSession {
  tenants: Record<string, { staffToken: string }>;
}

const tokenKey = 'loyalty.staffToken';

/** Only `npm start` serves this file; on AWS it is absent and staff sign in with their own token. */
export async function readDevSession(): Promise<DevSession | null> {
  try {
    const response = await fetch('./dev-session.json', { cache: 'no-store' });
    if (!response.ok) return null;
    const session = (await response.json()) as DevSession;
    return session && typeof session.tenants === 'object' ? session : null;
  } catch {
    return null;
  }
}

export const storedToken = (): string | null => sessionStorage.getItem(tokenKey);
export const storeToken = (token: string) => sessionStorage.setItem(tokenKey, token);
export const forgetToken = () => sessionStorage.removeItem(tokenKey);
