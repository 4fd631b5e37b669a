/** The question pool written papers are drawn from, and how a phone answers a drawn (shuffled) paper. */
import { type ApiClient, eventually } from './api-client';

/** Six single-choice questions (distinct option texts) and two true/false: the pool papers are drawn from. */
export const PAPER_POOL = [
  '一、单项选择题',
  '1.供电服务热线是（ ）。',
  'A.95598 B.95533 C.95588 D.95566',
  '答案：A',
  '2.营业厅的服务时间不得少于（ ）小时。',
  'A.六 B.七 C.八 D.九',
  '答案：C',
  '3.客户投诉应在（ ）个工作日内答复。',
  'A.一 B.三 C.五 D.十',
  '答案：B',
  '4.居民客户计划停电应提前（ ）天公告。',
  'A.一天 B.三天 C.五天 D.七天',
  '答案：D',
  '5.首问负责制中的“首问”指（ ）。',
  'A.第一位接待的员工 B.班长 C.经理 D.客户',
  '答案：A',
  '6.服务用语的基本要求是（ ）。',
  'A.随意 B.文明规范 C.简略 D.方言',
  '答案：B',
  '二、判断题',
  '7.营业厅工作人员可以与客户发生争执。（×）',
  '8.工作人员应使用文明用语。（√）',
].join('\n');

export interface BankQuestion {
  id: string;
  type: string;
  points: number;
  answer?: string | boolean;
  options?: { key: string; text: string }[];
}

export interface ShownQuestion {
  id: string;
  type: string;
  options?: { key: string; text: string }[];
  answer?: unknown;
}

/** The contestant's letter for the right (or a wrong) option, found by the option's text. */
export function answerFor(shown: ShownQuestion, bank: BankQuestion, right: boolean): string | boolean {
  if (bank.type === 'truefalse') return right ? (bank.answer as boolean) : !(bank.answer as boolean);
  const correctText = (bank.options ?? []).find((o) => o.key === bank.answer)?.text;
  const option = (shown.options ?? []).find((o) => (right ? o.text === correctText : o.text !== correctText));
  return option?.key as string;
}

export async function statusOf(client: ApiClient, submissionId: string, wanted: string) {
  return eventually(async () => {
    const res = await client.get(`/api/submissions/${submissionId}`);
    return res.body?.status === wanted ? res.body : null;
  }, 15000, `submission ${submissionId} ${wanted}`);
}
