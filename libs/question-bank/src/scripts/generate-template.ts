/** Writes data/templates/question-bank-template.xlsx. Run: node tools/run-ts.js libs/question-bank/src/scripts/generate-template.ts */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeXlsxTemplate } from '../lib/xlsx-template.writer';

export const TEMPLATE_PATH = resolve(__dirname, '../../../../data/templates/question-bank-template.xlsx');

export async function generateTemplate(path = TEMPLATE_PATH): Promise<void> {
  await writeFile(path, await writeXlsxTemplate());
}

if (require.main === module) void generateTemplate().then(() => process.stdout.write(`wrote ${TEMPLATE_PATH}\n`));
