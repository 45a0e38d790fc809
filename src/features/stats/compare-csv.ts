// The comparison as a CSV file for a spreadsheet: the same rows as the screen, with plain numbers
// (no units or thousands separators, so the spreadsheet can compute with them), built with the
// project's CSV writer, which guards every text cell against formula injection.
import type { Area } from '../../domain/model';
import { csvText } from '../../domain/io/export-csv';
import type { CompareGroup } from './compare-model';

export interface CompareCsvLabels {
  /** Header of the first two columns and of the last one. */
  group: string;
  row: string;
  difference: string;
  groupName: (id: CompareGroup['id']) => string;
  /** Said once at the end: how the statistics were worked out, and their source. */
  notes: string[];
}

export function compareCsv(areas: Area[], groups: CompareGroup[], labels: CompareCsvLabels): string {
  const header = [labels.group, labels.row, ...areas.map((a) => a.name), labels.difference];
  const rows = groups.flatMap((g) => g.rows.map((r) => [labels.groupName(g.id), r.label, ...r.values, r.difference]));
  return csvText([header, ...rows, ...labels.notes.map((n) => [n])]);
}
