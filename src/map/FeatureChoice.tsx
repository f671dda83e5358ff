import {useEffect, useRef} from 'react';
import type {Dataset} from '../domain/records';
import {useI18n} from '../i18n/use-i18n';
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
  const {t, tm, f, language} = useI18n();
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
      aria-label={t('choice.label')}
      style={{left: choice.point.x, top: choice.point.y}}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p className="feature-choice-title">{t('choice.title', {count: choice.selections.length})}</p>
      <ul>
        {choice.selections.map((selection) => {
          const words = describeSelection(selection, index, language);
          return (
            <li key={`${selection.kind}:${selection.id}`}>
              <button type="button" onClick={() => onChoose(selection)}>
                <bdi className="feature-choice-name">{words?.title ?? selection.id}</bdi>
                {words && words.details.length > 0 && <span className="feature-choice-detail">{f.list(words.details.map(tm))}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={onClose}>{t('choice.close')}</button>
    </div>
  );
}
