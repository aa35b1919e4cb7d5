// How a model reads a classification request, written independently of the classifier's prompt builder: the
// data block is the lines between `BEGIN-DATA-<code>` and `END-DATA-<code>` (the same code), each a JSON object.
// Everything else in the prompt is instructions.

/** One message of the data block. */
export interface FencedMessage {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
}

/** The data block's messages and the prompt text outside it (instructions), as a reader of the prompt sees them. */
export function readFencedMessages(system: string, user: string): { messages: FencedMessage[]; outside: string } {
  const lines = user.split('\n');
  const begin = lines.findIndex((line) => /^BEGIN-DATA-[0-9a-f]+$/.test(line));
  if (begin < 0) return { messages: [], outside: `${system}\n${user}` };
  const code = lines[begin]!.slice('BEGIN-DATA-'.length);
  // The first END line with the same code closes the block, as a reader scanning down would take it.
  const end = lines.findIndex((line, index) => index > begin && line === `END-DATA-${code}`);
  const inside = lines.slice(begin + 1, end < 0 ? lines.length : end);
  const outside = [system, ...lines.slice(0, begin), ...(end < 0 ? [] : lines.slice(end + 1))].join('\n');
  const messages: FencedMessage[] = [];
  const stray: string[] = [];
  for (const line of inside) {
    try {
      const value = JSON.parse(line) as Partial<FencedMessage>;
      if (typeof value.id === 'string' && typeof value.text === 'string') messages.push({ id: value.id, lang: String(value.lang ?? 'und'), text: value.text });
      else stray.push(line);
    } catch {
      stray.push(line); // a line that is not a message: whatever it says reads as instructions
    }
  }
  return { messages, outside: [outside, ...stray].join('\n') };
}
