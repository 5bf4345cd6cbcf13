/**
 * Bytes to text, strictly: UTF-8 only, NUL bytes mean a binary file, the BOM is dropped and
 * nothing else changes (CRLF stays), because every offset later refers to this exact text.
 */

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const BOM = '\uFEFF';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: `binary file (NUL byte at offset ${nul}), expected UTF-8 text` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: `invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}` };
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  if (text.trim() === '') return { ok: false, error: 'empty file (no text)' };
  return { ok: true, text };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  // The allowed range of the second byte excludes overlong forms, surrogates and code points past U+10FFFF.
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}
