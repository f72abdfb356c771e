import math
import unittest

from app.embed import embed


class EmbedTest(unittest.TestCase):
    def test_unit_length(self):
        self.assertAlmostEqual(math.sqrt(sum(v * v for v in embed("hello world"))), 1.0)

    def test_deterministic(self):
        self.assertEqual(embed("same text"), embed("same text"))


if __name__ == "__main__":
    unittest.main()
