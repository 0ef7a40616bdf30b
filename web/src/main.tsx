import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'dkfds-dist/css/dkfds.min.css';
import './styles/app.css';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/index.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
