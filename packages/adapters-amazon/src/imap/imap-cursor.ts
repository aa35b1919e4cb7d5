/** Where an IMAP read resumes: the mailbox's UIDVALIDITY and the last UID read. */
export interface ImapCursor {
  readonly uidValidity: string;
  readonly uid: number;
}

/** `imap:<uidvalidity>:<uid>`. */
export function formatImapCursor(cursor: ImapCursor): string {
  return `imap:${cursor.uidValidity}:${cursor.uid}`;
}

/** Reads a cursor made by {@link formatImapCursor}; undefined for anything else. */
export function parseImapCursor(text: string | undefined): ImapCursor | undefined {
  const match = text === undefined ? null : /^imap:(\d+):(\d+)$/.exec(text);
  return match ? { uidValidity: match[1]!, uid: Number(match[2]) } : undefined;
}
