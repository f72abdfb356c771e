import os
import unittest

from py_common import env_int


class EnvIntTest(unittest.TestCase):
    def test_default_when_unset(self):
        os.environ.pop("PY_COMMON_TEST", None)
        self.assertEqual(env_int("PY_COMMON_TEST", 7), 7)

    def test_reads_value(self):
        os.environ["PY_COMMON_TEST"] = "42"
        self.assertEqual(env_int("PY_COMMON_TEST", 7), 42)


if __name__ == "__main__":
    unittest.main()
