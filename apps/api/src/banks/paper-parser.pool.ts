/**
 * Parses uploaded papers in a worker thread with a memory limit, so a large or hostile .docx/.xlsx
 * never blocks the event loop that acknowledges answers, and an out-of-memory parse kills only the
 * worker. Jobs run one at a time; the worker is started on first use and restarted after a failure.
 * Works from the TypeScript sources (tests, tools/run-ts.js) and from the compiled dist/.
 */
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ColumnMapping } from '@jingsai/domain';
import { QuestionBankImportError, QuestionBankImportErrorCode, type ParseResult } from '@jingsai/question-bank';
import type { ParseJob, ParseReply } from './paper-parse.protocol';

/** Heap for one parse: a 20 MB upload's text expands to well under this; a bomb does not fit. */
export const PARSE_MEMORY_MB = 384;
export const PARSE_TIMEOUT_MS = 60_000;

type JobInput = ParseJob extends infer J ? (J extends Exclude<ParseJob, { kind: 'next' }> ? Omit<J, 'id'> : never) : never;

interface Pending {
  job: ParseJob;
  /** Slices received so far. */
  questions: ParseResult['questions'];
  reports: NonNullable<ParseResult['reports']>;
  transfer: ArrayBuffer[];
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
}

const tooLarge = (zh: string, en: string): QuestionBankImportError =>
  new QuestionBankImportError(QuestionBankImportErrorCode.TooLarge, [{ line: 0, message: `${zh} / ${en}` }]);

/** Where the worker's entry and its module hooks are, for sources (.ts) and for dist (.js). */
function workerFiles(): { entry: string; preload: string } {
  const fromSources = __filename.endsWith('.ts');
  const root = path.resolve(__dirname, fromSources ? '../../../..' : '../../../../..');
  return {
    entry: path.join(__dirname, `paper-parse.worker.${fromSources ? 'ts' : 'js'}`),
    // Sources need SWC and the @jingsai aliases to libs/*/src; dist needs the aliases to dist/libs.
    preload: path.join(root, 'tools', fromSources ? 'ts-register.js' : 'aliases.js'),
  };
}

/**
 * The worker first lowers its own thread's CPU priority (Linux: setpriority on the thread id), so on
 * a busy machine the thread serving answers always runs first; then loads the module hooks and entry.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (tid > 0) require('node:os').setPriority(tid, 19);
} catch {}
require(workerData.preload);
require(workerData.entry);
`;

@Injectable()
export class PaperParserPool implements OnModuleDestroy {
  private readonly logger = new Logger('PaperParser');
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private runningOn: Worker | null = null;
  private nextId = 1;
  /** Tests lower these to show a hostile file is stopped. */
  limits = { memoryMb: PARSE_MEMORY_MB, timeoutMs: PARSE_TIMEOUT_MS };

  /** Hands `buffer`'s memory to the worker (the caller must not use it afterwards). */
  parseFile(buffer: Buffer, fileName: string, mapping?: ColumnMapping): Promise<ParseResult> {
    // An upload's buffer usually owns its memory and moves to the worker without a copy; a slice of
    // shared memory (Node's small-buffer pool) is copied instead.
    const owned = buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.length && buffer.buffer instanceof ArrayBuffer;
    const bytes = owned ? (buffer.buffer as ArrayBuffer) : new Uint8Array(buffer).buffer;
    return this.submit({ kind: 'file', bytes, fileName, ...(mapping ? { mapping } : {}) }, [bytes]);
  }

  parseText(format: 'text' | 'json', content: string): Promise<ParseResult> {
    return this.submit({ kind: 'text', format, content }, []);
  }

  onModuleDestroy(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(new Error('shutting down'));
    const worker = this.worker;
    this.worker = null;
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
  }

  private submit(input: JobInput, transfer: ArrayBuffer[]): Promise<ParseResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...input, id: this.nextId++ } as ParseJob, transfer, questions: [], reports: [], resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const next = this.queue.shift() as Pending;
    this.current = next;
    const worker = this.ensureWorker();
    this.runningOn = worker;
    this.timer = setTimeout(
      () => this.fail(tooLarge('解析超时，文件过大或过于复杂', 'Parsing took too long: the file is too large or too complex'), true),
      this.limits.timeoutMs,
    );
    try {
      worker.postMessage(next.job, next.transfer);
    } catch {
      // Memory that cannot be moved (e.g. Node's buffer pool) is sent as a copy.
      worker.postMessage(next.job);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { entry, preload } = workerFiles();
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { entry, preload },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // The worker reads no environment; it must not inherit flags such as --inspect ports.
      execArgv: [],
      env: {},
      stdout: false,
      stderr: false,
    });
    worker.unref();
    worker.on('message', (reply: ParseReply) => this.settle(reply));
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker === worker) this.worker = null;
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!oom) this.logger.error(`parse worker failed: ${error.message}`);
      if (this.runningOn === worker) this.fail(oom ? tooLarge('文件过大，解析时超出内存限制', 'The file is too large: parsing ran out of memory') : error, false);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      if (this.runningOn === worker && this.current) this.fail(new Error('the parse worker stopped'), false);
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: ParseReply): void {
    const current = this.current;
    if (!current || current.job.id !== reply.id) return;
    if ('slice' in reply) {
      for (const q of reply.slice.questions) current.questions.push(q);
      for (const r of reply.slice.reports) current.reports.push(r);
      // Let the event loop serve what waits before the next slice is deserialised.
      setImmediate(() => this.runningOn?.postMessage({ id: reply.id, kind: 'next' } satisfies ParseJob));
      return;
    }
    this.finish();
    if (reply.ok) current.resolve({ questions: current.questions, warnings: reply.warnings, ...(reply.hasReports ? { reports: current.reports } : {}) });
    else if (reply.error.importCode) {
      current.reject(new QuestionBankImportError(reply.error.importCode as QuestionBankImportErrorCode, reply.error.errors ?? [], reply.error.details ?? {}));
    } else current.reject(new Error(reply.error.message));
  }

  /** Fails the running job; a stuck or broken worker is thrown away and the next job gets a fresh one. */
  private fail(error: Error, terminate: boolean): void {
    const current = this.current;
    if (terminate && this.worker) {
      const worker = this.worker;
      this.worker = null;
      void worker.terminate();
    }
    this.finish();
    current?.reject(error);
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.runningOn = null;
    setImmediate(() => this.pump());
  }
}
