CREATE TABLE IF NOT EXISTS users (
  id    integer PRIMARY KEY,
  name  text NOT NULL,
  email text NOT NULL UNIQUE
);
