import {type ReactNode, useRef} from 'react';
import {useI18n} from '../i18n/use-i18n';
import {type SheetState, useAppStore} from '../store/store';

/** Where the panel becomes a sheet over the map (the same width as the stylesheet's). */
export const PHONE_QUERY = '(max-width: 720px)';

/** How much of a phone's screen the panel takes in each state. */
export const SHEET_SHARE: Record<SheetState, number> = {peek: 0.22, half: 0.5, full: 0.9};

/** The panel's scrolling content: long lists draw only the rows near its view. */
export const PANEL_SCROLLER_CLASS = 'sidebar-content';

const ORDER: readonly SheetState[] = ['peek', 'half', 'full'];

/**
 * On a phone the panel is a sheet over the map, pulled up for the list or down for the map: drag its handle,
 * or tap it. On a wider screen it is the sidebar and the handle is hidden.
 */
export function Sheet({children, label}: {children: ReactNode; label: string}) {
  const {t} = useI18n();
  const sheet = useAppStore((s) => s.sheet);
  const setSheet = (next: SheetState) => useAppStore.setState({sheet: next});
  const drag = useRef<{y: number; moved: boolean} | null>(null);
  const dragged = useRef(false);
  const next = sheet === 'full' ? 'half' : 'full';
  return (
    <aside className={`sidebar sheet-${sheet}`} aria-label={label}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={t(sheet === 'full' ? 'sheet.showMap' : 'sheet.showList')}
        aria-expanded={sheet === 'full'}
        onPointerDown={(e) => {
          drag.current = {y: e.clientY, moved: false};
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (drag.current && Math.abs(e.clientY - drag.current.y) > 8) drag.current.moved = true;
        }}
        onPointerUp={(e) => {
          const start = drag.current;
          drag.current = null;
          if (!start?.moved) return;
          dragged.current = true;
          // Snap to the state nearest to where the finger let go.
          const share = 1 - e.clientY / window.innerHeight;
          const nearest = ORDER.reduce((best, s) => (Math.abs(SHEET_SHARE[s] - share) < Math.abs(SHEET_SHARE[best] - share) ? s : best), sheet);
          setSheet(nearest);
        }}
        onClick={() => {
          // A drag ends in a click too; only a tap (or Enter) toggles.
          if (dragged.current) dragged.current = false;
          else setSheet(next);
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      <div className={PANEL_SCROLLER_CLASS} id="panel" tabIndex={-1}>
        {children}
      </div>
    </aside>
  );
}
