/** Query keys of staff accounts (the admin's accounts page and the judges panel read the same list). */
export const accountKeys = {
  list: ['users'] as const,
};
