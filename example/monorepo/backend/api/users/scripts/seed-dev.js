// Prints SQL that seeds a developer database with the fixture users. Run by hand; not in the image.
import { listUsers } from '../src/users.js';

for (const { id, name, email } of listUsers()) {
  console.log(`INSERT INTO users (id, name, email) VALUES (${id}, '${name}', '${email}');`);
}
