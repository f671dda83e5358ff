import type {DataIssue} from '../domain/records';
import {type Message, message} from './message';

/**
 * A data problem in words, by a writer of messages (the interface's `tm`, or English for data:check): the problem,
 * then the value the file gives, when there is one to show.
 */
export function issueText(issue: Pick<DataIssue, 'text' | 'found'>, write: (m: Message) => string): string {
  const problem = write(issue.text);
  return issue.found === undefined ? problem : write(message('issue.found', {problem, value: issue.found}));
}

/** A data problem's text for any words that are not yet a catalog's: shown as they are, in every language. */
export const rawIssue = (text: string): Message => message('issue.raw', {text});
