import type { zhAccounts } from './zh-CN-accounts';

/** English text: the admin's staff accounts page. */
export const enAccounts: Record<keyof typeof zhAccounts, string> = {
  navAccounts: 'Accounts',
  accounts: 'Staff accounts',
  newAccount: 'New account',
  createAccount: 'Create account',
  accountCreated: 'Account {name} created',
  role: 'Role',
  roleAdmin: 'Admin',
  roleOrganizer: 'Organizer',
  roleJudge: 'Judge',
  actions: 'Actions',
  accountActive: 'Active',
  accountDisabled: 'Disabled',
  accountMustChangePassword: 'Must set a password',
  accountYou: 'Signed in as this account',
  resetPassword: 'Reset password',
  resetPasswordTitle: 'A temporary password for {name}',
  resetPasswordHint: 'The account is signed out on every device at once; after signing in with the temporary password it must set a new one of its own. A lock-out after wrong passwords is lifted too.',
  temporaryPassword: 'Temporary password (6 characters or more)',
  passwordResetDone: 'Temporary password set for {name}: tell them in person',
  disableAccount: 'Disable',
  disableAccountConfirm: 'Disable {name}? The account can no longer sign in, and its devices are signed out at once. It can be enabled again.',
  accountDisabledDone: '{name} disabled',
  enableAccount: 'Enable',
  accountEnabled: '{name} enabled: it signs in with its old password',
};
