import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageLoading } from './components/page-loading';
import { RequireStaff } from './components/require-staff';
import { useLang } from './i18n/index';

// Each audience loads only its own pages (the big screen pulls in ECharts, the console the tables).
const ScreenPage = lazy(() => import('./features/screen/components/screen-page').then((m) => ({ default: m.ScreenPage })));
const JoinPage = lazy(() => import('./features/join/components/join-page').then((m) => ({ default: m.JoinPage })));
const PlayPage = lazy(() => import('./features/play/components/play-page').then((m) => ({ default: m.PlayPage })));
const LoginPage = lazy(() => import('./features/auth/components/login-page').then((m) => ({ default: m.LoginPage })));
const ConsoleLayout = lazy(() => import('./features/contests/components/console-layout').then((m) => ({ default: m.ConsoleLayout })));
const ContestsPage = lazy(() => import('./features/contests/components/contests-page').then((m) => ({ default: m.ContestsPage })));
const ContestPage = lazy(() => import('./features/contests/components/contest-page').then((m) => ({ default: m.ContestPage })));
const PrintSheetPage = lazy(() => import('./features/venue/components/print-sheet-page').then((m) => ({ default: m.PrintSheetPage })));
const AnalysisPrintPage = lazy(() => import('./features/analysis/components/analysis-print-page').then((m) => ({ default: m.AnalysisPrintPage })));
const JudgeLayout = lazy(() => import('./features/judging/components/judge-layout').then((m) => ({ default: m.JudgeLayout })));
const JudgeContestsPage = lazy(() => import('./features/judging/components/judge-contests-page').then((m) => ({ default: m.JudgeContestsPage })));
const JudgeContestPage = lazy(() => import('./features/judging/components/judge-contest-page').then((m) => ({ default: m.JudgeContestPage })));
const HostPage = lazy(() => import('./features/host/components/host-page').then((m) => ({ default: m.HostPage })));
const AccountsPage = lazy(() => import('./features/accounts/components/accounts-page').then((m) => ({ default: m.AccountsPage })));
const BanksPage = lazy(() => import('./features/banks/components/banks-page').then((m) => ({ default: m.BanksPage })));

export function App() {
  const [lang] = useLang();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1d5fd6', borderRadius: 8 } }}>
      <AntApp>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/" element={<Navigate to="/console" replace />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/join" element={<JoinPage />} />
            <Route path="/play/:contestId" element={<PlayPage />} />
            <Route path="/screen/:contestId" element={<ScreenPage />} />
            <Route
              path="/host/:contestId"
              element={
                <RequireStaff>
                  <HostPage />
                </RequireStaff>
              }
            />
            <Route
              path="/console"
              element={
                <RequireStaff>
                  <ConsoleLayout />
                </RequireStaff>
              }
            >
              <Route index element={<ContestsPage />} />
              <Route path="contests/:contestId" element={<ContestPage />} />
              <Route path="banks" element={<BanksPage />} />
              <Route path="accounts" element={<AccountsPage />} />
            </Route>
            <Route
              path="/console/contests/:contestId/print"
              element={
                <RequireStaff>
                  <PrintSheetPage />
                </RequireStaff>
              }
            />
            <Route
              path="/console/contests/:contestId/analysis/print"
              element={
                <RequireStaff>
                  <AnalysisPrintPage />
                </RequireStaff>
              }
            />
            <Route
              path="/judge"
              element={
                <RequireStaff>
                  <JudgeLayout />
                </RequireStaff>
              }
            >
              <Route index element={<JudgeContestsPage />} />
              <Route path="contests/:contestId" element={<JudgeContestPage />} />
            </Route>
            <Route path="*" element={<Navigate to="/console" replace />} />
          </Routes>
        </Suspense>
      </AntApp>
    </ConfigProvider>
  );
}
