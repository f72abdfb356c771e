import unittest

from app.retrieve import top_k


class TopKTest(unittest.TestCase):
    def test_best_match_first(self):
        docs = ["cats sleep", "orders ship fast", "rain falls"]
        self.assertEqual(top_k("when do orders ship", docs, 1), ["orders ship fast"])


if __name__ == "__main__":
    unittest.main()
