import {useEffect, useRef} from 'react';
import type {Dataset} from '../domain/records';
import {datasetIndex, describeSelection} from '../store/derived';
import type {Selection} from '../store/store';

export interface Choice {
  point: {x: number; y: number};
  selections: readonly Selection[];
}

/**
 * Where several things lie under one click (Nablus and Camp No. 1, arcs sharing a path, a cluster that cannot
 * open further), the person chooses from a list instead of getting whichever is drawn on top.
 */
export function FeatureChoice({choice, dataset, onChoose, onClose}: {choice: Choice; dataset: Dataset; onChoose: (s: Selection) => void; onClose: () => void}) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('button')?.focus();
  }, [choice]);
  const index = datasetIndex(dataset);
  return (
    <div
      ref={list}
      className="feature-choice"
      role="dialog"
      aria-label="Several things are here: choose one"
      style={{left: choice.point.x, top: choice.point.y}}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p className="feature-choice-title">{choice.selections.length} things are here:</p>
      <ul>
        {choice.selections.map((selection) => {
          const words = describeSelection(selection, index);
          return (
            <li key={`${selection.kind}:${selection.id}`}>
              <button type="button" onClick={() => onChoose(selection)}>
                <bdi className="feature-choice-name">{words?.title ?? selection.id}</bdi>
                {words?.detail && <span className="feature-choice-detail">{words.detail}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={onClose}>Close</button>
    </div>
  );
}
