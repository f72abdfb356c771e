const users = [
  { id: 1, name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: 2, name: 'Grace Hopper', email: 'grace@example.com' },
];

export function listUsers() {
  return users;
}

export function findUser(id) {
  return users.find((user) => user.id === Number(id));
}
