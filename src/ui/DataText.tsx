import type {ReactNode} from 'react';

/**
 * Text from the data files (titles, notes, body and act names), which are recorded in English: isolated so it never
 * scrambles the Arabic sentence around it, and marked English so a screen reader pronounces it as English.
 */
export function DataText({children}: {children: ReactNode}) {
  return <bdi lang="en">{children}</bdi>;
}
