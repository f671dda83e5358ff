import type {GeoJSONSource} from 'maplibre-gl';
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {INTERACTIVE_LAYER_IDS, LAYER_IDS, LINK_LAYER_IDS, SOURCE_IDS} from '../../src/map/layers';
import {changeFiltersAndWaitForMap, openMap, screenshot, chromiumForThisFile, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();

function open(viewport = {width: 1280, height: 800}) {
  return openMap(chromium(), baseUrl, {viewport});
}

/** Features MapLibre actually drew in the given layers, as the person sees them. */
function renderedCount(page: Page, layers: readonly string[]): Promise<number> {
  return page.evaluate((ids) => window.__campaignMap.queryRenderedFeatures({layers: [...ids]}).length, layers);
}

describe('the campaign map in Chromium', () => {
  it('reaches idle with every thematic layer, fed by real records', async () => {
    const {page, errors} = await open();
    const state = await page.evaluate(
      async ({layers, sources}) => ({
        missingLayers: layers.filter((id) => !window.__campaignMap.getLayer(id)),
        featureCounts: Object.fromEntries(
          await Promise.all(
            sources.map(async (s) => {
              const data = await window.__campaignMap.getSource<GeoJSONSource>(s)!.getData();
              return [s, (data as GeoJSON.FeatureCollection).features.length];
            })
          )
        )
      }),
      {
        // Layers and sources that wait for a person: a chosen place, a highlighted town, a zoomed-in view.
        layers: Object.values(LAYER_IDS).filter((id) => id !== LAYER_IDS.gazetteerLabels),
        sources: Object.values(SOURCE_IDS).filter((id) => id !== SOURCE_IDS.nearArea && id !== SOURCE_IDS.highlight && id !== SOURCE_IDS.placeLabels)
      }
    );
    expect(state.missingLayers).toEqual([]);
    for (const [source, count] of Object.entries(state.featureCounts)) expect(count, source).toBeGreaterThan(0);
    expect(await renderedCount(page, INTERACTIVE_LAYER_IDS)).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await screenshot(page, 'desktop');
    await page.context().close();
  });

  it('sends no request beyond the page origin, and fetches each file once', async () => {
    const {page, requests} = await open();
    const origin = new URL(baseUrl).origin;
    const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
    // The glyphs came from our own files: labels need them, and they must not come from a CDN.
    expect(requests.some((url) => url.includes('/fonts/') && url.endsWith('.pbf'))).toBe(true);
    // A phone on a weak signal should not download anything twice (the basemap's states once served two sources).
    expect(requests.filter((url, i) => requests.indexOf(url) !== i)).toEqual([]);
    await page.context().close();
  });

  it('draws fewer campaigns when a campaign type is switched off', async () => {
    const {page} = await open();
    const campaignLayers = [LAYER_IDS.places, LAYER_IDS.clusters];
    const clusterTotal = () =>
      page.evaluate(
        (layer) => window.__campaignMap.queryRenderedFeatures({layers: [layer]}).map((f) => f.properties),
        LAYER_IDS.clusters
      );
    const before = await renderedCount(page, campaignLayers);
    const clustersBefore = await clusterTotal();
    await changeFiltersAndWaitForMap(page, () => page.getByRole('checkbox', {name: /Ceasefire Resolution/}).uncheck());
    const after = await renderedCount(page, campaignLayers);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    expect((await clusterTotal()).length).toBeLessThanOrEqual(clustersBefore.length);
    await screenshot(page, 'ceasefire-off');

    await page.getByRole('button', {name: 'None of the campaign types'}).click();
    await waitForMapIdle(page);
    expect(await renderedCount(page, [...campaignLayers, ...Object.values(LINK_LAYER_IDS)])).toBe(0);
    await page.context().close();
  });

  it('opens a sister-city link’s details when its arc is clicked', async () => {
    const {page} = await open();
    // A pixel on an arc, well away from the markers at its ends, where the arc is the top feature.
    const target = await page.evaluate((hitLayer) => {
      const map = window.__campaignMap;
      const {width, height} = map.getCanvas().getBoundingClientRect();
      for (const feature of map.queryRenderedFeatures({layers: [hitLayer]})) {
        const geometry = feature.geometry;
        const lines = geometry.type === 'MultiLineString' ? geometry.coordinates : geometry.type === 'LineString' ? [geometry.coordinates] : [];
        for (const position of lines.flat()) {
          const p = map.project(position as [number, number]);
          if (p.x < 40 || p.y < 40 || p.x > width - 60 || p.y > height - 40) continue;
          const top = map.queryRenderedFeatures([p.x, p.y])[0];
          // Only this arc near the pixel: where arcs share a path, a click offers a choice instead (tested apart).
          const near = map.queryRenderedFeatures([[p.x - 12, p.y - 12], [p.x + 12, p.y + 12]]);
          const clear = near.every((f) => (f.layer.id.startsWith('sister-links') && f.properties.id === feature.properties.id) || f.layer.id.startsWith('basemap'));
          if (top?.layer.id === hitLayer && clear) return {x: p.x, y: p.y, id: feature.properties.id as string};
        }
      }
      return null;
    }, LAYER_IDS.linksHit);
    expect(target, 'an arc visible on screen').not.toBeNull();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    const details = page.getByRole('region', {name: 'Details'});
    await expect.poll(() => details.textContent()).toContain('Sister-city link');
    await expect.poll(() => page.evaluate((id) => window.__campaignMap.getFeatureState({source: 'sister-links', id}).selected, target!.id)).toBe(true);
    await waitForMapIdle(page);
    await screenshot(page, 'arc-selected');

    await page.getByRole('button', {name: '← Back to the list'}).click();
    await expect.poll(() => page.getByRole('checkbox', {name: /Ceasefire Resolution/}).isVisible()).toBe(true);
    await page.context().close();
  });

  it('goes to Palestine, where the arcs arrive, and back to the US', async () => {
    const {page} = await open();
    const shows = (lngLat: [number, number]) => page.evaluate((p) => window.__campaignMap.getBounds().contains(p), lngLat);
    await page.getByRole('button', {name: 'Palestine'}).click();
    await expect.poll(() => shows([35.2042, 31.8996]), {timeout: 10_000}).toBe(true);
    await waitForMapIdle(page);
    expect(await renderedCount(page, [LAYER_IDS.localities])).toBeGreaterThan(5);
    await screenshot(page, 'palestine');
    await page.getByRole('button', {name: 'US', exact: true}).click();
    await expect.poll(() => shows([-98, 39]), {timeout: 10_000}).toBe(true);
    await page.context().close();
  });

  it('tints states with anti-boycott acts and opens a state’s acts when it is clicked', async () => {
    const {page} = await open();
    // West Texas: inside a state with a law, away from every marker.
    const point = await page.evaluate(() => window.__campaignMap.project([-102.3, 33.6]));
    const top = await page.evaluate(({x, y}) => window.__campaignMap.queryRenderedFeatures([x, y]).map((f) => f.layer.id), point);
    expect(top[0]).toBe(LAYER_IDS.stateLaws);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const details = page.getByRole('region', {name: 'Details'});
    await expect.poll(() => details.textContent()).toContain('Texas');
    expect(await details.textContent()).toContain('Anti-boycott acts');
    await page.context().close();
  });

  it('tells what the data is, how fresh, and where it comes from', async () => {
    const {page} = await open();
    await page.getByRole('button', {name: 'About the data'}).click();
    const dialog = page.getByRole('dialog', {name: 'About the data'});
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/\d+ campaigns/);
    expect(text).toMatch(/\d+ sister-city links/);
    expect(text).toContain('GeoNames');
    expect(text).toMatch(/most recently \w+ \d+, \d{4}/);
    await screenshot(page, 'about');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it('fits a phone: map and panel visible, nothing wider than the screen', async () => {
    const {page} = await open({width: 390, height: 844});
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      map: document.querySelector('.maplibregl-canvas')!.getBoundingClientRect().toJSON() as DOMRect,
      panel: document.querySelector('.sidebar')!.getBoundingClientRect().toJSON() as DOMRect
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.map.width).toBeGreaterThanOrEqual(380);
    expect(layout.map.height).toBeGreaterThan(300);
    // The panel is a sheet over the lower half of the map, leaving most of the map in view above it.
    expect(layout.panel.top - layout.map.top).toBeGreaterThan(300);
    expect(layout.panel.bottom).toBeLessThanOrEqual(844 + 1);
    await page.getByRole('checkbox', {name: /Sister Cities/}).scrollIntoViewIfNeeded();
    expect(await page.getByRole('checkbox', {name: /Sister Cities/}).isVisible()).toBe(true);
    await screenshot(page, 'phone');
    await page.context().close();
  });
});
