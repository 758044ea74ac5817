"""Addendum 15 of docs/topics_tuning.md (2026-12-07): variants of the multinomial-mixture
refinement of addendum 9 aimed at addendum 10's error structure (the largest, most mixed
category split over two topics, the small media category without a topic of its own), on the
dev half of addendum 9 only (516 articles; the held-out half and the whole set are neither
scored nor looked at).

Every row starts from the same NMF starts as addendum 13 (K = 9, the shipped nouns-only
TF-IDF, seeds 0-9), runs EM on the same log(1 + count) weights with smoothing alpha 0.1, and
reports NMI between each article's main topic (posterior argmax) and its category, as the
median of seeds 0-2 | the median (range) of seeds 0-9, plus the median change of the total
log-likelihood against the plain mixture of the same seed (for rows whose model is the plain
mixture's; "n/a" otherwise). Inside each method every choice is unsupervised (fixed settings,
or the likelihood); the labels are used only to print NMI.

0. Baselines: NMF (shipped) and the mixture of addendum 9 (30 steps), through addendum 10's
   `em`; the script's own EM is checked to reproduce `em` exactly.
1. Fixed uniform mixing weights: pi_k = 1/K in every M step instead of the learned
   (count + 1) / (N + K) of the shipped mixture.
2. Balanced E step: the responsibilities exp(L) are Sinkhorn-normalised (log domain; s
   alternations of "every topic gets N/K soft mass" and "every article sums to 1", ending on
   the rows) so that every topic receives about N/K articles (the balanced assignment of
   Sinkhorn-Knopp / entropic optimal transport, as in Cuturi 2013 and the equal-partition
   constraint of SwAV, Caron et al. 2020), in the first t E steps only (t = 5, 10, 20) and then
   free EM to step 30 (plus 10 more free steps for t = 20), or in all 30 steps (then the main
   topic is the argmax of the balanced responsibilities).
3. Deterministic annealing EM (Ueda & Nakano 1998, "Deterministic annealing EM algorithm",
   Neural Networks 11): the E step uses (pi_k p(x|k))^beta, beta rising geometrically from
   beta0 to 1 over n steps, then 10 steps at beta = 1. The article log-likelihood gaps between
   the first and second topic are large here (median about 50 nats), so beta0 down to 0.005 is
   tried besides the suggested 0.1 and 0.05.
4. Split-and-merge EM (SMEM; Ueda, Nakano, Ghahramani & Hinton 2000, Neural Computation 12):
   from the converged mixture (50 steps), candidate (merge i, j; split k) triples are ranked
   by the merge criterion (cosine of the two topics' posterior vectors over articles) and a
   split criterion; the merged topic starts from R_i + R_j, the split topic's articles
   (argmax k) are divided by a 2-means (spherical k-means on their TF-IDF rows, fixed seed,
   10 starts) into two topics, partial EM (10 steps, only the three changed topics, each
   article's total mass on them fixed) then full EM (40 steps) follow, and the first candidate
   (of C, in rank order: the sum of the merge rank and split rank, ties by merge rank) whose
   total log-likelihood exceeds the current one is accepted; repeated until no candidate is
   accepted (at most 20 rounds). Split criteria: 'kl' = Ueda's local Kullback-Leibler
   divergence between the topic's posterior-weighted article distribution and its model
   density (per token here, as articles differ in length); 'entropy' = the mean posterior
   entropy of the topic's articles; 'loglik' = the lowest mean log-likelihood per token
   (weighted by the posterior). C = 5 or 15. Also exhaustively: all 36 x 7 = 252 triples
   tried each round and the best accepted if it raises the likelihood (this row also prints
   the best triple's likelihood change in the first round).
5. Over-cluster, then merge down to K = 9 (a standard remedy for one category taking two
   components: fit more components than groups and merge them; Hennig 2010, "Methods for
   merging Gaussian mixture components", ADAC 4; Baudry, Raftery, Celeux, Lo & Gottardo 2010,
   "Combining mixture components for clustering", JCGS 19): NMF and the mixture with K' = 10,
   11, 12, 15 topics (same seeds), then pairs merged greedily until 9 remain, by (a) the least
   loss of log-likelihood of the pooled term counts (the agglomerative information bottleneck
   of Slonim & Tishby 1999: the weighted Jensen-Shannon divergence of the two topics' term
   distributions) or (b) Baudry et al.'s entropy criterion (the merge that lowers the
   posterior entropy the most); the merged responsibilities then start 30 steps of EM at K = 9.

Last line, a diagnostic and not a variant (it uses the categories as EM's start; nothing is
chosen by it): EM started from one topic per category, and its log-likelihood against the
mixture reached from NMF, to see whether the category partition is a fixed point of higher
likelihood that a better search could reach.

Run from the repository root (reads only; about 2-3 minutes on 2 CPUs):
    .venv/bin/python docs/topics_tuning_addendum15.py
"""

import sys
import time
from pathlib import Path

import numpy as np
from scipy.special import logsumexp
from sklearn.cluster import KMeans
from sklearn.metrics import normalized_mutual_info_score
from sklearn.preprocessing import normalize

sys.path.insert(0, str(Path(__file__).parent))
from topics_tuning_addendum10 import SEEDS, dev_half, em

from framelab.topics import model as topics
from framelab.topics.mixture import _posterior, log_counts

ALPHA, N_ITER = 0.1, 30  # the mixture option's settings (addendum 9)
BASE_LL = []  # the plain mixture's total log-likelihood per seed (30 steps)


def row(name, labels, y, lls=None):
    """One table row: median of seeds 0-2 | median (range) of 0-9 [median change of the
    log-likelihood against the plain mixture of the same seed]."""
    s = [normalized_mutual_info_score(y, lab) for lab in labels]
    extra = ""
    if lls is not None:
        extra = f"  [dLL median {np.median(np.subtract(lls, BASE_LL)):+.0f}]"
    print(
        f"{name}: {np.median(s[:3]):.3f} | {np.median(s):.3f} ({min(s):.3f}-{max(s):.3f}){extra}",
        flush=True,
    )
    return s


# --- the mixture, with the variants' switches ------------------------------------------------


def start_resp(start):
    R = np.nan_to_num(np.asarray(start, dtype=np.float64), nan=0.0)
    R = R + (R.sum(1, keepdims=True) == 0)
    return R / R.sum(1, keepdims=True)


def m_step(W, R, alpha=ALPHA, prior="learned"):
    K = R.shape[1]
    if prior == "learned":
        p = R.sum(0) + 1.0
        log_prior = np.log(p / p.sum())
    else:  # uniform
        log_prior = np.full(K, -np.log(K))
    terms = np.asarray((W.T @ R).T) + alpha
    log_theta = np.log(terms / terms.sum(1, keepdims=True))
    return log_theta, log_prior


def loglik(W, log_theta, log_prior):
    return np.asarray(W @ log_theta.T) + log_prior


def sinkhorn(L, n_iter):
    """Responsibilities from log-likelihoods L with every column summing to N/K (approximately,
    after n_iter alternations) and every row to 1."""
    N, K = L.shape
    logR = L - logsumexp(L, 1, keepdims=True)
    target = np.log(N / K)
    for _ in range(n_iter):
        logR = logR + (target - logsumexp(logR, 0, keepdims=True))
        logR = logR - logsumexp(logR, 1, keepdims=True)
    return np.exp(logR)


def mixture(W, R, n_iter=N_ITER, prior="learned", balance=0, sk_iter=5, betas=None):
    """EM from responsibilities R. balance: E steps (the first ones) that are Sinkhorn-balanced;
    betas: a temperature per step (deterministic annealing). Returns the last responsibilities,
    the data's total log-likelihood under the last M step, and that M step."""
    R = start_resp(R)
    for it in range(n_iter):
        log_theta, log_prior = m_step(W, R, prior=prior)
        L = loglik(W, log_theta, log_prior)
        beta = 1.0 if betas is None else betas[it]
        R = sinkhorn(beta * L, sk_iter) if it < balance else _posterior(beta * L)
    return R, float(logsumexp(L, 1).sum()), (log_theta, log_prior)


def anneal(beta0, n):
    return list(np.geomspace(beta0, 1.0, n)) + [1.0] * 10


# --- SMEM -------------------------------------------------------------------------------------


def split_criteria(W, R, log_theta):
    """Per topic: higher = worse local fit, for the three criteria."""
    tokens = np.asarray(W.sum(1)).ravel()
    tokens[tokens == 0] = 1
    doc_ll = np.asarray(W @ log_theta.T)  # N x K, log p(x_n | k) (without the prior)
    per_token = doc_ll / tokens[:, None]
    mass = R.sum(0) + 1e-12
    f = R / mass  # the topic's local (posterior-weighted) distribution over articles
    with np.errstate(divide="ignore", invalid="ignore"):
        kl = np.where(f > 0, f * (np.log(f) - per_token), 0).sum(0)
        ent = -np.where(R > 0, R * np.log(R), 0).sum(1)
    entropy = (R * ent[:, None]).sum(0) / mass
    low_ll = -(R * doc_ll).sum(0) / (R * tokens[:, None]).sum(0)
    return {"kl": kl, "entropy": entropy, "loglik": low_ll}


def two_means(Xn, members):
    km = KMeans(2, n_init=10, random_state=0).fit(Xn[members])
    return km.labels_


def propose(R, Xn, i, j, k):
    """Merge i and j into slot i; split k into slots j and k by a 2-means of its articles."""
    R = R.copy()
    R[:, i] += R[:, j]
    members = np.flatnonzero(R.argmax(1) == k)
    rk = R[:, k].copy()
    share = np.full(len(R), 0.5)
    if len(members) >= 2:
        lab = two_means(Xn, members)
        share[members] = lab.astype(float)
    R[:, j] = rk * share
    R[:, k] = rk * (1 - share)
    return R


def partial_em(W, R, S, n_iter=10):
    mass = R[:, S].sum(1, keepdims=True)
    for _ in range(n_iter):
        log_theta, log_prior = m_step(W, R)
        L = loglik(W, log_theta, log_prior)[:, S]
        R = R.copy()
        R[:, S] = mass * _posterior(L)
    return R


def smem(W, Xn, start, crit="kl", n_cand=5, max_rounds=20):
    R, ll, (log_theta, _) = mixture(W, start, 50)
    K = R.shape[1]
    accepted, gaps = 0, []  # gaps: the best candidate's log-likelihood change (exhaustive)
    for _ in range(max_rounds):
        Pn = normalize(R.T)  # topics x articles, unit rows
        cos = Pn @ Pn.T
        pairs = sorted(((i, j) for i in range(K) for j in range(i + 1, K)), key=lambda p: -cos[p])
        split_rank = np.argsort(-split_criteria(W, R, log_theta)[crit])
        cands = []
        for mr, (i, j) in enumerate(pairs):
            for sr, k in enumerate(split_rank):
                if k not in (i, j):
                    cands.append((mr + sr, mr, i, j, int(k)))
        cands.sort()
        if n_cand is None:  # exhaustive: every triple, the best one accepted if it improves
            best = None
            for _, _, i, j, k in cands:
                Rp = partial_em(W, propose(R, Xn, i, j, k), [i, j, k])
                Rn, lln, (lt, _) = mixture(W, Rp, 40)
                if best is None or lln > best[1]:
                    best = (Rn, lln, lt)
            gaps.append(best[1] - ll)
            if best[1] > ll + 1e-6:
                R, ll, log_theta = best
                accepted += 1
                continue
            break
        for _, _, i, j, k in cands[:n_cand]:
            Rp = partial_em(W, propose(R, Xn, i, j, k), [i, j, k])
            Rn, lln, (lt, _) = mixture(W, Rp, 40)
            if lln > ll + 1e-6:
                R, ll, log_theta = Rn, lln, lt
                accepted += 1
                break
        else:
            break
    return R, ll, accepted, gaps


# --- over-cluster and merge -------------------------------------------------------------------


def merge_down(W, R, k, how):
    """Greedy merges of responsibility columns until k remain."""
    R = R.copy()
    while R.shape[1] > k:
        K = R.shape[1]
        best, pair = np.inf, None
        if how == "aib":
            C = np.asarray((W.T @ R).T) + ALPHA  # expected term counts per topic
            n = C.sum(1)
            P = C / n[:, None]
            for a in range(K):
                for b in range(a + 1, K):
                    Pab = (C[a] + C[b]) / (n[a] + n[b])
                    loss = (
                        n[a] * (P[a] * np.log(P[a] / Pab)).sum()
                        + n[b] * (P[b] * np.log(P[b] / Pab)).sum()
                    )
                    if loss < best:
                        best, pair = loss, (a, b)
        else:  # Baudry et al.'s entropy criterion: the largest drop of the entropy
            with np.errstate(divide="ignore", invalid="ignore"):
                xlogx = np.where(R > 0, R * np.log(R), 0)
                for a in range(K):
                    for b in range(a + 1, K):
                        s = R[:, a] + R[:, b]
                        gain = (np.where(s > 0, s * np.log(s), 0) - xlogx[:, a] - xlogx[:, b]).sum()
                        if -gain < best:
                            best, pair = -gain, (a, b)
        a, b = pair
        R[:, a] += R[:, b]
        R = np.delete(R, b, axis=1)
    return R


def main() -> None:
    t0 = time.time()
    X, counts, y, b = dev_half()
    k = b["k"]
    W = log_counts(counts)
    Xn = normalize(X)
    starts = [
        topics.TopicModel(k=k, random_state=s, init=b["init"]).fit(X).transform(X) for s in SEEDS
    ]
    print("variant: NMI median of seeds 0-2 | median of 0-9 (range)  [median dLL vs mixture]")
    row("0. NMF (shipped)", [np.nan_to_num(S, nan=-1).argmax(1) for S in starts], y)
    ref = [em(W, S) for S in starts]
    base = [mixture(W, S) for S in starts]
    for (R1, ll1), (R2, ll2, _) in zip(ref, base, strict=True):
        assert np.allclose(R1, R2) and np.isclose(ll1, ll2), "own EM differs from addendum 10's"
    BASE_LL.extend(ll for _, ll, _ in base)
    row(
        "0. mixture, log counts, smoothing 0.1, 30 steps (addendum 9)",
        [R.argmax(1) for R, _ in ref],
        y,
        [ll for _, ll in ref],
    )
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    def run(name, fits, same_model=True):
        row(name, [R.argmax(1) for R, *_ in fits], y, [f[1] for f in fits] if same_model else None)

    # 1. uniform mixing weights
    for n in (30, 100):
        run(f"1. uniform pi, {n} steps", [mixture(W, S, n, prior="uniform") for S in starts], False)
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 2. balanced (Sinkhorn) E step
    for sk in (1, 3, 10):
        for t in (5, 10, 20):
            run(
                f"2. Sinkhorn E step ({sk} iter.), first {t} steps, then free EM to 30",
                [mixture(W, S, 30, balance=t, sk_iter=sk) for S in starts],
            )
        run(
            f"2. Sinkhorn E step ({sk} iter.), first 20 steps, then free EM to 40",
            [mixture(W, S, 40, balance=20, sk_iter=sk) for S in starts],
        )
        run(
            f"2. Sinkhorn E step ({sk} iter.), all 30 steps (balanced argmax)",
            [mixture(W, S, 30, balance=30, sk_iter=sk) for S in starts],
            False,
        )
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 3. deterministic annealing
    for n in (30, 60):
        for beta0 in (0.1, 0.05, 0.02, 0.01, 0.005):
            betas = anneal(beta0, n)
            run(
                f"3. annealing, beta {beta0} -> 1 over {n} steps, +10 at 1",
                [mixture(W, S, len(betas), betas=betas) for S in starts],
            )
    print(f"[{time.time() - t0:.0f} s]", flush=True)

    # 4. SMEM
    for crit in ("kl", "entropy", "loglik"):
        for n_cand in (5, 15):
            fits = [smem(W, Xn, S, crit, n_cand) for S in starts]
            acc = [f[2] for f in fits]
            run(
                f"4. SMEM, split by {crit}, {n_cand} candidates (accepted moves: median "
                f"{np.median(acc):.0f}, {min(acc)}-{max(acc)})",
                fits,
            )
            print(f"[{time.time() - t0:.0f} s]", flush=True)
    fits = [smem(W, Xn, S, "kl", None) for S in starts]
    acc = [f[2] for f in fits]
    first = [f[3][0] for f in fits]
    run(
        f"4. SMEM, all 252 triples tried, the best accepted if it raises the likelihood "
        f"(accepted moves: median {np.median(acc):.0f}, {min(acc)}-{max(acc)}; best triple's "
        f"log-likelihood change in round 1: median {np.median(first):+.0f}, "
        f"{min(first):+.0f} to {max(first):+.0f})",
        fits,
    )
    print(f"[{time.time() - t0:.0f} s]", flush=True)
    plain50 = [mixture(W, S, 50) for S in starts]
    run("4. (reference: plain mixture, 50 steps, SMEM's starting point)", plain50)

    # 5. over-cluster and merge down to 9
    for kk in (10, 11, 12, 15):
        big = [
            mixture(W, topics.TopicModel(k=kk, random_state=s, init=b["init"]).fit(X).transform(X))[
                0
            ]
            for s in SEEDS
        ]
        row(f"5. mixture at K' = {kk} (not merged; for reference)", [R.argmax(1) for R in big], y)
        for how in ("aib", "entropy"):
            fits = [mixture(W, merge_down(W, R, k, how)) for R in big]
            run(f"5. K' = {kk}, merged to 9 by {how}, then 30 steps of EM", fits)
        print(f"[{time.time() - t0:.0f} s]", flush=True)

    # Diagnostic, not a variant (it uses the categories as a start; nothing is chosen by it):
    # EM (50 steps) started from one topic per category, to see whether the category partition
    # is a fixed point of higher likelihood than the one EM reaches from NMF.
    cats = sorted(set(y))
    onehot = np.array([[c == t for t in cats] for c in y], dtype=float)
    Ro, llo, _ = mixture(W, onehot, 50)
    print(
        f"diagnostic: EM started from the categories themselves, 50 steps: NMI "
        f"{normalized_mutual_info_score(y, Ro.argmax(1)):.3f}, log-likelihood change against "
        f"the mixture from NMF: median {np.median(llo - np.array(BASE_LL)):+.0f} "
        f"({min(llo - np.array(BASE_LL)):+.0f} to {max(llo - np.array(BASE_LL)):+.0f})"
    )
    print(f"total {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
