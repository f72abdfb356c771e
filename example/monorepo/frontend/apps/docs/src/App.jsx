import { useEffect, useState } from 'react';

export default function App() {
  const [page, setPage] = useState('');
  useEffect(() => {
    fetch('/content/getting-started.md').then((res) => res.text()).then(setPage);
  }, []);
  return (
    <main>
      <h1>Acme docs</h1>
      <pre>{page}</pre>
    </main>
  );
}
