"""Scores a newsroom export (export.jsonl) against a hand-made web's
ground truth (truth.json), both in the working directory."""
import datetime
import json

truth = json.load(open("truth.json"))
stories = [json.loads(line) for line in open("export.jsonl")]


def key(url):
    return url.rstrip("/")


story_of = {}
for s in stories:
    story_of[key(s["url"])] = s
    for d in s.get("duplicates") or []:
        story_of.setdefault(key(d if isinstance(d, str) else d.get("url", "")), s)

right = dict(title=0, date=0, authors=0)
body_wrong, body_checked = [], 0


def want_date(d):
    """A truth date "fetch-N" is N hours before the crawl ("Posted 3 hours
    ago"), "fetch-dayN" N days before it ("Gestern, 09:15"), as a UTC day."""
    if d.startswith("fetch-day"):
        ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=int(d[9:]))
        return ago.strftime("%Y-%m-%d")
    if d.startswith("fetch-"):
        ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=int(d[6:]))
        return ago.strftime("%Y-%m-%d")
    return d


for a in truth["articles"]:
    a["date"] = want_date(a["date"])
    s = story_of.get(key(a["url"]))
    if s is None:
        print("  not stored", a["url"])
        continue
    got = dict(title=s["title"], date=(s.get("published_at") or "")[:10], authors=s.get("authors") or [])
    if a.get("instant"):
        # The story's instant is at stake (a zone named in the page): the
        # stored time, in UTC, to the minute.
        a["date"] = a["instant"]
        try:
            t = datetime.datetime.fromisoformat(s.get("published_at") or "")
            got["date"] = t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M") if t.tzinfo else t.strftime("%Y-%m-%dT%H:%M") + " (no zone)"
        except ValueError:
            pass
    wrong = [f for f in right if got[f] != a[f]]
    # Optional body checks: sentences the stored text must hold and ones
    # (another story's, a pop-up's) it must not.
    text = s.get("text") or ""
    for m in a.get("must", []):
        if m not in text:
            body_wrong.append("%s: body lacks %r" % (a["url"], m[:50]))
    for m in a.get("must_not", []):
        if m in text:
            body_wrong.append("%s: body holds %r" % (a["url"], m[:50]))
    body_checked += 1 if a.get("must") or a.get("must_not") else 0
    for f in right:
        right[f] += f not in wrong
    if wrong:
        print("  %s: %s" % (a["url"], "; ".join("%s %r, want %r" % (f, got[f], a[f]) for f in wrong)))
articles = {key(a["url"]) for a in truth["articles"]}
stored_other = [s["url"] for s in stories if key(s["url"]) not in articles]
n = len(truth["articles"])
print("  stories %d: title %d, date %d, authors %d right; non-articles stored %d of %d" % (
    n, right["title"], right["date"], right["authors"], len(stored_other), len(truth["nonarticles"])))
for u in stored_other:
    print("  stored non-article", u)
if body_checked:
    for w in body_wrong:
        print("  " + w)
    print("  bodies checked %d: %d wrong" % (body_checked, len(body_wrong)))
synd = truth.get("synd", [])
if synd:
    kept = sum(1 for p in synd if story_of.get(key(p["copy"])) is not None and key(story_of[key(p["copy"])]["url"]) == key(p["orig"]))
    print("  syndicated copies %d: original kept as the story's URL for %d" % (len(synd), kept))
    for p in synd:
        st = story_of.get(key(p["copy"]))
        if st is None or key(st["url"]) != key(p["orig"]):
            print("  copy %s: story %s, want the original %s" % (p["copy"], st["url"] if st else None, p["orig"]))
