/** Writes data/templates/question-bank-template.xlsx and .txt. Run: node tools/run-ts.js libs/question-bank/src/scripts/generate-template.ts */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PAPER_TEXT_TEMPLATE } from '../lib/paper-template';
import { writeXlsxTemplate } from '../lib/xlsx-template.writer';

export const TEMPLATE_PATH = resolve(__dirname, '../../../../data/templates/question-bank-template.xlsx');
export const TEXT_TEMPLATE_PATH = resolve(__dirname, '../../../../data/templates/question-bank-template.txt');

export async function generateTemplate(path = TEMPLATE_PATH, textPath = TEXT_TEMPLATE_PATH): Promise<void> {
  await writeFile(path, await writeXlsxTemplate());
  await writeFile(textPath, PAPER_TEXT_TEMPLATE);
}

if (require.main === module) void generateTemplate().then(() => process.stdout.write(`wrote ${TEMPLATE_PATH} and ${TEXT_TEMPLATE_PATH}\n`));
