// i18n first: it sets <html lang dir> before anything renders.
import { i18nReady } from './lib/i18n';
import './styles/global.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The reader's language is in before the first render (Dari readers never see English first).
void i18nReady.then(() => createRoot(container).render(<App />));
