"""Loads every CSV file in $INBOX into SQLite at $DATABASE_PATH."""
import os
import sqlite3
from pathlib import Path

from app.load import parse_orders


def main() -> None:
    inbox = Path(os.environ.get("INBOX", "/data/inbox"))
    db = sqlite3.connect(os.environ.get("DATABASE_PATH", "/data/warehouse.db"))
    db.execute("CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, user_id INTEGER, total_minor INTEGER)")
    for file in sorted(inbox.glob("*.csv")):
        rows = parse_orders(file.read_text())
        db.executemany("INSERT OR REPLACE INTO orders VALUES (:id, :user_id, :total_minor)", rows)
        print(f"loaded {len(rows)} rows from {file.name}", flush=True)
    db.commit()


if __name__ == "__main__":
    main()
