/**
 * A message for a person, as data: a catalog key and the values it needs. Pure code (the fit rules, the search
 * worker, the link reader) returns these; the interface turns them into words in the person's language. A value
 * that is a list is written with the language's own list words ("A, B and C").
 */
export interface Message {
  key: string;
  values?: Readonly<Record<string, string | number | readonly string[]>>;
}

export const message = (key: string, values?: Message['values']): Message => (values ? {key, values} : {key});
