

export const venueKeys = { venue: ['venue'] as const, lobby: (contestId: string) => ['lobby', contestId] as const };
