import {fetchDataset} from '../loaders/fetch-dataset';
import {useAppStore} from '../store/store';

/** Loads the bundled data into the store; called once at start, and again by "Try again". */
export async function loadDataset(): Promise<void> {
  const {setLoaded, setLoadError} = useAppStore.getState();
  useAppStore.setState({load: {status: 'loading'}});
  try {
    setLoaded(await fetchDataset());
  } catch (error) {
    setLoadError(error instanceof Error ? error.message : String(error));
  }
}
