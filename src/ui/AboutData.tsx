import {useRef, useState} from 'react';
import {DEFAULT_FILTERS} from '../filters/model';
import {recordCounts} from '../filters/predicates';
import type {Dataset} from '../domain/records';
import {useI18n} from '../i18n/use-i18n';
import {useAppStore} from '../store/store';
import {useCitedSites} from './use-worker-answer';

/** The latest date any record was checked: how fresh the map is, at a glance. */
export function latestChecked(dataset: Dataset): string | undefined {
  const dates: string[] = [...dataset.campaigns, ...dataset.policeExchanges, ...dataset.stateLaws, ...dataset.localities].map((r) => r.checked);
  return dates.sort().at(-1);
}

/** The figures of "About the data", counted the way the filter panel counts them (src/filters/predicates.ts). */
function Figures({dataset}: {dataset: Dataset}) {
  const {t, tr, f} = useI18n();
  const latest = latestChecked(dataset);
  const sites = useCitedSites();
  const lowConfidence = [...dataset.campaigns, ...dataset.policeExchanges, ...dataset.stateLaws].filter((r) => r.confidence === 'low').length;
  const counts = recordCounts(dataset, DEFAULT_FILTERS);
  const breakdown = {
    campaigns: dataset.campaigns.length - dataset.sisterLinks.length,
    links: dataset.sisterLinks.length,
    police: dataset.policeExchanges.length
  };
  // Each figure is one sentence with its number in bold where the language puts it.
  const figures: [string, number, Record<string, number>?][] = [
    ['about.records', counts.total, breakdown],
    ['about.places', counts.places],
    ['about.statesWithActs', counts.statesWithActs],
    ['about.otherBills', dataset.stateLaws.filter((l) => l.status !== 'in-effect').length],
    ['about.localities', dataset.localities.length]
  ];
  return (
    <>
      <p>{latest ? t('about.introLatest', {date: f.date(latest)}) : t('about.intro')}</p>
      <ul className="about-counts">
        {figures.map(([key, n, values]) => (
          <li key={key}>{tr(key, {n: <strong>{f.number(n)}</strong>}, {...values, count: n})}</li>
        ))}
      </ul>
      {lowConfidence > 0 && <p>{t('about.lowConfidence', {count: lowConfidence})}</p>}
      <h3>{t('about.mostCited')}</h3>
      <p className="about-sites" aria-busy={sites === undefined}>
        {sites?.slice(0, 12).map(([site, n]) => t('about.site', {site, count: n})).join(' · ')}
        {sites && sites.length > 12 && ` · ${t('about.moreSites', {count: sites.length - 12})}`}
      </p>
    </>
  );
}

/** While files are on their way the figures count only what has arrived: say so, rather than "0 records". */
function StillLoading() {
  const {t} = useI18n();
  const loading = useAppStore((s) => Object.values(s.files).filter((file) => file?.status === 'loading').length);
  return loading > 0 ? <p role="status">{t('load.stillLoading', {count: loading})}</p> : null;
}

export function AboutData({dataset}: {dataset: Dataset | null}) {
  const {t, tr} = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // The figures are counted only while the dialog is open: nothing is spent on what nobody reads.
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" onClick={() => { setOpen(true); dialog.current?.showModal(); }}>
        {t('about.title')}
      </button>
      <dialog ref={dialog} className="about" aria-labelledby="about-title" onClose={() => setOpen(false)}>
        <h2 id="about-title">{t('about.title')}</h2>
        {open && (
          <>
            <StillLoading />
            {dataset && <Figures dataset={dataset} />}
            <h3>{t('about.mapsHeading')}</h3>
            <p>{t('about.mapsText')}</p>
            <h3>{t('about.wrongHeading')}</h3>
            <p>{tr('about.wrongText', {folder: <code>data/</code>, command: <code>npm run data:check</code>})}</p>
          </>
        )}
        <form method="dialog">
          <button type="submit" className="button">{t('about.close')}</button>
        </form>
      </dialog>
    </>
  );
}
