/**
 * The paper-parsing worker thread: unzips and parses uploads (.docx/.xlsx/.csv/.txt/.json) away from
 * the event loop that serves the contest. One job at a time; replies with the parse or the refusal.
 */
import { parentPort } from 'node:worker_threads';
import { QuestionBankImportError, importBankJson, jsonResult, parsePaperText, parseQuestionFile, type ParseResult } from '@jingsai/question-bank';
import type { ParseJob, ParseReply } from './paper-parse.protocol';

async function run(job: ParseJob): Promise<ParseResult> {
  if (job.kind === 'file') return parseQuestionFile(Buffer.from(job.bytes), job.fileName, { mapping: job.mapping });
  if (job.format === 'json') return jsonResult(importBankJson(job.content).questions);
  return parsePaperText(job.content);
}

parentPort?.on('message', (job: ParseJob) => {
  void run(job).then(
    (result) => parentPort?.postMessage({ id: job.id, ok: true, result } satisfies ParseReply),
    (error: unknown) => {
      const reply: ParseReply =
        error instanceof QuestionBankImportError
          ? { id: job.id, ok: false, error: { importCode: error.code, errors: error.errors, details: error.details, message: error.message } }
          : { id: job.id, ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
      parentPort?.postMessage(reply);
    },
  );
});
