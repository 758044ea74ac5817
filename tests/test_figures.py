"""Paper figures: saved as vector SVG at print size, text as paths, no label below 7 pt."""

import re

import pandas as pd

from framelab.viz import paper, style

ROWS = paper.Rows(("RU1", "W1", "W2"), {"RU1": "#0072B2", "W1": "#D55E00", "W2": "#D55E00"})


def _stance_fig():
    table = pd.DataFrame(
        {
            "row": ["RU1", "W1", "W1", "W2"],
            "target": ["Kursk recaptured"] * 4,
            "label": ["endorse", "report", "contest", "distance"],
            "n": [1, 1, 1, 1],
        }
    )
    return paper.stance_bars(table, ROWS, ["Kursk recaptured"])


def _heat_fig():
    v = pd.DataFrame({"RU1": [1.0, float("nan")], "W1": [0.5, 0.5]}, index=["russian", "ukrainian"])
    return paper.heatmap(v, v.fillna(0).map(lambda x: f"{x:.0%}"), "share of words", vmax=1)


def test_every_label_is_at_least_7pt():
    for fig in (_stance_fig(), _heat_fig()):
        sizes = style.text_sizes(fig)
        assert sizes and min(s for _, s in sizes) >= style.MIN_FONT_PT, sizes


def test_stance_figure_draws_the_labels_it_is_given():
    texts = [t for t, _ in style.text_sizes(_stance_fig())]
    assert "RU1" in texts and "n = 2" in texts and "contest" in texts
    assert "stance (ordinal: endorse → contest)" in texts


def test_saved_svg_is_vector_with_text_as_paths_and_print_width(tmp_path):
    path = tmp_path / "f.svg"
    style.save(_heat_fig(), path)
    svg = path.read_text()
    assert "<image" not in svg  # no raster, colour bar included
    assert "<text" not in svg  # glyphs are paths: no font needed in Typst
    width_pt = float(re.search(r'width="([0-9.]+)pt"', svg).group(1))
    assert width_pt <= style.TEXT_WIDTH * 72 + 0.5


def test_saving_twice_gives_identical_bytes(tmp_path):
    style.save(_stance_fig(), tmp_path / "a.svg")
    style.save(_stance_fig(), tmp_path / "b.svg")
    a, b = ((tmp_path / n).read_bytes() for n in ("a.svg", "b.svg"))
    assert a == b and b"<dc:date>" not in a


def test_camp_colours_follow_the_study_order():
    assert style.camp_colours(["r", "w", "o"]) == {"r": "#0072B2", "w": "#D55E00", "o": "#009E73"}


def test_passage_heatmaps_draw_one_panel_per_article_with_its_topics_and_positions():
    from framelab.viz import diagnostic

    shares = pd.DataFrame(
        [
            (a, pos, topic, share)
            for a, n in (("b", 40), ("a", 2), ("c", 3))
            for pos in range(n)
            for topic, share in ((0, 0.25), (1, 0.75))
        ],
        columns=["article_id", "position", "topic", "share"],
    )
    fig = diagnostic.passage_heatmaps(shares, {0: "asyl", 1: "grenze"}, max_articles=2)
    a, b = fig.axes
    assert (a.get_ylabel(), b.get_ylabel()) == ("a", "b")
    assert [t.get_text() for t in a.get_yticklabels()] == ["asyl", "grenze"]
    assert [t.get_text() for t in a.get_xticklabels()] == ["0", "1"]
    assert [t.get_text() for t in b.get_xticklabels()] == [str(p) for p in range(0, 40, 2)]
    assert b.collections[0].get_array().reshape(2, 40)[1, 0] == 0.75


def test_the_diagnostic_palette_is_seaborns_colorblind_palette():
    import seaborn

    from framelab.viz import diagnostic

    for n in (3, 12):
        assert diagnostic.colorblind(n) == list(seaborn.color_palette("colorblind", n))


def test_keyness_panels_wrap_three_to_a_row():
    from framelab.viz import diagnostic

    table = pd.DataFrame(
        [(g, f"wort{i}", 3.0 - i, i == 0) for g in "abcde" for i in range(3)],
        columns=["group", "term", "z", "robust"],
    )
    fig = diagnostic.keyness_plot(table)
    shown = [ax for ax in fig.axes if ax.get_visible()]
    assert len(fig.axes) == 6 and [ax.get_title() for ax in shown] == list("abcde")
    assert fig.get_size_inches()[1] == 6  # two rows of 3 in


def test_k_sweep_draws_the_stability_threshold_inside_the_axis():
    table = pd.DataFrame(
        dict(
            k=[2, 3, 4],
            npmi=[0.1, 0.2, 0.15],
            diversity=[0.9, 0.8, 0.7],
            stability=[0.3, 0.4, 0.35],
        )
    )
    stability = paper.sweep(table, 3, 0.5).axes[2]
    dotted = [line for line in stability.get_lines() if line.get_linestyle() == ":"]
    assert [list(line.get_ydata()) for line in dotted] == [[0.5, 0.5]]
    assert stability.get_ylim()[1] >= 0.52
