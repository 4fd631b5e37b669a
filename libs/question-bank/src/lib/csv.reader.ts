/** .csv / .tsv → rows (quoted fields, doubled quotes, line breaks inside quotes), then the shared row reader. Pure. */
import type { ColumnMapping } from '@jingsai/domain';
import { readSheets } from './bank-rows.reader';
import type { ParseResult } from './paper-text.parser';

/** The delimiter of the first line: tab, semicolon or comma, whichever appears most. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const counts = [',', '\t', ';', '，'].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field.trim());
    rows.push(row);
  }
  return rows;
}

export function readCsvBank(text: string, mapping?: ColumnMapping): ParseResult {
  return readSheets([{ name: 'csv', rows: parseCsv(text) }], 'csv', mapping);
}
