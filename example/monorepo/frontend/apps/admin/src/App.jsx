import { useEffect, useState } from 'react';

const apiBase = document.querySelector('meta[name="api-base"]')?.content ?? '/api';

export default function App() {
  const [users, setUsers] = useState([]);
  useEffect(() => {
    fetch(`${apiBase}/users`).then((res) => res.json()).then(setUsers, () => setUsers([]));
  }, []);
  return (
    <main>
      <h1>Users</h1>
      <table>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
