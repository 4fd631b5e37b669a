import { enAccess } from './en-access';
import { enAccounts } from './en-accounts';
import { enAnalysis } from './en-analysis';
import { enAppeals } from './en-appeals';
import { enBanks } from './en-banks';
import { enCommon } from './en-common';
import { enConsole } from './en-console';
import { enEditing } from './en-editing';
import { enJudging } from './en-judging';
import { enLive } from './en-live';
import { enLogin } from './en-login';
import { enPapers } from './en-papers';
import { enPlay } from './en-play';
import { enRounds } from './en-rounds';
import { enScreen } from './en-screen';
import { enTools } from './en-tools';
import { enVenue } from './en-venue';
import type { Dictionary } from './zh-CN';

/** English UI text: one dictionary merged from the features' dictionaries. */
export const en: Dictionary = {
  ...enAccess,
  ...enAccounts,
  ...enAnalysis,
  ...enLive,
  ...enEditing,
  ...enVenue,
  ...enAppeals,
  ...enJudging,
  ...enCommon,
  ...enLogin,
  ...enConsole,
  ...enBanks,
  ...enPlay,
  ...enScreen,
  ...enTools,
  ...enPapers,
  ...enRounds,
};
