/** Parses data/question-bank/sample-paper.txt into data/question-bank/sample-paper.json (the demo bank). Run: node tools/run-ts.js libs/question-bank/src/scripts/generate-sample-bank.ts */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportBankJson } from '../lib/bank-json';
import { parsePaperText } from '../lib/paper-text.parser';

const DATA = resolve(__dirname, '../../../../data/question-bank');
export const SAMPLE_PAPER = resolve(DATA, 'sample-paper.txt');
export const SAMPLE_BANK = resolve(DATA, 'sample-paper.json');
export const SAMPLE_BANK_NAME = '营销与优质服务竞赛题库（示例）';

export async function sampleBankJson(): Promise<string> {
  const { questions } = parsePaperText(await readFile(SAMPLE_PAPER, 'utf8'), { file: 'sample-paper.txt' });
  return exportBankJson({ name: SAMPLE_BANK_NAME, questions });
}

if (require.main === module) {
  void sampleBankJson()
    .then((json) => writeFile(SAMPLE_BANK, json))
    .then(() => process.stdout.write(`wrote ${SAMPLE_BANK}\n`));
}
