/** Expected readings of the extra papers in ./papers (written by hand; each convention differs from the sample). */
import type { QuestionType } from '@jingsai/domain';

export interface PaperExpectation {
  type: QuestionType;
  stem: string;
  options?: string[];
  answer?: string | string[] | boolean;
  blanks?: string[];
  keyPoints?: string[];
}

const TF = (stem: string, answer: boolean): PaperExpectation => ({ type: 'truefalse', stem, answer });

export const PAPERS: Record<string, PaperExpectation[]> = {
  'bank-teller.paper.txt': [
    { type: 'single', stem: '储蓄存款的原则是存款自愿、取款自由、存款有息和（　）。', options: ['为储户保密', '先存先取', '实名登记', '限额取现'], answer: 'A' },
    { type: 'single', stem: '个人存款账户实行（　）制度。', options: ['实名', '匿名', '代理', '备案'], answer: 'A' },
    { type: 'single', stem: '柜员离柜时，必须（　）。', options: ['锁好抽屉', '退出系统并锁好现金、印章', '告知客户', '关闭电脑'], answer: 'B' },
    { type: 'multiple', stem: '柜员服务的“三声”是指（　）。', options: ['来有迎声', '问有答声', '走有送声', '错有歉声'], answer: ['A', 'B', 'C'] },
    { type: 'multiple', stem: '下列属于假币特征的有（　）。', options: ['水印模糊', '安全线不连续', '纸张手感光滑', '号码清晰'], answer: ['A', 'B', 'C'] },
    { type: 'multiple', stem: '办理挂失需要客户提供（　）。', options: ['有效身份证件', '存单或存折信息', '单位介绍信'], answer: ['A', 'B'] },
    TF('柜员可以将个人名章交由他人代为保管。（　）', false),
    TF('大额现金存取应按规定登记。（　）', true),
    TF('客户遗留在柜台的物品，柜员应登记并妥善保管。', true),
    TF('柜员在营业时间内可以接打私人电话。', false),
  ],
  'inline-options.paper.txt': [
    { type: 'single', stem: '营业厅办理居民客户收费业务的时间一般每件不超过（　）分钟。', options: ['3', '5', '10', '15'], answer: 'B' },
    { type: 'single', stem: '客户投诉应在（　）天内答复。', options: ['3', '5', '7', '10'], answer: 'B' },
    { type: 'single', stem: '供电设施计划检修停电，应提前（　）天公告。', options: ['3', '5', '7', '10'], answer: 'C' },
    { type: 'single', stem: '95598服务热线应在铃响（　）声内接听。', options: ['3', '4', '5', '6'], answer: 'A' },
    { type: 'multiple', stem: '营业厅应公开的内容有（　）。', options: ['电价', '收费标准', '服务程序', '员工工资'], answer: ['A', 'B', 'C'] },
    { type: 'multiple', stem: '文明服务的一般行为包括（　）。', options: ['接待', '会话', '服务', '沟通', '娱乐'], answer: ['A', 'B', 'C', 'D'] },
    { type: 'multiple', stem: '抄表员现场工作应做到（　）。', options: ['出示证件', '准确抄录', '随意估抄'], answer: ['A', 'B'] },
  ],
  'fullwidth-brackets.paper.txt': [
    { type: 'blank', stem: '供电服务方针是（　）、（　）、（　）、（　）。', blanks: ['优质', '方便', '规范', '快捷'] },
    { type: 'blank', stem: '居民客户供电方案答复期限不超过（　）个工作日。', blanks: ['3'] },
    { type: 'blank', stem: '供电企业应在停电前（　）天送达停电通知书。', blanks: ['7'] },
    { type: 'single', stem: '国家电网公司的服务理念是（　）。', options: ['和谐电力', '真诚服务，共谋发展', '客户满意'], answer: 'B' },
    { type: 'multiple', stem: '业扩报装“三不指定”包括不指定（　）。', options: ['设计单位', '监理单位', '施工单位', '设备供货单位'], answer: ['A', 'C', 'D'] },
    { type: 'single', stem: '供电营业场所“三公开”的内容是电价、收费标准和（　）。', options: ['营业时间', '服务范围', '服务程序'], answer: 'C' },
    TF('客户欠费需依法采取停电措施的，应提前7天送达停电通知书。（　）', true),
    TF('用电检查人员可以单独一人实施现场检查。（　）', false),
    TF('供电企业对查获的窃电者可以当场中止供电。（　）', true),
  ],
  'qa-answers.paper.txt': [
    { type: 'short', stem: '什么是“首问负责制”？', keyPoints: ['被客户首先访问的工作人员，有责任引导客户办好各种手续'] },
    { type: 'short', stem: '文明服务的一般行为有哪些？', keyPoints: ['接待', '会话', '服务', '沟通'] },
    { type: 'short', stem: '处理客户投诉应遵循什么原则？', keyPoints: ['以事实和法律为依据', '维护客户的合法权益', '保护国有财产不受侵犯'] },
    { type: 'short', stem: '营业人员如何应对系统故障？', keyPoints: ['立即向客户解释，取得谅解', '告知客户预计恢复时间', '可手工办理的业务先手工办理'] },
    { type: 'short', stem: '电话礼仪有哪些要求？', keyPoints: ['铃响三声内接听', '先问候再报工号', '通话结束待客户先挂断'] },
  ],
};
