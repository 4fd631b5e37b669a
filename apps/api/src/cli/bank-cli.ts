/**
 * `npm run bank -- <command>`: the question-bank CLI. `parse` (pure, from libs/question-bank) prints
 * {questions, warnings}; `import` saves a paper into the configured database (DB_PATH / DATABASE_URL).
 */
import 'reflect-metadata';
import { basename } from 'node:path';
import { QUESTION_TYPES, QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { COMMANDS as PARSE_COMMANDS, main as runBankCli, runParse, type CliCommand } from '@jingsai/question-bank/cli';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions, openDatabase } from '../database/data-source-options';
import { QuestionRepository } from '../banks/question.repository';
import { UserEntity } from '../database/entities';
import { Transactions } from '../database/transactions';

function progressBar(done: number, total: number, width = 30): string {
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

const importCommand: CliCommand = async ([file, name], io) => {
  if (!file) {
    io.err('usage: bank import <file> [bank name]');
    return 2;
  }
  const config = loadConfig(process.env);
  process.stderr.write(`解析 / Parsing ${file} …\n`);
  const result = await runParse(file);
  if (result.questions.length === 0) {
    io.err('未识别到任何题目 / No questions recognised');
    return 1;
  }
  const db = await openDatabase(dataSourceOptions(config));
  try {
    const admin = await db.getRepository(UserEntity).findOneBy({ username: config.adminUsername });
    const bank = await new QuestionRepository(db, new Transactions(db)).createBank(
      { name: name ?? basename(file).replace(/\.[^.]+$/, ''), sourceFile: basename(file), ownerId: admin?.id ?? null },
      result.questions,
      (saved, total) => process.stderr.write(`\r保存 / Saving ${progressBar(saved, total)}`),
    );
    process.stderr.write('\n');
    const rows = QUESTION_TYPES.map((type) => ({
      题型: QUESTION_TYPE_LABELS[type].zh,
      type,
      count: result.questions.filter((q) => q.type === type).length,
      drafts: result.questions.filter((q) => q.type === type && q.draft).length,
    }));
    io.out(`题库 / Bank ${bank.id} “${bank.name}” → ${config.databaseUrl ? 'PostgreSQL' : config.dbPath}`);
    console.table(rows);
    if (result.warnings.length) {
      io.out(`警告 / Warnings (${result.warnings.length}):`);
      for (const w of result.warnings) io.out(`  第 ${w.line} 行 / line ${w.line}: ${w.message}`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
};

PARSE_COMMANDS.import = { usage: 'import <file> [name]   save a paper into the configured database, with a summary', run: importCommand };

if (require.main === module) void runBankCli(process.argv.slice(2));
