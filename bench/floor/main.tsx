// The floor of `npm run bench`: the least a React 19 page can ship (one heading, one button),
// built by the same Vite from the same node_modules, so the app's start page can be compared to it.
// The button changes the heading, so the tap measurement can be calibrated on it too.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [taps, setTaps] = useState(0);
  return (
    <main>
      <h1>{taps ? `第 ${taps + 1} 步` : '学籍自查助手'}</h1>
      <button type="button" onClick={() => setTaps(taps + 1)}>
        下一步
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
