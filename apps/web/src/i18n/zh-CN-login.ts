/** Chinese text: Signing in. */
export const zhLogin = {
  loginTitle: '工作人员登录',
  username: '用户名',
  password: '密码',
  signIn: '登录',
  signOut: '退出登录',
  required: '必填',
} as const;
