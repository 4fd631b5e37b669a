import type { FastifyRequest } from 'fastify';
import { bilingualErrorText, type ErrorCode } from '@jingsai/domain';
import { AppError } from '../common/app-error';

/** An uploaded paper: its bytes and the name the browser gave it. */
export interface UploadedBankFile {
  buffer: Buffer;
  originalname: string;
}

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Fastify's multipart refusals, in the catalogue's words. */
const MULTIPART_LIMITS: Record<string, string> = {
  FST_REQ_FILE_TOO_LARGE: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB / the file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
  FST_FILES_LIMIT: '每次只能导入一个文件 / one file per import',
  FST_PARTS_LIMIT: '表单字段过多 / too many form fields',
  FST_FIELDS_LIMIT: '表单字段过多 / too many form fields',
};

function refused(code: ErrorCode, detail: string): AppError {
  return AppError.detailed(code, `${bilingualErrorText(code)}; ${detail}`);
}

/**
 * A multipart import: the one `file` part and the text fields beside it. A file in another field, a second
 * file or one over the limit is refused before anything is parsed or saved.
 */
export async function readUpload(req: FastifyRequest): Promise<{ file?: UploadedBankFile; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  let file: UploadedBankFile | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file') throw refused('BANK_IMPORT_BAD_BODY', `文件字段应为 "file" / unexpected file field "${part.fieldname}"`);
      file = { buffer: await part.toBuffer(), originalname: part.filename };
    }
  } catch (error) {
    const limit = MULTIPART_LIMITS[(error as { code?: string }).code ?? ''];
    if (limit) throw refused('BANK_IMPORT_TOO_LARGE', limit);
    throw error;
  }
  return { file, fields };
}
