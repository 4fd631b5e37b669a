import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { tokenStore, type StaffSession } from './token-store';

interface AuthValue {
  session: StaffSession | null;
  signIn: (session: StaffSession) => void;
  signOut: () => void;
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
