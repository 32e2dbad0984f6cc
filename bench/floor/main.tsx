// The floor of `npm run bench`: the least a React 19 page can ship (one heading, one button),
// built by the same Vite from the same node_modules, so the app's start page can be compared to it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [taps, setTaps] = useState(0);
  return (
    <main>
      <h1>学籍自查助手</h1>
      <button type="button" onClick={() => setTaps(taps + 1)}>
        点了 {taps} 次
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
