"""Addendum 13 of docs/topics_tuning.md: four further unsupervised variants around the
multinomial-mixture refinement of addendum 9, on the dev half of addendum 9 only (516 articles;
the held-out half and the whole set are not touched and not scored).

Every row starts from NMF (K = 9, the shipped nouns-only TF-IDF, seeds 0-9) as addendum 9 does,
and reports NMI against the category as the median of seeds 0-2 and the median (range) of 0-9:

1. a mixture of multinomials with a shared background distribution (each term weight drawn from
   the dev half's corpus-wide term distribution with probability lambda, else from the
   article's topic; lambda fixed at 0.2-0.95 or estimated by EM; the fixed background of
   Zhai & Lafferty 2001, "Model-based feedback", in the one-topic-per-document mixture); on
   the shipped log counts, raw counts, and log counts of all nouns (max_df 1, min_df 2);
2. passage-level modelling aggregated to articles: 10kGNAD's articles have no paragraph breaks
   (the clean stage gives one passage per article), so the pseudo-passages are runs of n
   consecutive sentences of the project's sentence splitter (n = 1, 3, 5, 10, 20); NMF (and the
   mixture) on those units, each article the topic with the largest token-weighted share summed
   over its units; also the article-level mixture started from those summed shares;
3. named-entity up-weighting: occurrences of shipped-vocabulary terms whose word form the
   project's tagger (framelab.attribution.tagging.tag) tags NE in that article counted 2x or 3x,
   in the NMF start's TF-IDF, in the mixture's counts, or in both;
4. sequential information bottleneck (sIB; Slonim, Friedman & Tishby 2002, "Unsupervised
   document classification using sequential information maximization", SIGIR): hard
   clustering that moves one article at a time to the cluster that loses the least mutual
   information between clusters and terms; started from NMF's or the mixture's labels, or from
   random partitions (seeds 0-9, each the best of 5 random starts by sIB's objective).

The dev half is rebuilt exactly as addenda 9-12 build it (halves/dev_half/em/SEEDS from
addenda 9/10, dev_texts from addendum 12). Run from the repository root:
    .venv/bin/python docs/topics_tuning_addendum13.py
"""

import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.metrics import normalized_mutual_info_score

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum10 import SEEDS, dev_half, em
from topics_tuning_addendum12 import dev_texts

from framelab import text as textlib
from framelab.attribution.tagging import tag
from framelab.sentences import split_sentences
from framelab.topics import model as topics
from framelab.topics.mixture import _posterior, log_counts

ALPHA, N_ITER = 0.1, 30  # the mixture option's settings (addendum 9)


def row(name, labels, y):
    """One table row: median of seeds 0-2, median and range of seeds 0-9."""
    s = [normalized_mutual_info_score(y, lab) for lab in labels]
    print(
        f"{name}: {np.median(s[:3]):.3f} | {np.median(s):.3f} ({min(s):.3f}-{max(s):.3f})",
        flush=True,
    )
    return s


def nmf_shares(X, k, seed, init):
    return topics.TopicModel(k=k, random_state=seed, init=init).fit(X).transform(X)


# --- 1. mixture with a background distribution ---------------------------------------------


def background_em(W, start, lam, n_iter=N_ITER, alpha=ALPHA):
    """One-topic-per-document mixture whose term weights come from a corpus background with
    probability lam (None: lam estimated, starting at 0.5), else from the topic. Exact EM: the
    hidden variables are each article's topic and each term weight's source."""
    W = sp.csr_matrix(W)
    total = np.asarray(W.sum(0)).ravel()
    background = (total + alpha) / (total + alpha).sum()
    estimate, lam = lam is None, 0.5 if lam is None else lam
    R = np.nan_to_num(start, nan=0.0)
    R = R + (R.sum(1, keepdims=True) == 0)
    R = R / R.sum(1, keepdims=True)
    theta = None
    for _ in range(n_iter):
        expected = np.asarray((W.T @ R).T)  # K x V weights per topic
        if theta is None:
            own = np.ones_like(expected)
        else:
            mix = lam * background + (1 - lam) * theta
            own = (1 - lam) * theta / mix  # P(topic source | topic, term)
            if estimate:
                lam = float((expected * (1 - own)).sum() / expected.sum())
        theta = alpha + expected * own
        theta /= theta.sum(1, keepdims=True)
        prior = R.sum(0) + 1.0
        L = np.asarray(W @ np.log(lam * background + (1 - lam) * theta).T)
        L += np.log(prior / prior.sum())
        R = _posterior(L)
    return R, lam


# --- 2. sentence windows as passages ---------------------------------------------------------


def windows(texts, n):
    """Runs of n consecutive sentences of each article: (unit texts, article index of each)."""
    units, owner = [], []
    for i, text in enumerate(texts):
        sents = split_sentences(text)
        for j in range(0, len(sents), n):
            units.append(" ".join(sents[j : j + n]))
            owner.append(i)
    return units, np.array(owner)


def to_articles(shares, weight, owner, n_articles):
    """Summed token-weighted shares of each article's units (units without terms count 0)."""
    S = np.nan_to_num(shares, nan=0.0) * weight[:, None]
    out = np.zeros((n_articles, shares.shape[1]))
    np.add.at(out, owner, S)
    return out


# --- 3. named entities -----------------------------------------------------------------------


def ne_forms(text):
    """Word forms the project's tagger tags NE anywhere in the article."""
    return {t.text for s in split_sentences(text) for t in tag(s) if t.tag == "NE"}


def ne_counts(texts, analyzer, vocabulary):
    """Counts of the vocabulary's terms over the tokens whose form is tagged NE in the
    article, and over all tokens (to check against the shipped counts)."""
    rows_ne, rows_all = [], []
    for text in texts:
        names = ne_forms(text)
        ne, every = [], []
        for token in textlib.tokenize(text):
            terms = [t for t in analyzer(token) if t in vocabulary]
            every += terms
            if token in names:
                ne += terms
        rows_ne.append(ne)
        rows_all.append(every)
    vec = CountVectorizer(analyzer=lambda terms: terms, vocabulary=vocabulary)
    return vec.transform(rows_ne), vec.transform(rows_all)


# --- 4. sequential information bottleneck ----------------------------------------------------


class SIB:
    """Sequential IB (Slonim, Friedman & Tishby 2002) on a documents x terms weight matrix:
    p(x) proportional to each article's mass, p(y|x) its term distribution. An article is drawn
    out of its cluster and merged into the cluster t of least cost
    (p(x) + p(t)) * JS_{pi}(p(y|x), p(y|t)); passes until no article moves (or max_pass)."""

    def __init__(self, W, max_pass=30):
        W = sp.csr_matrix(W, dtype=np.float64)
        mass = np.asarray(W.sum(1)).ravel()
        keep = mass > 0
        self.keep = keep
        W = W[keep]
        self.px = mass[keep] / mass[keep].sum()
        self.P = sp.csr_matrix(sp.diags(1 / mass[keep]) @ W)  # p(y|x), rows sum to 1
        self.max_pass = max_pass

    def objective(self, labels, k):
        """I(T;Y) of a partition (the quantity sIB increases)."""
        joint = np.zeros((k, self.P.shape[1]))
        for t in range(k):
            m = labels == t
            joint[t] = np.asarray(self.P[m].T @ self.px[m]).ravel()
        pt, py = joint.sum(1, keepdims=True), joint.sum(0, keepdims=True)
        nz = joint > 0
        return float((joint[nz] * np.log(joint[nz] / (pt @ py)[nz])).sum())

    def fit(self, labels, k, seed=0):
        labels = np.asarray(labels)[self.keep].copy()
        rng = np.random.default_rng(seed)
        n = len(labels)
        pt = np.bincount(labels, weights=self.px, minlength=k)
        joint = np.zeros((k, self.P.shape[1]))  # p(t) p(y|t)
        for t in range(k):
            m = labels == t
            joint[t] = np.asarray(self.P[m].T @ self.px[m]).ravel()
        for _ in range(self.max_pass):
            moved = 0
            for i in rng.permutation(n):
                lo, hi = self.P.indptr[i], self.P.indptr[i + 1]
                cols, p = self.P.indices[lo:hi], self.P.data[lo:hi]
                old = labels[i]
                pt[old] -= self.px[i]
                joint[old, cols] -= self.px[i] * p
                if pt[old] <= 1e-15:  # never leave a cluster empty
                    pt[old] += self.px[i]
                    joint[old, cols] += self.px[i] * p
                    continue
                q_all = np.maximum(joint[:, cols], 0) / pt[:, None]  # p(y|t) on x's terms
                w = self.px[i] + pt
                pi1, pi2 = self.px[i] / w, pt / w
                m = pi1[:, None] * p[None, :] + pi2[:, None] * q_all
                with np.errstate(divide="ignore", invalid="ignore"):
                    kl_p = (p[None, :] * np.log(p[None, :] / m)).sum(1)
                    kl_q = np.where(q_all > 0, q_all * np.log(q_all / m), 0).sum(1)
                kl_q += (1 - q_all.sum(1)) * np.log(1 / pi2)  # terms x does not have
                cost = w * (pi1 * kl_p + pi2 * kl_q)
                new = int(cost.argmin())
                labels[i] = new
                pt[new] += self.px[i]
                joint[new, cols] += self.px[i] * p
                moved += new != old
            if moved == 0:
                break
        out = np.full(len(self.keep), -1)
        out[self.keep] = labels
        return out


def main() -> None:
    t0 = time.time()
    X, counts, y, b = dev_half()
    texts, labels, stop = dev_texts()
    assert labels == y
    texts, k = list(texts), b["k"]
    logc = log_counts(counts)
    starts = [nmf_shares(X, k, s, b["init"]) for s in SEEDS]
    nmf = [np.nan_to_num(W, nan=-1).argmax(1) for W in starts]
    base = [em(logc, W)[0].argmax(1) for W in starts]
    print("variant: median of seeds 0-2 | median of 0-9 (range)")
    row("NMF (shipped)", nmf, y)
    row("baseline: mixture, log counts, smoothing 0.1, 30 steps (addendum 9)", base, y)
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 1. background mixture
    raw = sp.csr_matrix(counts, dtype=np.float64)
    opts = dict(min_df=b["min_df"], max_df=1.0, nouns_only=True)
    wide = log_counts(topics.build_vectorizer("lda", stop, **opts).fit_transform(texts))
    for wname, Wt in (("log counts", logc), ("raw counts", raw), ("log counts, max_df 1", wide)):
        for lam in (0.2, 0.4, 0.6, 0.8, 0.9, 0.95, None):
            runs = [background_em(Wt, W, lam) for W in starts]
            estimated = np.median([r[1] for r in runs])
            setting = f"lambda {lam}" if lam else f"lambda estimated (ends at {estimated:.2f})"
            row(f"1. background mixture, {wname}, {setting}", [R.argmax(1) for R, _ in runs], y)
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 2. sentence windows
    vocab = topics.build_vectorizer("lda", stop, **dict(opts, max_df=b["max_df"])).fit(texts)
    vocabulary = vocab.vocabulary_
    assert (vocab.transform(texts) != counts).nnz == 0
    for n in (1, 3, 5, 10, 20):
        units, owner = windows(texts, n)
        uc = vocab.transform(units)
        ux = TfidfTransformer(sublinear_tf=True).fit_transform(uc)
        weight = np.asarray(uc.sum(1)).ravel().astype(float)
        ulog = log_counts(uc)
        agg_nmf, agg_mix, art_mix = [], [], []
        for s in SEEDS:
            S = nmf_shares(ux, k, s, b["init"])
            A = to_articles(S, weight, owner, len(texts))
            agg_nmf.append(A.argmax(1))
            R = em(ulog, np.nan_to_num(S, nan=0.0))[0]
            agg_mix.append(to_articles(R, weight, owner, len(texts)).argmax(1))
            art_mix.append(em(logc, A)[0].argmax(1))
        unit = f"{n}-sentence units ({len(units)})"
        row(f"2. {unit}, NMF, summed to articles", agg_nmf, y)
        row(f"2. {unit}, NMF + unit mixture, summed", agg_mix, y)
        row(f"2. {unit}, NMF summed, then article mixture", art_mix, y)
        print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 3. named entities
    analyzer = vocab.build_analyzer()
    ne, every = ne_counts(texts, analyzer, vocabulary)
    assert (every != counts).nnz == 0, "token-wise counts differ from the shipped counts"
    share = ne.sum() / counts.sum()
    print(f"NE occurrences: {share:.1%} of the vocabulary's occurrences [{time.time() - t0:.0f} s]")
    for w in (2, 3):
        up = sp.csr_matrix(counts + (w - 1) * ne, dtype=np.float64)
        Xup = TfidfTransformer(sublinear_tf=True).fit_transform(up)
        starts_up = [nmf_shares(Xup, k, s, b["init"]) for s in SEEDS]
        for where, st, Wt in (
            ("NMF start only", starts_up, logc),
            ("mixture only", starts, log_counts(up)),
            ("both", starts_up, log_counts(up)),
        ):
            row(f"3. NE x{w}, {where}", [em(Wt, W)[0].argmax(1) for W in st], y)
        row(f"3. NE x{w}, NMF alone (no mixture)", [W.argmax(1) for W in starts_up], y)
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 4. sequential information bottleneck
    for wname, Wt in (("log counts", logc), ("raw counts", raw)):
        sib = SIB(Wt)
        for sname, start in (("NMF's labels", nmf), ("the mixture's labels", base)):
            fits = [sib.fit(L, k, s) for s, L in zip(SEEDS, start, strict=True)]
            row(f"4. sIB, {wname}, from {sname}", fits, y)
        rand = []
        for s in SEEDS:
            rng = np.random.default_rng(1000 + s)
            fits = [sib.fit(rng.integers(0, k, len(texts)), k, s * 10 + r) for r in range(5)]
            rand.append(max(fits, key=lambda L: sib.objective(L[sib.keep], k)))
        row(f"4. sIB, {wname}, random starts (best of 5 by I(T;Y))", rand, y)
        print(f"[{time.time() - t0:.0f} s]", flush=True)
    print(f"total {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
