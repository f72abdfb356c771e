import unittest

from app.model import load, score


class ScoreTest(unittest.TestCase):
    def test_positive(self):
        self.assertGreater(score("I love it, great", load()), 0)

    def test_negative(self):
        self.assertLess(score("awful and slow", load()), 0)


if __name__ == "__main__":
    unittest.main()
