

/** A team's join link (the entry sheet's QR): the code filled in, the team shown to confirm. */
export function teamJoinUrl(joinBase: string, joinCode: string): string {
  return `${joinBase}/join?code=${encodeURIComponent(joinCode)}`;
}
