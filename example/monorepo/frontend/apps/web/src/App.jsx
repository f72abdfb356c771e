import { formatMoney } from '@acme/shared-utils';

const featured = [
  { name: 'Espresso cup', priceMinor: 1200 },
  { name: 'Pour-over kettle', priceMinor: 4599 },
];

export default function App() {
  return (
    <main>
      <h1>Acme store</h1>
      <ul>
        {featured.map((item) => (
          <li key={item.name}>
            {item.name}: {formatMoney(item.priceMinor, 'EUR')}
          </li>
        ))}
      </ul>
    </main>
  );
}
