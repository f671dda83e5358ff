/**
 * Bytes of a data file → text, the way spreadsheets really save them. Excel's "Unicode text" is UTF-16 with a
 * byte-order mark; older Excel and many Windows tools write Windows-1252; everything else should be UTF-8.
 * A file that is none of these (a workbook, a PDF) is refused with one line that says what it is, instead of
 * being parsed into a hundred meaningless row errors.
 */
import {type Message, message} from '../i18n/message';

/** Why a file cannot be read as text: the app names it in the person's language, data:check in English. */
export type Refusal = 'zip' | 'xls' | 'pdf' | 'utf32' | 'binary';


export type Decoded = {ok: true; text: string; encoding: string} | {ok: false; reason: Refusal; problem: Message};

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Without a byte-order mark, UTF-16 shows itself by a zero byte in every other position of ASCII text. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 400);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return undefined;
}

function refused(reason: Refusal): Decoded {
  return {ok: false, reason, problem: message(`issue.refused.${reason}`)};
}

function refusal(bytes: Uint8Array): Refusal | undefined {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x00, 0x00, 0xfe, 0xff) || startsWith(bytes, 0xff, 0xfe, 0x00, 0x00)) return 'utf32';
  return undefined;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Decoded by hand: Node's TextDecoder
 * maps these bytes to control characters, unlike browsers, and data:check must read files as the app does.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return text;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const reason = refusal(bytes);
  if (reason) return refused(reason);
  const decode = (encoding: string, from = 0, fatal = false) => new TextDecoder(encoding, {fatal}).decode(bytes.subarray(from));
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return {ok: true, text: decode('utf-8', 3), encoding: 'UTF-8'};
  if (startsWith(bytes, 0xff, 0xfe)) return {ok: true, text: decode('utf-16le', 2), encoding: 'UTF-16 (Excel "Unicode text")'};
  if (startsWith(bytes, 0xfe, 0xff)) return {ok: true, text: decode('utf-16be', 2), encoding: 'UTF-16 big-endian'};
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return {ok: true, text: decode(utf16), encoding: 'UTF-16 without a byte-order mark'};
  try {
    const text = decode('utf-8', 0, true);
    if (text.includes('\u0000')) return refused('binary');
    return {ok: true, text, encoding: 'UTF-8'};
  } catch {
    // Not valid UTF-8: the bytes of é, ñ or curly quotes as Windows-1252 writes them. Every byte maps to a
    // character there, so this decodes what Excel meant rather than showing replacement marks.
    return {ok: true, text: decodeWindows1252(bytes), encoding: 'Windows-1252'};
  }
}

/** A static host answering a missing file with its index page, or a captive portal, returns HTML. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}
