import type { Question } from '@jingsai/domain';
import { parsePaperText } from '../lib/paper-text.parser';

const one = (text: string): Question => {
  const { questions } = parsePaperText(text);
  expect(questions).toHaveLength(1);
  return questions[0];
};

describe('sections and numbering', () => {
  it.each([
    ['填空题:', 'blank'],
    ['一、填空题', 'blank'],
    ['单项选择题', 'single'],
    ['二、多项选择题（每题3分）', 'multiple'],
    ['判断题：', 'truefalse'],
    ['简答题:', 'short'],
    ['四、问答题', 'short'],
  ])('heading %s gives %s questions', (heading, type) => {
    const body: Record<string, string> = {
      blank: '1.方针是____。\n优质',
      single: '1.选（　）。\nA.甲\nB.乙\n答案：A',
      multiple: '1.选（　）。\nA.甲\nB.乙\n答案：A',
      truefalse: '1.说法正确。（√）',
      short: '1.什么是服务？\n答：服务是……',
    };
    expect(one(`${heading}\n${body[type]}`).type).toBe(type);
  });

  it.each([
    ['1.', '1.甲____。\n一'],
    ['1．', '1．甲____。\n一'],
    ['1、', '1、甲____。\n一'],
  ])('numbers written %s', (_n, text) => {
    expect(one(`填空题:\n${text}`).stem).toBe('甲____。');
  });

  it('splits several questions on one line', () => {
    const { questions } = parsePaperText('选择题\n1.甲(A)。A.x B.y 2.乙(B)。A.x B.y 3.丙(A)。A.x B.y');
    expect(questions.map((q) => (q.type === 'single' ? q.answer : ''))).toEqual(['A', 'B', 'A']);
  });

  it('reads a numbered line with no blank after an unanswered blank question as its answer', () => {
    const { questions, warnings } = parsePaperText('填空题:\n6.____和____是外在表现。\n7.着装;仪容\n8.方针是____。\n优质');
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({ type: 'blank', blanks: [['着装'], ['仪容']] });
    expect(warnings.some((w) => w.line === 3)).toBe(true);
  });

  it.each([
    ['99.9', [['99.9']]],
    ['0.5', [['0.5']]],
    ['12.5', [['12.5']]],
  ])('keeps a decimal answer line %s whole (it is no mistyped number)', (answer, blanks) => {
    const { questions } = parsePaperText(`填空题:\n1.供电可靠率不低于____%。\n${answer}\n2.电费缴纳期限为____天。\n15`);
    expect(questions.map((q) => (q.type === 'blank' ? q.blanks : null))).toEqual([blanks, [['15']]]);
  });

  it('accepts numbering gaps and warns', () => {
    const { questions, warnings } = parsePaperText('简答题\n17.问甲? 答案:一。20、问乙? 答案:二。');
    expect(questions.map((q) => q.stem)).toEqual(['甲?', '乙?']);
    expect(warnings.some((w) => w.message.includes('Numbering gap'))).toBe(true);
  });

  it('keeps numbered points of an answer inside the answer', () => {
    const q = one('简答题\n20、问原则是什么?\n答案:\n1、第一点。\n2、第二点。\n3、第三点。');
    expect(q).toMatchObject({ type: 'short', keyPoints: ['第一点', '第二点', '第三点'] });
  });
});

describe('fill-in blanks', () => {
  it.each([
    ['answer on the next line', '1.方针是____、____。\n优质、方便', ['优质', '方便']],
    ['answer at the end of the line', '1.必须____或者____,尽力满意。恢复原貌;等价赔偿', ['恢复原貌', '等价赔偿']],
    ['answer in brackets after the stem', '1.方针是____、____。（优质、方便）', ['优质', '方便']],
    ['full-width underscores', '1.方针是＿＿＿、＿＿＿。\n优质；方便', ['优质', '方便']],
    ['empty brackets as blanks', '1.方针是（　）、（ ）。\n优质，方便', ['优质', '方便']],
    ['semicolon groups split leftmost first', '1.讲究____、____,树立____,做到____。\n文明、礼貌;诚信;公平、公正', ['文明', '礼貌', '诚信', '公平、公正']],
    ['a stem wrapped over lines', '1.应__________\n________。\n照常办理', ['照常办理']],
    ['answer with 答案：', '1.方针是____。答案：优质', ['优质']],
  ])('%s', (_name, text, answers) => {
    const q = one(`填空题:\n${text}`);
    expect(q.type === 'blank' && q.blanks.map((b) => b[0])).toEqual(answers);
  });

  it('normalises each blank to one ____ run', () => {
    expect(one('填空题:\n1.方针是______、_ ______。\n甲、乙').stem).toBe('方针是____、____。');
  });

  it('imports a blank question without an answer as a draft with a warning', () => {
    const { questions, warnings } = parsePaperText('填空题:\n16.五心服务指____、____。\n选择题:\n1.甲(A)。A.x B.y');
    expect(questions[0]).toMatchObject({ type: 'blank', blanks: [], draft: true, source: { line: 2 } });
    expect(warnings).toContainEqual(expect.objectContaining({ line: 2 }));
  });
});

describe('choice questions', () => {
  it.each([
    ['options on separate lines, 选择D', '1.甲___。\nA.一\nB.二\nC.三\nD.四\n选择D', 'single', 'D'],
    ['inline options, bracket answer', '1.以供用电(B)明确。A.协议 B.合同 C.契约', 'single', 'B'],
    ['A、 markers and 答案：', '1.甲（　）。\nA、一\nB、二\n答案：B', 'single', 'B'],
    ['A． markers and 正确答案:', '1.甲（　）。A．一 B．二 C．三 正确答案:C', 'single', 'C'],
    ['letter-space markers', '1.少于(B)人。A 4 B 2 C 3', 'single', 'B'],
    ['options glued to text', '1.悬挂(C)。A.安全警示B.安全标示 C.安全标志', 'single', 'C'],
    ['full-width multi bracket', '1.包括（ A、C、D ）。\nA.一 B.二 C.三 D.四', 'multiple', ['A', 'C', 'D']],
    ['comma-separated bracket', '1.遵守(A,B,C,D)。\nA.一 B.二 C.三 D.四', 'multiple', ['A', 'B', 'C', 'D']],
    ['answer line with several letters', '1.接待要___。\nA.一\nB.二\nC.三\n选择ABC', 'multiple', ['A', 'B', 'C']],
    ['"9C)" typo for (C)', '1.不得少于 9C),其中。A 50% B 60%\nC 70%', 'single', 'C'],
    ['answer letter in quotes', '1.推进“ C ”工程。A 一\nB 二\nC 三', 'single', 'C'],
  ])('%s', (_name, text, type, answer) => {
    const q = one(`选择题\n${text}`);
    expect(q.type).toBe(type);
    expect(q.type === 'single' || q.type === 'multiple' ? q.answer : null).toEqual(answer);
    expect(q.stem).not.toMatch(/[(（]\s*[A-D]/);
  });

  it('replaces the bracketed answer by a blank marker', () => {
    expect(one('选择题\n1.以供用电(B)明确。A.协议 B.合同').stem).toBe('以供用电（　）明确。');
  });

  it('uses the section to choose multiple even for one letter', () => {
    expect(one('多项选择题\n1.甲（　）。\nA.一\nB.二\n答案：A')).toMatchObject({ type: 'multiple', answer: ['A'] });
  });

  it('imports a choice question without an answer as a draft', () => {
    expect(one('单项选择题\n1.甲（　）。\nA.一\nB.二')).toMatchObject({ type: 'single', answer: '', draft: true });
  });

  it('turns several one-letter brackets into a blank question', () => {
    const q = one('选择题\n9.居民不超过(A)日,高压不超过(D)日。A.3 B.5 C.7 D.15');
    expect(q).toMatchObject({ type: 'blank', blanks: [['3', 'A'], ['15', 'D']] });
  });
});

describe('true/false', () => {
  it.each([
    ['（√）', true],
    ['(×)', false],
    ['（ 对 ）', true],
    ['（错）', false],
    ['（正确）', true],
    ['（错误）', false],
  ])('bracket %s', (mark, answer) => {
    expect(one(`判断题\n1.说法${mark}`)).toMatchObject({ type: 'truefalse', stem: '说法（　）', answer });
  });

  it.each([
    ['答案：√', true],
    ['答案：错误', false],
    ['正确答案: 对', true],
    ['×', false],
  ])('answer line %s', (line, answer) => {
    expect(one(`判断题\n1.说法。\n${line}`)).toMatchObject({ type: 'truefalse', stem: '说法。', answer });
  });
});

describe('short answers', () => {
  it.each([
    ['答：', '1.什么是服务？\n答：服务是一切。', '服务是一切。'],
    ['答案: on the same line', '1.问目标是什么?答案:发展公司、服务社会。', '发展公司、服务社会。'],
    ['following lines', '1.什么是服务？\n第一行\n第二行', '第一行\n第二行'],
  ])('%s', (_name, text, reference) => {
    expect(one(`简答题\n${text}`)).toMatchObject({ type: 'short', reference });
  });

  it.each([
    ['①②', '答：①甲。②乙。', ['甲', '乙']],
    ['⑴⑵', '答：⑴甲。⑵乙。', ['甲', '乙']],
    ['(1)(2)', '答：(1)甲。(2)乙。', ['甲', '乙']],
    ['1、2、 on lines', '答：\n1、甲。\n2、乙。', ['甲', '乙']],
    ['list of terms', '答：接待、会话、服务', ['接待', '会话', '服务']],
  ])('key points from %s', (_name, answer, keyPoints) => {
    expect(one(`简答题\n1.要求？\n${answer}`)).toMatchObject({ keyPoints });
  });

  it('strips the 问 label from the stem', () => {
    expect(one('简答题\n1.问国家电网公司的企业理念是什么?答案:以人为本。').stem).toBe('国家电网公司的企业理念是什么?');
  });

  it('imports a short question without an answer as a draft', () => {
    expect(one('简答题\n12.请写出三条文明用语。')).toMatchObject({ type: 'short', reference: '', keyPoints: [], draft: true });
  });
});

describe('prose and metadata', () => {
  it('skips prose after a part heading and warns once', () => {
    const { questions, warnings } = parsePaperText('简答题\n1.问甲?答案:乙。\n第三篇:探讨\n摘要: 正文\n1、现状分析\n随着改革深化……');
    expect(questions).toHaveLength(1);
    expect(warnings.filter((w) => w.message.includes('skipped'))).toHaveLength(1);
  });

  it('sets category from the part and tags from the section, with default and custom points', () => {
    const { questions } = parsePaperText('第一篇:营销试题\n填空题:\n1.甲____。\n乙', { file: 'p.txt', defaultPoints: { blank: 5 } });
    expect(questions[0]).toMatchObject({ category: '营销试题', tags: ['填空题'], points: 5, source: { file: 'p.txt', line: 3 } });
  });

  it('infers question types when a paper has no section headings', () => {
    const { questions } = parsePaperText('1.甲（B）。A.一 B.二\n2.说法正确。（√）\n3.什么是服务？\n答：服务。');
    expect(questions.map((q) => q.type)).toEqual(['single', 'truefalse', 'short']);
  });

  it('reports a paper with no question', () => {
    expect(parsePaperText('只是一段文字。').warnings).toContainEqual({ line: 0, message: '未识别到任何题目 / No questions recognised' });
  });
});
