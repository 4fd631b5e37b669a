/**
 * Question-bank command line. `parse <file>` prints {questions, warnings} as JSON and touches no database.
 * Commands live in COMMANDS; an `import` command can be added there without changing main().
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ColumnMapping } from '@jingsai/domain';
import type { ParseResult } from '../lib/paper-text.parser';
import { parseQuestionFile } from '../lib/question-file.reader';
import { QuestionBankImportError } from '../lib/question-bank-import.error';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export async function runParse(file: string, mapping?: ColumnMapping): Promise<ParseResult> {
  return parseQuestionFile(await readFile(file), basename(file), mapping ? { mapping } : {});
}

/** `--mapping '{"1":"stem","2":"type"}'`: columns of a spreadsheet whose header is not recognised. */
function mappingArg(args: string[]): ColumnMapping | undefined {
  const i = args.indexOf('--mapping');
  return i >= 0 && args[i + 1] ? (JSON.parse(args[i + 1]) as ColumnMapping) : undefined;
}

export const COMMANDS: Record<string, { usage: string; run: CliCommand }> = {
  parse: {
    usage: 'parse <file> [--mapping JSON]   parse a paper (.txt .md .docx .xlsx .csv .json) and print {questions, warnings, reports} as JSON',
    run: async ([file, ...rest], io) => {
      if (!file) {
        io.err('usage: bank-cli parse <file> [--mapping \'{"1":"stem","2":"answer"}\']');
        return 2;
      }
      const result = await runParse(file, mappingArg(rest));
      io.out(JSON.stringify(result, null, 2));
      return 0;
    },
  },
};

const defaultIo: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(['usage: bank-cli <command>', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n'));
    process.exitCode = 2;
    return 2;
  }
  try {
    const code = await command.run(args, io);
    process.exitCode = code;
    return code;
  } catch (err) {
    if (err instanceof QuestionBankImportError) io.err(JSON.stringify({ errors: err.errors, ...err.details }, null, 2));
    else io.err(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2));
