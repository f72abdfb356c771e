import unittest

from app.load import parse_orders


class ParseOrdersTest(unittest.TestCase):
    def test_types(self):
        rows = parse_orders("id,user_id,total_minor\no-1,2,1999\n")
        self.assertEqual(rows, [{"id": "o-1", "user_id": 2, "total_minor": 1999}])


if __name__ == "__main__":
    unittest.main()
