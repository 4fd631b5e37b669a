import type { BlankQuestion, MultipleQuestion, QuestionOption, ShortQuestion, SingleQuestion, TrueFalseQuestion } from '@jingsai/domain';

/** Test builders: a plausible question from the sample paper, overridden per test. */
const options = (keys: string): QuestionOption[] => [...keys].map((key) => ({ key, text: `选项${key}` }));

export function aSingle(overrides: Partial<SingleQuestion> = {}): SingleQuestion {
  return { type: 'single', stem: '“首问负责制” 指___________。', points: 10, tags: [], options: options('ABCD'), answer: 'D', ...overrides };
}

export function aMultiple(overrides: Partial<MultipleQuestion> = {}): MultipleQuestion {
  return { type: 'multiple', stem: '当穿着西装时，应___________。', points: 10, tags: [], options: options('ABCD'), answer: ['A', 'C', 'D'], ...overrides };
}

export function aTrueFalse(overrides: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion {
  return { type: 'truefalse', stem: '供电设施计划检修停电，提前7天向社会公告。', points: 5, tags: [], answer: true, ...overrides };
}

export function aBlank(overrides: Partial<BlankQuestion> = {}): BlankQuestion {
  return {
    type: 'blank',
    stem: '优质服务八字方针是______、______、______、______。',
    points: 8,
    tags: [],
    blanks: [['优质'], ['方便'], ['规范'], ['快捷']],
    orderFreeGroups: [[0, 1, 2, 3]],
    ...overrides,
  };
}

export function aShort(overrides: Partial<ShortQuestion> = {}): ShortQuestion {
  return {
    type: 'short',
    stem: '请写出《供电营业员工文明服务行为规范》中“品质”的细则。',
    points: 10,
    tags: [],
    reference: '①坚持“人民电业为人民”的行业宗旨……②强化市场意识……③讲究文明礼貌……④发扬团队精神……',
    keyPoints: [
      '坚持人民电业为人民的行业宗旨',
      '强化市场意识、服务意识、效益意识、形象意识',
      '讲究文明礼貌、仪容仪表，树立诚信观念和信用意识',
      '发扬团队精神，维护企业整体形象',
    ],
    ...overrides,
  };
}
