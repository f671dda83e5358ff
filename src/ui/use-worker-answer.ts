import {useEffect, useState} from 'react';
import type {Campaign, CampaignDetails} from '../domain/records';
import {campaignDetails, citedSites} from '../app/load-dataset';
import {type AppState, useAppStore} from '../store/store';

const selectLoad = (s: AppState) => s.load;

/**
 * What the data worker answers about the dataset in the store (src/app/load-dataset.ts), asked again when a newer
 * dataset arrives; undefined until it has answered. `ask` must be stable for the same question.
 */
function useWorkerAnswer<T>(ask: () => Promise<T>, key: string): T | undefined {
  const load = useAppStore(selectLoad);
  const [answer, setAnswer] = useState<{key: string; load: unknown; value: T}>();
  useEffect(() => {
    let live = true;
    void ask().then((value) => live && setAnswer({key, load, value}));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the question `ask` asks
  }, [key, load]);
  return answer && answer.key === key && answer.load === load ? answer.value : undefined;
}

/** A campaign's words, steps and sources: undefined while they come, null if they could not be had. */
export function useCampaignDetails(campaign: Campaign): CampaignDetails | null | undefined {
  return useWorkerAnswer(() => campaignDetails([campaign]).then(([details]) => details ?? null), campaign.id);
}

/** The sites the records cite, most cited first. */
export function useCitedSites(): [string, number][] | undefined {
  return useWorkerAnswer(citedSites, 'sites');
}
