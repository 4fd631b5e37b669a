import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { tokenStore, type StaffSession } from './token-store';

interface AuthValue {
  session: StaffSession | null;
  signIn: (session: StaffSession) => void;
  signOut: () => void;
}

export const SIGNED_OUT_EVENT = 'jingsai:staff-signed-out';

/** Called when the server rejects the staff token. */
export function expireStaffSession(): void {
  tokenStore.setStaff(null);
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
    // A 401 anywhere (expired token) signs the organizer out.
    const onExpired = () => setSession(null);
    window.addEventListener(SIGNED_OUT_EVENT, onExpired);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onExpired);
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
  return useAuth().session?.accessToken ?? null;
}
