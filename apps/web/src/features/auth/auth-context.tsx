import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UNAUTHORIZED_EVENT } from '../../lib/api-client';
import { tokenStore, type StaffSession } from '../../lib/token-store';

interface AuthValue {
  session: StaffSession | null;
  signIn: (session: StaffSession) => void;
  signOut: () => void;
}

export const SIGNED_OUT_EVENT = 'jingsai:staff-signed-out';
const ENDED_KEY = 'jingsai.staffEnded';

/** Called when the server rejects the staff token: the sign-in page then says the session ended. */
export function expireStaffSession(): void {
  if (!tokenStore.staff()) return;
  tokenStore.setStaff(null);
  sessionStorage.setItem(ENDED_KEY, '1');
  window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
}

/** Whether the last staff session ended on the server (the sign-in page says so, then forgets it). */
export function sessionEndedNotice(): boolean {
  return sessionStorage.getItem(ENDED_KEY) === '1';
}

export function forgetSessionEnded(): void {
  sessionStorage.removeItem(ENDED_KEY);
}

/** The server answers PASSWORD_CHANGE_REQUIRED: the stored session must set a new password first. */
export function requirePasswordChange(): void {
  const session = tokenStore.staff();
  if (!session || session.user.mustChangePassword) return;
  tokenStore.setStaff({ ...session, user: { ...session.user, mustChangePassword: true } });
  window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
}

const AuthContext = createContext<AuthValue | null>(null);

/** The organizer's session; contestant sessions are per contest (see token-store). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<StaffSession | null>(() => tokenStore.staff());
  const signIn = useCallback((next: StaffSession) => {
    tokenStore.setStaff(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    tokenStore.setStaff(null);
    setSession(null);
  }, []);
  useEffect(() => {
    // The stored session changed elsewhere (expired, or a password change is now required).
    const onChanged = () => setSession(tokenStore.staff());
    // A 401 on any request made with the staff token: that session is over.
    const onUnauthorized = (event: Event) => {
      if ((event as CustomEvent<string>).detail === tokenStore.staff()?.accessToken) expireStaffSession();
    };
    window.addEventListener(SIGNED_OUT_EVENT, onChanged);
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => {
      window.removeEventListener(SIGNED_OUT_EVENT, onChanged);
      window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    };
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('AuthProvider missing');
  return value;
}

export function useStaffToken(): string | null {
  const session = useAuth().session;
  // A session that must change its password can do nothing else.
  return session && !session.user.mustChangePassword ? session.accessToken : null;
}

/** Asks the server whether the staff session is still current (after the server closed a socket). */
export async function staffSessionCurrent(token: string): Promise<boolean> {
  const response = await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${token}` } }).catch(() => null);
  if (response?.status === 401) {
    expireStaffSession();
    return false;
  }
  return true;
}
