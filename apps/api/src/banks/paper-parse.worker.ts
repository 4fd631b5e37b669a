/**
 * The paper-parsing worker thread: unzips and parses uploads (.docx/.xlsx/.csv/.txt/.json) away from
 * the event loop that serves the contest. One job at a time; replies with the parse or the refusal.
 */
import { parentPort } from 'node:worker_threads';
import { QuestionBankImportError, importBankJson, jsonResult, parsePaperText, parseQuestionFile, type ParseResult } from '@jingsai/question-bank';
import { QUESTIONS_PER_MESSAGE, type ParseJob, type ParseReply } from './paper-parse.protocol';

async function run(job: Exclude<ParseJob, { kind: 'next' }>): Promise<ParseResult> {
  if (job.kind === 'file') return parseQuestionFile(Buffer.from(job.bytes), job.fileName, { mapping: job.mapping });
  if (job.format === 'json') return jsonResult(importBankJson(job.content).questions);
  return parsePaperText(job.content);
}

/** The parse being handed over, slice by slice. */
let pending: { id: number; result: ParseResult; next: number } | null = null;

function sendNext(): void {
  if (!pending) return;
  const { id, result, next } = pending;
  if (next < result.questions.length) {
    const end = next + QUESTIONS_PER_MESSAGE;
    pending.next = end;
    parentPort?.postMessage({ id, slice: { questions: result.questions.slice(next, end), reports: result.reports?.slice(next, end) ?? [] } } satisfies ParseReply);
    return;
  }
  pending = null;
  parentPort?.postMessage({ id, ok: true, warnings: result.warnings, hasReports: !!result.reports } satisfies ParseReply);
}

parentPort?.on('message', (job: ParseJob) => {
  if (job.kind === 'next') {
    if (pending?.id === job.id) sendNext();
    return;
  }
  void run(job).then(
    (result) => {
      pending = { id: job.id, result, next: 0 };
      sendNext();
    },
    (error: unknown) => {
      const reply: ParseReply =
        error instanceof QuestionBankImportError
          ? { id: job.id, ok: false, error: { importCode: error.code, errors: error.errors, details: error.details, message: error.message } }
          : { id: job.id, ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
      parentPort?.postMessage(reply);
    },
  );
});
