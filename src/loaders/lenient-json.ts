/**
 * Reading a GeoJSON FeatureCollection that a person or a careless tool broke in one place: a `NaN` written by
 * a script, one feature cut short. JSON.parse gives up on the whole file; here each feature of the `features`
 * array is read on its own, so one bad feature is named (with its line and column) and the others are kept.
 */

import {type Message, message} from '../i18n/message';

export interface JsonProblem {
  /** 1-based position of the feature in the array; 0 when the problem is outside every feature. */
  feature: number;
  line: number;
  column: number;
  text: Message;
}

export interface LenientFeatures {
  /** The features that could be read, with their 1-based position in the file's array. */
  features: {position: number; value: unknown}[];
  problems: JsonProblem[];
}

function lineAndColumn(text: string, index: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return {line, column: index - lineStart + 1};
}

/** Index just past the string that starts at `start` (a `"`), or the text's end when it never closes. */
function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '"') return i + 1;
  }
  return text.length;
}

/** The top-level values of the array whose `[` is at `open`, as [start, end) ranges. */
function arrayItems(text: string, open: number): {items: [number, number][]; end: number} {
  const items: [number, number][] = [];
  let depth = 0;
  let itemStart = -1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (depth === 0 && itemStart < 0) itemStart = i;
      i = skipString(text, i) - 1;
      continue;
    }
    if (c === '{' || c === '[') {
      if (depth === 0 && itemStart < 0) itemStart = i;
      depth += 1;
    } else if (c === '}' || c === ']') {
      if (depth === 0) {
        if (itemStart >= 0) items.push([itemStart, i]);
        return {items, end: i + 1};
      }
      depth -= 1;
    } else if (c === ',' && depth === 0) {
      if (itemStart >= 0) items.push([itemStart, i]);
      itemStart = -1;
    } else if (depth === 0 && itemStart < 0 && !/\s/.test(c)) {
      itemStart = i;
    }
  }
  if (itemStart >= 0) items.push([itemStart, text.length]);
  return {items, end: text.length};
}

/** Where JSON.parse failed inside `chunk`: the first token JSON does not allow, or V8's reported position. */
/** Why JSON.parse failed, for the messages' select (issue.json*): a token JSON does not allow, or its syntax. */
type Reason = {reason: 'token' | 'syntax' | 'cutShort'; token: string};

function failurePoint(chunk: string, error: Error): {offset: number} & Reason {
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === '"') {
      i = skipString(chunk, i) - 1;
      continue;
    }
    const token = /^(-?Infinity|NaN|undefined)\b/.exec(chunk.slice(i, i + 10));
    if (token) return {offset: i, reason: 'token', token: token[1]!};
  }
  const position = /position (\d+)/.exec(error.message);
  return {offset: position ? Number(position[1]) : 0, reason: 'syntax', token: ''};
}

/** A place in the file for a message: written as the editor's line numbers are, not as a number of the reader's language. */
const at = (line: number, column: number) => ({line: String(line), column: String(column)});

/** Reads a FeatureCollection's features one by one; an error when the file is not a FeatureCollection at all. */
export function readFeaturesLeniently(text: string): LenientFeatures | {error: Message} {
  try {
    const json = JSON.parse(text) as {type?: unknown; features?: unknown} | null;
    if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) return {error: message('issue.notFeatureCollection')};
    return {features: json.features.map((value, i) => ({position: i + 1, value})), problems: []};
  } catch (error) {
    const key = /"features"\s*:\s*\[/.exec(text);
    if (!key || !/"type"\s*:\s*"FeatureCollection"/.test(text)) {
      const {offset, reason, token} = failurePoint(text, error as Error);
      const {line, column} = lineAndColumn(text, offset);
      return {error: message('issue.jsonFile', {reason, token, ...at(line, column)})};
    }
    const {items, end} = arrayItems(text, key.index + key[0].length - 1);
    const features: LenientFeatures['features'] = [];
    const problems: JsonProblem[] = [];
    items.forEach(([start, end], i) => {
      const chunk = text.slice(start, end);
      try {
        features.push({position: i + 1, value: JSON.parse(chunk)});
      } catch (chunkError) {
        const {offset, reason, token} = failurePoint(chunk, chunkError as Error);
        const {line, column} = lineAndColumn(text, start + offset);
        problems.push({feature: i + 1, line, column, text: message('issue.jsonFeature', {reason, token, ...at(line, column)})});
      }
    });
    if (problems.length === 0) {
      // Every feature read, yet the file as a whole did not: it is cut short, or broken outside the features.
      const {offset, reason, token} = end >= text.length ? {offset: text.length, reason: 'cutShort' as const, token: ''} : failurePoint(text, error as Error);
      const {line, column} = lineAndColumn(text, offset);
      problems.push({feature: 0, line, column, text: message('issue.jsonOutside', {reason, token, ...at(line, column)})});
    }
    return {features, problems};
  }
}
