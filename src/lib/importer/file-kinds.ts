/** What kind of file staff gave a command, told by its first bytes, not its name (Windows hides the extension). */

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** A ZIP archive, as every .xlsx and .docx (and .pptx) is. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** A compound file, as Office 97–2003 (.xls, .doc) and 一太郎 (.jtd) write: neither command reads one. */
export const isCompoundFile = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A PDF file starts with %PDF- (within its first 1024 bytes, the format allows). */
export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
