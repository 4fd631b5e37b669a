/**
 * The server's request checks that still answer in English only (class-validator's defaults, e.g. "username must be
 * longer than or equal to 2 characters"), said in Chinese for the Chinese UI. Anything unknown stays as it is.
 */
const FIELDS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  newPassword: '新密码',
  currentPassword: '当前密码',
  joinCode: '加入码',
  name: '名称',
  title: '名称',
  secret: '设备密钥',
  pin: 'PIN',
  reason: '理由',
  reply: '答复',
  score: '分数',
  points: '分值',
  comment: '评语',
  role: '角色',
  group: '分组',
  memberCap: '人数上限',
  roster: '名单',
  stem: '题干',
  questionIds: '题目',
  secondsPerQuestion: '每题时限',
  windowMinutes: '申诉时限',
};

const field = (name: string) => FIELDS[name] ?? name;

const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(\w+) must be longer than or equal to (\d+) characters$/, (m) => `${field(m[1])}至少 ${m[2]} 个字符`],
  [/^(\w+) must be shorter than or equal to (\d+) characters$/, (m) => `${field(m[1])}不能超过 ${m[2]} 个字符`],
  [/^(\w+) must be a string$/, (m) => `${field(m[1])}须为文字`],
  [/^(\w+) should not be empty$/, (m) => `${field(m[1])}不能为空`],
  [/^(\w+) must be an? (?:integer )?number.*$/, (m) => `${field(m[1])}须为数字`],
  [/^(\w+) must not be less than (-?[\d.]+)$/, (m) => `${field(m[1])}不能小于 ${m[2]}`],
  [/^(\w+) must not be greater than (-?[\d.]+)$/, (m) => `${field(m[1])}不能大于 ${m[2]}`],
  [/^(\w+) must be a boolean value$/, (m) => `${field(m[1])}须为“是”或“否”`],
  [/^(\w+) must be one of the following values: (.*)$/, (m) => `${field(m[1])}只能是：${m[2]}`],
  [/^(\w+) must be a UUID$/, (m) => `${field(m[1])}格式不正确`],
  [/^(\w+) must match .* regular expression$/, (m) => `${field(m[1])}格式不正确`],
  [/^(\w+) must be an array$/, (m) => `${field(m[1])}须为列表`],
  [/^property (\w+) should not exist$/, (m) => `不支持的字段：${field(m[1])}`],
  [/^Validation failed \(uuid is expected\)$/, () => '编号格式不正确'],
];

export function validationMessageInChinese(text: string): string {
  for (const [pattern, say] of RULES) {
    const match = text.match(pattern);
    if (match) return say(match);
  }
  return text;
}
