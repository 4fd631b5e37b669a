import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './lib/api-client';
import { AuthProvider, requirePasswordChange } from './features/auth/auth-context';
import { tokenStore } from './lib/token-store';
import { I18nProvider } from './i18n/index';
import { App } from './app';

// A 401 ends the session whose token was sent (see UNAUTHORIZED_EVENT in the api client).
function onApiError(error: Error): void {
  if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED' && tokenStore.staff()) requirePasswordChange();
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
