import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {I18nextProvider} from 'react-i18next';
import {App} from './app/App';
import {loadDataset} from './app/load-dataset';
import {startUrlSync} from './app/url-sync';
import {startLanguageSync} from './i18n/document-language';
import {createI18n} from './i18n/i18n';
import {useAppStore} from './store/store';
import './app/styles.css';

// The URL holds a shared view: read it before the first render, and keep it in step from then on.
startUrlSync();
// The link's language (or the browser's) is known now, so the first paint is already in it.
const i18n = createI18n(useAppStore.getState().language);
startLanguageSync(i18n);
// Start fetching the data before React renders, so the map and the data load side by side.
void loadDataset();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>
);
