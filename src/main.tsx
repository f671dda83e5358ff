import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {App} from './app/App';
import {loadDataset} from './app/load-dataset';
import {startUrlSync} from './app/url-sync';
import './app/styles.css';

// The URL holds a shared view: read it before the first render, and keep it in step from then on.
startUrlSync();
// Start fetching the data before React renders, so the map and the data load side by side.
void loadDataset();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
