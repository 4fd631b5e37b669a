import type { zhLogin } from './zh-CN-login';

/** English text: Signing in. */
export const enLogin: Record<keyof typeof zhLogin, string> = {
  loginTitle: 'Staff sign-in',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  required: 'Required',
};
