CREATE TABLE IF NOT EXISTS orders (
  id          text PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users (id),
  total_minor integer NOT NULL,
  currency    char(3) NOT NULL
);
