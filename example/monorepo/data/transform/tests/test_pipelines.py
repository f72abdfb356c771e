import unittest

from pipelines.nightly import steps


class NightlyTest(unittest.TestCase):
    def test_adds_major_units(self):
        rows = [{"total_minor": 1999}, {"total_minor": 100}]
        for step in steps.STEPS:
            rows = step(rows)
        self.assertEqual(rows, [{"total_minor": 1999, "total": 19.99}])


if __name__ == "__main__":
    unittest.main()
