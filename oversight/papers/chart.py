"""The chart of open findings by portfolio and status: one geometry, drawn as SVG (page, PDF) and PNG (Word).

The paper always prints the same figures as a table beside it, so the chart needs no text
alternative beyond a title.
"""

import io

from PIL import Image, ImageDraw, ImageFont

# GOV.UK palette colours, one per active status (open, in progress, awaiting sign-off, submitted).
COLOURS = ["#505a5f", "#1d70b8", "#f47738", "#00703c", "#912b88", "#d4351c"]
LABEL_WIDTH = 200
BAR_AREA = 420
ROW_HEIGHT = 28
BAR_HEIGHT = 18
TOP = 10
LEGEND_ROW = 22


def geometry(open_findings):
    """Rectangles, labels and a legend for stacked horizontal bars, in SVG user units."""
    rows = open_findings["rows"]
    biggest = max((r["total"] for r in rows), default=0) or 1
    scale = BAR_AREA / biggest
    bars = []
    for i, row in enumerate(rows):
        y = TOP + i * ROW_HEIGHT
        x = LABEL_WIDTH
        segments = []
        for j, count in enumerate(row["counts"]):
            width = count * scale
            if count:
                segments.append({"x": round(x, 1), "width": round(width, 1), "colour": COLOURS[j % len(COLOURS)]})
            x += width
        bars.append({
            "label": row["portfolio"],
            "label_y": y + BAR_HEIGHT - 4,
            "y": y,
            "segments": segments,
            "total": row["total"],
            "total_x": round(x + 6, 1),
        })
    legend_top = TOP + len(rows) * ROW_HEIGHT + 10
    legend = [
        {"label": label, "colour": COLOURS[j % len(COLOURS)], "y": legend_top + j * LEGEND_ROW}
        for j, label in enumerate(open_findings["statuses"])
    ]
    height = legend_top + len(legend) * LEGEND_ROW + 4
    return {
        "width": LABEL_WIDTH + BAR_AREA + 60,
        "height": height,
        "bar_height": BAR_HEIGHT,
        "label_x": LABEL_WIDTH - 8,
        "legend_x": LABEL_WIDTH,
        "bars": bars,
        "legend": legend,
        "alt": alt_text(open_findings),
    }


def png(open_findings, scale=2):
    """The same chart as a PNG for Word, which has no portable SVG support."""
    g = geometry(open_findings)
    image = Image.new("RGB", (g["width"] * scale, g["height"] * scale), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=12 * scale)
    for bar in g["bars"]:
        y0, y1 = bar["y"] * scale, (bar["y"] + g["bar_height"]) * scale
        draw.text((g["label_x"] * scale, (bar["y"] + g["bar_height"] / 2) * scale), bar["label"][:30],
                  fill="black", font=font, anchor="rm")
        for seg in bar["segments"]:
            draw.rectangle([seg["x"] * scale, y0, (seg["x"] + seg["width"]) * scale, y1], fill=seg["colour"])
        draw.text((bar["total_x"] * scale, (y0 + y1) / 2), str(bar["total"]), fill="black", font=font, anchor="lm")
    for item in g["legend"]:
        y = item["y"] * scale
        draw.rectangle([g["legend_x"] * scale, y, (g["legend_x"] + 14) * scale, y + 14 * scale], fill=item["colour"])
        draw.text(((g["legend_x"] + 20) * scale, y + 7 * scale), item["label"], fill="black", font=font, anchor="lm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def alt_text(open_findings):
    """The chart in words, for screen readers (Word's alt text, the PDF figure's /Alt, the SVG's title)."""
    parts = [f"{row['portfolio']} {row['total']}" for row in open_findings["rows"]]
    held = "; ".join(parts) if parts else "none"
    return (f"Bar chart of the {open_findings['total']} findings open on {open_findings['as_at']}, by portfolio "
            f"and status: {held}. The table that follows gives every figure.")
