"""A lexicon sentiment model: the score is the sum of the known words' weights."""
import json
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "sentiment.json"


def load(path: Path = MODEL_PATH) -> dict[str, float]:
    return json.loads(path.read_text())["weights"]


def score(text: str, weights: dict[str, float]) -> float:
    return sum(weights.get(word, 0.0) for word in text.lower().split())
