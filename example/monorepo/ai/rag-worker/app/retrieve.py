"""Ranks documents by word overlap with the question: the retrieval step of the RAG pipeline."""


def overlap(question: str, document: str) -> int:
    return len(set(question.lower().split()) & set(document.lower().split()))


def top_k(question: str, documents: list[str], k: int = 2) -> list[str]:
    return sorted(documents, key=lambda doc: overlap(question, doc), reverse=True)[:k]
