"""The nightly pipeline: Compose builds the image with PIPELINE_DIR=pipelines/nightly."""


def drop_small(rows):
    return [row for row in rows if row["total_minor"] >= 500]


def add_major_units(rows):
    return [{**row, "total": row["total_minor"] / 100} for row in rows]


STEPS = [drop_small, add_major_units]
