/** Chinese UI text (default language): one dictionary merged from the features' dictionaries. Keys are shared with `en.ts`. */
import { zhAccess } from './zh-CN-access';
import { zhAccounts } from './zh-CN-accounts';
import { zhAnalysis } from './zh-CN-analysis';
import { zhAppeals } from './zh-CN-appeals';
import { zhBanks } from './zh-CN-banks';
import { zhCommon } from './zh-CN-common';
import { zhConsole } from './zh-CN-console';
import { zhEditing } from './zh-CN-editing';
import { zhJudging } from './zh-CN-judging';
import { zhLive } from './zh-CN-live';
import { zhLogin } from './zh-CN-login';
import { zhPapers } from './zh-CN-papers';
import { zhPlay } from './zh-CN-play';
import { zhRounds } from './zh-CN-rounds';
import { zhScreen } from './zh-CN-screen';
import { zhTools } from './zh-CN-tools';
import { zhVenue } from './zh-CN-venue';

export const zhCN = {
  ...zhAccess,
  ...zhAccounts,
  ...zhAnalysis,
  ...zhLive,
  ...zhEditing,
  ...zhVenue,
  ...zhAppeals,
  ...zhJudging,
  ...zhCommon,
  ...zhLogin,
  ...zhConsole,
  ...zhBanks,
  ...zhPlay,
  ...zhScreen,
  ...zhTools,
  ...zhPapers,
  ...zhRounds,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Dictionary = Record<MessageKey, string>;
