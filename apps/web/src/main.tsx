import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { Root } from './app/root.tsx';
import './app/global.css';

// The contracts' zod schemas would probe `new Function` (JIT), which the strict CSP refuses.
z.config({ jitless: true });

const container = document.getElementById('root');
if (container) createRoot(container).render(<Root />);
