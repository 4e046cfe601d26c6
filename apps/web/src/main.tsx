import { createRoot } from 'react-dom/client';
import { Root } from './app/root.tsx';
import './app/global.css';

const container = document.getElementById('root');
if (container) createRoot(container).render(<Root />);
