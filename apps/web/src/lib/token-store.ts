/** Tokens in localStorage: one staff token, one contestant session per contest (a reload keeps one's place). */
import type { JoinResponse, LoginResponse } from '@jingsai/domain';

const STAFF_KEY = 'jingsai.staff';
const contestantKey = (contestId: string) => `jingsai.contestant.${contestId}`;

/** The sign-in's answer, kept as it came (`user.mustChangePassword`: nothing works until a new password is set). */
export type StaffSession = LoginResponse;

/** The join's answer, kept as it came (sessions stored by older versions may lack the team name, contest and PIN). */
export interface ContestantSession {
  accessToken: string;
  contestant: Pick<JoinResponse['contestant'], 'id' | 'name' | 'teamId'> & Partial<JoinResponse['contestant']>;
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
