// i18n first: it sets <html lang dir> before anything renders.
import './lib/i18n';
import './styles/global.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(<App />);
