"""Small SVG bar charts for the report (no plotting library needed)."""

from __future__ import annotations

from html import escape


def bar_chart(title: str, bars: list[tuple[str, float]], *, unit: str = "", width: int = 720) -> str:
    """A horizontal bar chart: one labelled bar per (label, value)."""
    row, label_width, top = 20, 190, 34
    height = top + row * len(bars) + 10
    largest = max((value for _, value in bars), default=1) or 1
    span = width - label_width - 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (label, value) in enumerate(bars):
        y = top + index * row
        length = max(1.0, span * value / largest)
        text = f"{value:g}{unit}"
        parts.append(f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 6}" fill="#4c72b0"/>')
        parts.append(f'<text x="{label_width + length + 5:.1f}" y="{y + 13}">{escape(text)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
