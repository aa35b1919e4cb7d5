import stringWidth from 'string-width';

/** Cuts text to a display width (CJK characters are two columns wide), adding an ellipsis. */
export function fitWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text + ' '.repeat(width - stringWidth(text));
  let output = '';
  for (const char of text) {
    if (stringWidth(output + char) > width - 1) break;
    output += char;
  }
  return output + '…' + ' '.repeat(Math.max(0, width - stringWidth(output) - 1));
}

/** A column of a text table. */
export interface Column {
  readonly title: string;
  /** Fixed width; the last column without one takes the rest. */
  readonly width?: number;
}

/** Renders rows as an aligned text table that fits `columns` terminal columns. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], totalWidth: number): string {
  const fixed = columns.reduce((sum, column) => sum + (column.width ?? 0), 0) + (columns.length - 1) * 2;
  const flexible = Math.max(12, totalWidth - fixed);
  const widths = columns.map((column) => column.width ?? flexible);
  const line = (cells: readonly string[]): string => cells.map((cell, index) => fitWidth(cell.replace(/\s+/g, ' '), widths[index]!)).join('  ').trimEnd();
  const header = line(columns.map((column) => column.title));
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [header, rule, ...rows.map(line)].join('\n') + '\n';
}
