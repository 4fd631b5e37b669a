import type { zhCommon } from './zh-CN-common';

/** English text: General words and the app shell. */
export const enCommon: Record<keyof typeof zhCommon, string> = {
  appName: 'Jingsai',
  language: 'Language',
  loading: 'Loading…',
  retry: 'Retry',
  cancel: 'Cancel',
  save: 'Save',
  create: 'Create',
  add: 'Add',
  close: 'Close',
  search: 'Search',
  all: 'All',
  points: 'pts',
  seconds: 's',
  noData: 'No data',
  connected: 'Connected',
  disconnected: 'Connection lost, reconnecting…',
};
