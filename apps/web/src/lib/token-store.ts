/** Tokens in localStorage: one staff token, one contestant session per contest (a reload keeps one's place). */
import type { StaffRole } from '@jingsai/domain';

const STAFF_KEY = 'jingsai.staff';
const contestantKey = (contestId: string) => `jingsai.contestant.${contestId}`;

export interface StaffSession {
  accessToken: string;
  /** Signed in with a well-known password: nothing works until a new one is set. */
  user: { id: string; username: string; role: StaffRole; mustChangePassword?: boolean };
}

export interface ContestantSession {
  accessToken: string;
  contestant: { id: string; name: string; teamId: string; teamName?: string; contestId?: string; pin?: string | null };
}

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export const tokenStore = {
  staff: (): StaffSession | null => read<StaffSession>(STAFF_KEY),
  setStaff: (session: StaffSession | null): void => {
    if (session) localStorage.setItem(STAFF_KEY, JSON.stringify(session));
    else localStorage.removeItem(STAFF_KEY);
  },
  contestant: (contestId: string): ContestantSession | null => read<ContestantSession>(contestantKey(contestId)),
  /** Every contest this phone has joined (to continue from the join page). */
  contestants: (): { contestId: string; session: ContestantSession }[] =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith(contestantKey('')))
      .flatMap((key) => {
        const session = read<ContestantSession>(key);
        return session ? [{ contestId: key.slice(contestantKey('').length), session }] : [];
      }),
  setContestant: (contestId: string, session: ContestantSession | null): void => {
    if (session) localStorage.setItem(contestantKey(contestId), JSON.stringify(session));
    else localStorage.removeItem(contestantKey(contestId));
  },
};
