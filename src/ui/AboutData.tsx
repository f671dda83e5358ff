import {useRef, useState} from 'react';
import {DEFAULT_FILTERS} from '../filters/model';
import {recordCounts} from '../filters/predicates';
import type {Dataset, Sourced} from '../domain/records';
import {formatPartialDate, plural, sourceLabel} from './format';

/** The latest date any record was checked: how fresh the map is, at a glance. */
export function latestChecked(dataset: Dataset): string | undefined {
  const dates: string[] = [...dataset.campaigns, ...dataset.policeExchanges, ...dataset.stateLaws, ...dataset.localities].map((r) => r.checked);
  return dates.sort().at(-1);
}

/** The websites the records cite, most cited first. */
export function citedSites(records: readonly Sourced[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of records) for (const host of new Set(r.sources.map(sourceLabel))) counts.set(host, (counts.get(host) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The figures of "About the data", counted the way the filter panel counts them (src/filters/predicates.ts). */
function Figures({dataset}: {dataset: Dataset}) {
  const latest = latestChecked(dataset);
  const sites = citedSites([...dataset.campaigns, ...dataset.policeExchanges, ...dataset.stateLaws]);
  const lowConfidence = [...dataset.campaigns, ...dataset.policeExchanges, ...dataset.stateLaws].filter((r) => r.confidence === 'low').length;
  const counts = recordCounts(dataset, DEFAULT_FILTERS);
  const figures: [number, string][] = [
    [counts.total, `records on the map: ${dataset.campaigns.length - dataset.sisterLinks.length} campaigns, ${dataset.sisterLinks.length} sister-city links and ${dataset.policeExchanges.length} police exchanges`],
    [counts.places, 'US places (cities, towns, counties, states) with a record'],
    [counts.statesWithActs, 'states with an anti-boycott act in effect'],
    [dataset.stateLaws.filter((l) => l.status !== 'in-effect').length, 'state anti-boycott bills that failed, are pending or no longer stand'],
    [dataset.localities.length, 'Palestinian towns, villages and refugee camps']
  ];
  return (
    <>
      <p>
        The map records public bodies and their official acts: councils, county boards, police agencies, state
        legislatures and governors. Every record cites at least one public source and the date it was last checked
        {latest && <> (most recently {formatPartialDate(latest)})</>}.
      </p>
      <ul className="about-counts">
        {figures.map(([n, label]) => (
          <li key={label}><strong>{n}</strong> {label}</li>
        ))}
      </ul>
      {lowConfidence > 0 && <p>{plural(lowConfidence, 'record rests', 'records rest')} on a single crowd-sourced or ambiguous source, marked “low confidence” wherever it is shown.</p>}
      <h3>Most cited sources</h3>
      <p className="about-sites">
        {sites.slice(0, 12).map(([site, n]) => `${site} (${n})`).join(' · ')}
        {sites.length > 12 && ` · and ${sites.length - 12} more`}
      </p>
    </>
  );
}

export function AboutData({dataset}: {dataset: Dataset}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The figures are counted only while the dialog is open: nothing is spent on what nobody reads.
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" onClick={() => { setOpen(true); dialog.current?.showModal(); }}>
        About the data
      </button>
      <dialog ref={dialog} className="about" aria-labelledby="about-title" onClose={() => setOpen(false)}>
        <h2 id="about-title">About the data</h2>
        {open && <Figures dataset={dataset} />}
        <h3>Maps and names</h3>
        <p>
          Basemap: Natural Earth and US Census Bureau boundaries (public domain). US places for search: the Census
          Bureau's 2010 Gazetteer (names, kinds, populations) and GeoNames (geonames.org, CC BY 4.0: points, and
          Palestinian places with their Arabic names); county populations: 2010 US Census; ZIP code centroids: US
          Census ZCTAs. Fonts: Noto Sans and Noto Naskh Arabic (SIL Open Font License).
        </p>
        <h3>Something wrong or missing?</h3>
        <p>
          Corrections are welcome, with a public source. The data lives in plain CSV files in the project’s
          <code> data/</code> folder: edit the row, run <code>npm run data:check</code>, and open a pull request, or open
          an issue quoting the row and your source. Only official acts of public bodies go on the map.
        </p>
        <form method="dialog">
          <button type="submit" className="button">Close</button>
        </form>
      </dialog>
    </>
  );
}
