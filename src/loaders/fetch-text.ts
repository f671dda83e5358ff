/** Fetches a bundled data file as text; a failure names the file, so the message tells a person what is missing. */
export async function fetchText(url: string, file: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${file} (HTTP ${response.status}).`);
  return response.text();
}
