/** Chinese text: General words and the app shell. */
export const zhCommon = {
  appName: '竞赛',
  language: '语言',
  loading: '加载中…',
  retry: '重试',
  cancel: '取消',
  save: '保存',
  create: '创建',
  add: '添加',
  close: '关闭',
  search: '搜索',
  all: '全部',
  points: '分',
  seconds: '秒',
  noData: '暂无数据',
  connected: '已连接',
  disconnected: '连接中断，正在重连…',
} as const;
