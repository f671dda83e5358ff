import type {Sourced} from '../domain/records';
import {type Message, message} from '../i18n/message';
import {plainHttpHost, sourceLabel} from './fields';

/**
 * Hosts that never support a fact on their own: Wikipedia and its mirrors, AI-summary and content-farm pages,
 * and sites that copy news reports. Found while checking the data against its sources (data/README.md,
 * "Strong sources"); add to it when another turns up.
 */
export const WEAK_HOSTS: readonly string[] = [
  'wikipedia.org', 'wiki.x.io', 'wikiwand.com', 'wikiclassic.com', 'wikide.org', 'wikipedia-on-ipfs.org', 'outremer.quest', 'osmarks.net', 'profilpelajar.com',
  'citizenportal.ai', 'bnnbreaking.com', 'headtopics.com', 'localbusinessheadlines.com', 'tldrdaily.com', 'factually.co', 'particle.news',
  'vulcanbills.com', 'keepinglawsimple.com', 'legiplex.com', 'starbridge.ai',
  'emeatribune.com', 'bigindynews.com', 'webtimes.uk', 'westtimelines.com', 'antalyareklamajansi.net', 'brutalproof.net', 'niqnaq.wordpress.com',
  'news-daily24.com', 'usa-today-news.com', 'newspub.live', 'rise-to-thrive.co', 'financefundsupdate.com', 'fundfocusnews.co.uk',
  'funasia.net', 'quotesshine.com', 'megasuper.news', 'bsinpolitics.com', 'realamericanews.site', 'dailyupdatenow24.com',
  'docslib.org', 'studylib.net', 'fdocuments.net', 'vdocuments.us', 'vdocument.in', 'dokumen.tips', 'doczz.net', 'paperzz.com', '1library.net',
  'newsbeep.com', 'goodwordnews.com', 'publicsensor.com', 'shahanews.com', 'hiteacolumbia.com', 'almagala.com', 'exbulletin.com',
  'gamejoltdownload.com', 'pioneernewz.com', 'chronicleslive.com', 'dailydetroitnews.com', 'daily8.com', 'ticker.tv', 'b1og.net',
  'eudic.net', 'kiddle.co', 'fandom.com', 'wikitrans.net', 'vdocuments.mx', 'fdocuments.us', 'fdokumen.com', 'pdfslide.us',
  'readkong.com', 'lawsdocbox.com', 'careersdocbox.com', 'docsbay.net', 'pdffox.com', 'docecity.com', 'angelfire.com',
  'friendlywiki.com', 'qa.edu.vn', 'en-academic.com', 'academic.ru', 'wiki.gen.edu.vn', 'aud.io.vn', 'mar.io.vn', 'the-uncensored-wiki.com',
  'kiwix.casplantje.nl', 'kiwix.haohe.fun', 'hessslslslsls.azureedge.net', 'infogalactic.com', 'gateway.ipfs.io', 'frwiki.wiki',
  'enwikipedia.net', 'tcmsay.com', 'pwojczyn.com', 'askwikinow.com', 'nearbywiki.org', 'teknopedia.teknokrat.ac.id', 'talk.dob.jp',
  'defzone.net', 'qaz.wiki', 'wikizero.com', 'brorelol.gay', 'piglix.com', 'stringtranslate.com', 'knowledgr.com', 'worldlibrary.in',
  'theinfolist.com', 'cargreen.es', 'prosperplanetpulse.com', 'kyleanzalone.com', 'reportwire.org', 'sahiwalupdates.com',
  'nationalcybersecurity.com', 'jscommands.com', 'pnwmba.com', 'menageriemusic.com', 'israelnews.appsfornexus.com', 'medioq.com',
  'richmondcommons.org', 'openpublica.com', 'text-file-url.tmotionsdev.tglserver.net',
  'bdmobi.com', 'global.ssl.fastly.net', 'kampuspedia.com', 'clateway.com', 'hmong.in.th', 'knowledger.de', 'owiki.org', 'cryer.org.uk',
  'richxsearch.com', 'sagapedia.com', 'wikisum.wiki', 'zalansite.site', 'franco.wiki', 'grokipedia.com', 'cloudflare-ipfs.com',
  'primidi.com', 'infospaze.com', 'ask-oracle.com', 'slidelegend.com', 'fdocuments.in', 'ixistenz.ch',
  'dfnihf8fcqrzv.cloudfront.net', 'attendantdesign.com', 'ssinstruction.com', 'alhemyarianews.com', 'disreport.com',
  'zeedal.com', 'opentowns.org', 'civic-pulse.github.io', 'tribunkepo.com', 'delpallarsacasa.cat', 'communicationscounsel.com',
  'wikimili.com', 'howlingpixel.com', 'zxc.wiki', 'dewiki.de', 'wikibrief.org', 'abcdef.wiki', 'memim.com', 'pinocchiopedia.com',
  'ask3.ru', 'studentb.eu', 'liquisearch.com', 'briefly.co', 'localnewsreview.com', 'nybreaking.com', 'marketbeatnow.com',
  'tldrdaily.news', 'docstoc.com'
];

const WEAK: ReadonlySet<string> = new Set(WEAK_HOSTS);

function host(url: string): string {
  let hostname = plainHttpHost(url);
  if (hostname === undefined) {
    try {
      hostname = new URL(url).hostname;
    } catch {
      return '';
    }
  }
  return hostname.replace(/^www\./, '').replace(/^m\./, '');
}

/** A weak host, or any host under one: each of the host's suffixes at a dot is looked up. */
export function isWeakSource(url: string): boolean {
  const h = host(url);
  for (let at = 0; at !== -1; at = h.indexOf('.', at + 1)) {
    if (WEAK.has(at === 0 ? h : h.slice(at + 1))) return true;
  }
  return false;
}

/** A homepage cites a site, not a fact: `https://example.org/` says nothing about a vote. */
export function isHomepage(url: string): boolean {
  try {
    const {pathname, search} = new URL(url);
    return (pathname === '/' || pathname === '') && search === '';
  } catch {
    return false;
  }
}

/** A record whose every source is weak cannot be more than low confidence. */
export function weakSourceProblem(record: Partial<Pick<Sourced, 'sources' | 'confidence'>>): Message | undefined {
  const {sources, confidence} = record;
  if (!sources || !confidence || confidence === 'low' || sources.length === 0 || !sources.every(isWeakSource)) return undefined;
  return message('issue.weakSources', {hosts: sources.map(host).join(', ')});
}

/**
 * The websites the records cite, most cited first: each counted once per record that cites it. `labelled` are more
 * records' sites, already named by `sourceLabel` (campaigns', as the build writes them: src/loaders/prepared.ts).
 */
export function citedSites(records: readonly Pick<Sourced, 'sources'>[], labelled: Iterable<readonly string[]> = []): [string, number][] {
  const counts = new Map<string, number>();
  const count = (sites: Iterable<string>) => {
    for (const site of new Set(sites)) counts.set(site, (counts.get(site) ?? 0) + 1);
  };
  for (const r of records) count(r.sources.map(sourceLabel));
  for (const sites of labelled) count(sites);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
