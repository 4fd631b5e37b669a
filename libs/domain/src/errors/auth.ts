import { defineErrors } from './define-errors';

/** Sign-in, sessions, users. */
export const AUTH_ERRORS = defineErrors({
  SIGN_IN_REQUIRED: { status: 401, zh: '请先登录', en: 'Sign in first' },
  WRONG_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  TOKEN_INVALID: { status: 401, zh: '登录已失效，请重新登录', en: 'Invalid or expired token' },
  SESSION_ENDED: { status: 401, zh: '登录已失效，请重新登录或加入', en: 'This session has ended: sign in or join again' },
  QUEUE_BOARD_SIGN_IN: { status: 401, zh: '请从控制台以管理员身份打开队列看板', en: 'Open the queue board from the console, signed in as an admin' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改默认密码', en: 'Set a new password first (POST /api/auth/password)' },
  SIGN_IN_RATE_LIMITED: { status: 429, zh: '登录失败次数过多，请 {minutes} 分钟后再试', en: 'Too many failed sign-ins: try again in {minutes} minute(s)' },
  CURRENT_PASSWORD_WRONG: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  NEW_PASSWORD_NOT_NEW: { status: 400, zh: '新密码不能与当前密码或默认密码相同', en: 'The new password must differ from the current and the default password' },
  USERNAME_TAKEN: { status: 409, zh: '用户名“{username}”已存在', en: 'Username "{username}" is taken' },
  CANNOT_DISABLE_SELF: { status: 400, zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
  USER_NOT_FOUND: { status: 404, zh: '用户不存在', en: 'User not found' },
});
