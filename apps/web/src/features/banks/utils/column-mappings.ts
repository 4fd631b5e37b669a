/** Column mappings the organizer chose for spreadsheet headers the server did not know, remembered per header in this browser. */
import { BANK_COLUMN_FIELDS, headerSignature, type ColumnMapping } from '@jingsai/domain';

const KEY = 'jingsai.columnMappings';

function all(): Record<string, ColumnMapping> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, ColumnMapping>) : {};
  } catch {
    return {};
  }
}

export function rememberedMapping(titles: string[]): ColumnMapping | null {
  const found = all()[headerSignature(titles)];
  if (!found) return null;
  // Only fields this version knows survive (an old browser entry must not break an import).
  const clean = Object.fromEntries(Object.entries(found).filter(([, f]) => (BANK_COLUMN_FIELDS as readonly string[]).includes(f)));
  return Object.keys(clean).length ? (clean as ColumnMapping) : null;
}

export function rememberMapping(titles: string[], mapping: ColumnMapping): void {
  localStorage.setItem(KEY, JSON.stringify({ ...all(), [headerSignature(titles)]: mapping }));
}
