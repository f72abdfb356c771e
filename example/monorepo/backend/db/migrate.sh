#!/bin/sh
# Applies every migration in /migrations, in order, to $DATABASE_URL.
set -eu
for file in /migrations/*.sql; do
  echo "applying $(basename "$file")"
  psql "$DATABASE_URL" --set ON_ERROR_STOP=1 --quiet --file "$file"
done
