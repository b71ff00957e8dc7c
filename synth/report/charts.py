"""The report's charts, drawn with matplotlib as SVG whose bytes depend only on the figures."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams.update({"svg.hashsalt": "warp-synth", "svg.fonttype": "none", "font.size": 9})


def _svg(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def bar_chart(title: str, bars: list[tuple[str, float]], *, unit: str = "") -> str:
    """A horizontal bar chart: one labelled bar per (label, value), the first on top."""
    figure, axes = plt.subplots(figsize=(7, 0.6 + 0.22 * len(bars)))
    labels = [label for label, _ in bars][::-1]
    values = [value for _, value in bars][::-1]
    drawn = axes.barh(labels, values, color="#4c72b0")
    axes.bar_label(drawn, labels=[f"{v:g}{unit}" for v in values], padding=3)
    axes.set_title(title, loc="left", fontweight="bold")
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def grouped_bars(title: str, categories: list[str], series: dict[str, list[float]], *, xlabel: str, ylabel: str) -> str:
    """Vertical bars per category, one colour per series (a device)."""
    figure, axes = plt.subplots(figsize=(7, 3))
    width = 0.8 / max(1, len(series))
    for offset, (name, values) in enumerate(series.items()):
        axes.bar([i + offset * width for i in range(len(categories))], values, width, label=name)
    axes.set_xticks([i + width * (len(series) - 1) / 2 for i in range(len(categories))], categories, rotation=45, ha="right")
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    axes.set_title(title, loc="left", fontweight="bold")
    axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def stacked_shares(title: str, shares: dict[str, dict[str, float]]) -> str:
    """One horizontal bar per row (a device), split into its parts' shares (they add up to 1)."""
    figure, axes = plt.subplots(figsize=(7, 0.9 + 0.4 * len(shares)))
    parts = list(dict.fromkeys(part for row in shares.values() for part in row))
    left = [0.0] * len(shares)
    for part in parts:
        values = [row.get(part, 0.0) * 100 for row in shares.values()]
        drawn = axes.barh(list(shares), values, left=left, label=part.replace("_", " "))
        axes.bar_label(drawn, labels=[f"{v:.0f}%" if v >= 4 else "" for v in values], label_type="center", color="white")
        left = [a + b for a, b in zip(left, values)]
    axes.set_xlim(0, 100)
    axes.set_xlabel("% of the code's bytes")
    axes.set_title(title, loc="left", fontweight="bold")
    axes.legend(ncol=len(parts), frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.35))
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)
