import { defineErrors } from './define-errors';

/** Question banks: import, edit, delete. */
export const BANK_ERRORS = defineErrors({
  BANK_NOT_FOUND: { status: 404, zh: '题库不存在', en: 'Question bank not found' },
  QUESTION_TYPE_FIXED: { status: 400, zh: '不能修改题型', en: 'The question type cannot change' },
  /** The problem the question validator names, per line. */
  QUESTION_INVALID: { status: 422, zh: '题目不完整或不符合题型', en: 'The question is incomplete or does not fit its type', detailed: true },
  BANK_MAPPING_INVALID: {
    status: 400,
    zh: '列对应格式错误：应为 {"列号": "stem|type|option|answer|points|explanation|category|difficulty|ignore"}',
    en: 'Bad column mapping',
  },
  BANK_NAME_TOO_LONG: { status: 400, zh: '题库名称最多 {max} 个字', en: 'The bank name is at most {max} characters' },
  BANK_IMPORT_BAD_BODY: { status: 400, zh: '请上传文件（file）或提交 {format, content, name}', en: 'Send a multipart "file" or {format, content, name}', detailed: true },
  /** The parser's refusals, per line (`errors`, `reason`). */
  BANK_IMPORT_INVALID: { status: 422, zh: '题库文件无法导入', en: 'The file cannot be imported', detailed: true },
  BANK_IMPORT_TOO_LARGE: { status: 413, zh: '文件过大，无法导入', en: 'The file is too large to import', detailed: true },
  BANK_NO_QUESTIONS: { status: 422, zh: '未识别到任何题目', en: 'No questions recognised' },
  BANK_DUPLICATE: {
    status: 409,
    zh: '已有同名或内容相同的题库“{name}”：请选择替换、合并或保留两者',
    en: 'A bank with this name or these questions exists (“{name}”): choose replace, merge or keep both',
  },
  BANK_IN_USE_NO_REPLACE: {
    status: 409,
    zh: '题库“{name}”已被 {rounds} 个竞赛轮次使用，不能替换；可以合并新题或保留两者',
    en: '“{name}” is used by {rounds} contest round(s) and cannot be replaced: merge the new questions or keep both',
  },
  BANK_IN_USE_NO_DELETE: { status: 409, zh: '有竞赛使用该题库的题目，不能删除', en: 'A contest uses questions of this bank: it cannot be deleted' },
});
