import { keyPointsOf } from '../lib/key-points';

describe('keyPointsOf: a reference answer becomes the points a judge checks', () => {
  it.each([
    ['empty', '  ', []],
    ['numbered ①②', '①甲要求。②乙要求。', ['甲要求', '乙要求']],
    ['numbered ⑴⑵ keep their inner 、 and ，', '⑴接待、会话，服务要热情。⑵沟通要冷静。', ['接待、会话，服务要热情', '沟通要冷静']],
    ['numbered (1)(2)', '(1)事先通知。(2)不造成损失。', ['事先通知', '不造成损失']],
    ['numbered 1、 2、 on lines', '1、报装容量小的用低压。\n2、报装容量大的用高压。', ['报装容量小的用低压', '报装容量大的用高压']],
    ['lines stay whole', '一般行为是接待、会话。\n服务要点是微笑、热情。', ['一般行为是接待、会话', '服务要点是微笑、热情']],
    ['sentences at 。；', '铃响三声内接听；先问候再报工号。通话结束待客户先挂断。', ['铃响三声内接听', '先问候再报工号', '通话结束待客户先挂断']],
    ['a short list at 、 and ，', '接待、会话，服务、沟通', ['接待', '会话', '服务', '沟通']],
    // The first-timer's case: one prose sentence used to be one point, so a near-perfect answer was suggested 0.
    [
      'one prose sentence splits at 、',
      '业务受理、现场勘查、确定供电方案及答复、业务收费、签订供用电合同、装表接电、资料归档等。',
      ['业务受理', '现场勘查', '确定供电方案及答复', '业务收费', '签订供用电合同', '装表接电', '资料归档等'],
    ],
    ['a long clause splits again at its commas', '以事实和法律为依据,以维护客户的合法权益和保护国有财产不受侵犯。', ['以事实和法律为依据', '以维护客户的合法权益和保护国有财产不受侵犯']],
    ['a short clause with a comma stays whole', '首问人员要负责引导客户办理业务，不能推诿', ['首问人员要负责引导客户办理业务，不能推诿']],
    ['a bracket keeps its 、 inside', '工单关键信息(业务类别、业务内容)要准确、无差错的记录', ['工单关键信息(业务类别、业务内容)要准确', '无差错的记录']],
    ['a quoted list splits, its quote marks dropped', '“一口对外、便捷高效、三不指定、办事公开”。', ['一口对外', '便捷高效', '三不指定', '办事公开']],
    ['quoted speech keeps its commas and full stop', '铃响3声内接听,超过3声接听应向客户致歉:“对不起,让您久等了。”', ['铃响3声内接听', '超过3声接听应向客户致歉:“对不起,让您久等了。”']],
    ['one short point', '电话号码是12398。', ['电话号码是12398']],
  ])('%s', (_name, reference, points) => {
    expect(keyPointsOf(reference)).toEqual(points);
  });
});
