"""Reads CSV exports and yields typed order rows."""
import csv
import io


def parse_orders(text: str) -> list[dict]:
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        rows.append({"id": row["id"], "user_id": int(row["user_id"]), "total_minor": int(row["total_minor"])})
    return rows
