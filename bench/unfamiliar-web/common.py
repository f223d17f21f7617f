"""Helpers the hand-made web generators share."""
import os
import random


def shuffled(base, seed, chunk=0):
    """A paragraph made from base with its words (or, for scripts without
    spaces, its runs of chunk characters) in an order fixed by seed, so
    that every story's text is its own."""
    rnd = random.Random(seed)
    if chunk:
        parts = [base[j:j + chunk] for j in range(0, len(base) - 1, chunk)]
        rnd.shuffle(parts)
        return "".join(parts) + "。"
    words = base.rstrip(".").split()
    rnd.shuffle(words)
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def write(out, host, path, doc, encoding="utf-8"):
    """Writes doc, in encoding, where a static server serves host's path:
    a path that ends in a slash is a directory's index.html."""
    fp = os.path.join(out, host, path.lstrip("/"))
    if path.endswith("/"):
        os.makedirs(fp, exist_ok=True)
        fp = os.path.join(fp, "index.html")
    else:
        os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "wb") as f:
        f.write(doc.encode(encoding))
