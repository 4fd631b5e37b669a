import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../features/auth/auth-context';

/** Staff pages: signed in, and not still on the default password (the sign-in page asks for a new one). */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session || session.user.mustChangePassword) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}
