import type { FormRule } from 'antd';
import type { Translate } from '../../../i18n/index';

/** The server's rules for a new account's username and password (CreateUserDto), as form rules. */
export function accountRules(t: Translate): { username: FormRule[]; password: FormRule[] } {
  return {
    username: [
      { required: true, message: t('required') },
      { min: 2, max: 64, pattern: /^[\p{L}\p{N}_.-]+$/u, message: t('usernameRule') },
    ],
    password: [
      { required: true, message: t('required') },
      { min: 6, max: 200, message: t('judgePasswordRule') },
    ],
  };
}
