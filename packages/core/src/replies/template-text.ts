/** One piece of a parsed template text. */
export type TemplateNode =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'section'; readonly name: string; readonly inverted: boolean; readonly children: readonly TemplateNode[] };

/** A template text, parsed once when the template is loaded. */
export interface ParsedTemplateText {
  readonly nodes: readonly TemplateNode[];
  /** Variables the text always needs: placeholders outside any `{{#name}}` section for themselves. */
  readonly required: readonly string[];
  /** Every variable the text names, in placeholders or sections. */
  readonly variables: readonly string[];
}

/** Why a template text does not parse, and where (a UTF-16 offset into the text). */
export interface TemplateTextError {
  readonly message: string;
  readonly offset: number;
}

const TAG = /\{\{\s*([#^/]?)\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

interface OpenSection {
  readonly name: string;
  readonly inverted: boolean;
  readonly offset: number;
  readonly children: TemplateNode[];
}

function strayBraces(value: string, offset: number): TemplateTextError | undefined {
  const index = value.search(/\{\{|\}\}/);
  return index === -1 ? undefined : { message: 'a `{{` or `}}` that is not a well-formed placeholder (`{{name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`)', offset: offset + index };
}

/**
 * Parses a template text: `{{name}}` placeholders, `{{#name}}…{{/name}}` sections written only when `name` has a
 * value, and `{{^name}}…{{/name}}` sections written only when it has none. Sections nest. Anything else between
 * double braces is an error, so a typo never reaches a buyer as a raw placeholder.
 * @example
 * parseTemplateText('Tracking: {{trackingNumber}}{{#carrier}} ({{carrier}}){{/carrier}}');
 * // { ok: true, parsed: { required: ['trackingNumber'], variables: ['trackingNumber', 'carrier'], … } }
 */
export function parseTemplateText(text: string): { ok: true; parsed: ParsedTemplateText } | { ok: false; error: TemplateTextError } {
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  const required = new Set<string>();
  const variables = new Set<string>();
  const current = (): TemplateNode[] => stack.at(-1)?.children ?? root;
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const before = text.slice(last, match.index);
    const stray = strayBraces(before, last);
    if (stray) return { ok: false, error: stray };
    if (before) current().push({ kind: 'text', value: before });
    last = match.index + match[0].length;
    const sigil = match[1] ?? '';
    const name = match[2] ?? '';
    variables.add(name);
    if (sigil === '#' || sigil === '^') {
      stack.push({ name, inverted: sigil === '^', offset: match.index, children: [] });
      continue;
    }
    if (sigil === '/') {
      const open = stack.pop();
      if (!open) return { ok: false, error: { message: `\`{{/${name}}}\` closes a section that was never opened`, offset: match.index } };
      if (open.name !== name) return { ok: false, error: { message: `\`{{/${name}}}\` closes \`{{${open.inverted ? '^' : '#'}${open.name}}}\`; close it with \`{{/${open.name}}}\``, offset: match.index } };
      current().push({ kind: 'section', name, inverted: open.inverted, children: open.children });
      continue;
    }
    if (stack.some((section) => section.inverted && section.name === name)) {
      return { ok: false, error: { message: `\`{{${name}}}\` inside \`{{^${name}}}\`, where it never has a value`, offset: match.index } };
    }
    if (stack.length === 0) required.add(name);
    current().push({ kind: 'variable', name });
  }
  const rest = text.slice(last);
  const stray = strayBraces(rest, last);
  if (stray) return { ok: false, error: stray };
  const unclosed = stack.at(-1);
  if (unclosed) return { ok: false, error: { message: `\`{{${unclosed.inverted ? '^' : '#'}${unclosed.name}}}\` is never closed with \`{{/${unclosed.name}}}\``, offset: unclosed.offset } };
  if (rest) root.push({ kind: 'text', value: rest });
  return { ok: true, parsed: { nodes: root, required: [...required], variables: [...variables] } };
}

/**
 * Writes parsed nodes with the given values. Returns the text, or the names of the variables a written part
 * needed and lacked (then nothing may be shown: the template is not eligible).
 */
export function writeTemplateNodes(nodes: readonly TemplateNode[], valueOf: (name: string) => string | undefined): { ok: true; text: string } | { ok: false; missing: string[] } {
  const missing = new Set<string>();
  const write = (list: readonly TemplateNode[]): string => {
    let output = '';
    for (const node of list) {
      if (node.kind === 'text') output += node.value;
      else if (node.kind === 'variable') {
        const value = valueOf(node.name);
        if (value === undefined) missing.add(node.name);
        else output += value;
      } else if ((valueOf(node.name) !== undefined) !== node.inverted) output += write(node.children);
    }
    return output;
  };
  const text = write(nodes);
  return missing.size > 0 ? { ok: false, missing: [...missing] } : { ok: true, text };
}
