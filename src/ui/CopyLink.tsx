import {useState} from 'react';

/** Copies the address of the current view; where the clipboard is unavailable, shows the link to copy by hand. */
export function CopyLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(location.href);
      setState('copied');
      setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('manual');
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="link-button" onClick={copy}>Copy link</button>
      <span role="status" className="copy-status">{state === 'copied' ? 'Link copied' : ''}</span>
      {state === 'manual' && (
        <input aria-label="Link to this view" readOnly value={location.href} onFocus={(e) => e.target.select()} autoFocus />
      )}
    </span>
  );
}
