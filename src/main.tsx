import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {App} from './app/App';
import {loadDataset} from './app/load-dataset';
import './app/styles.css';

// Start fetching the data before React renders, so the map and the data load side by side.
void loadDataset();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
