using System.Globalization;
using System.Text;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.Html;

/// <summary>
/// The trend of category levels over the last runs as inline SVG: one line per category, a point per run, runs along
/// the bottom (oldest left) and levels up the side, with a legend naming each line and its latest level. Category
/// names and labels enter only as encoded text.
/// </summary>
internal static class TrendChart
{
    private const int AxisLeft = 48;
    private const int PlotTop = 16;
    private const int PlotHeight = 200;
    private const int RunSpacing = 96;
    private const int MinPlotWidth = 320;
    private const int RightMargin = 56;
    private const int AxisHeight = 32;
    private const int LegendRow = 22;
    private const int CharWidth = 7;

    // Distinct on white and in greyscale print; a ninth category repeats the first colour.
    private static readonly string[] Colours = ["#2f6fb0", "#b3261e", "#2e7d32", "#8e24aa", "#ef6c00", "#00838f", "#6d4c41", "#c2185b"];

    /// <summary>The chart as a <c>&lt;figure&gt;</c>, or an empty string when there is no trend to draw (fewer than two runs).</summary>
    /// <param name="history">The comparison whose trend is drawn.</param>
    /// <param name="labels">Each run's label, as the Markdown's trend table names it.</param>
    /// <param name="top">The highest level on the axis.</param>
    public static string Render(HistoryComparison history, IReadOnlyList<string> labels, int top)
    {
        ArgumentNullException.ThrowIfNull(history);
        var trend = history.Trend;
        if (trend.Count < 2 || history.Levels.Count == 0)
        {
            return string.Empty;
        }

        top = Math.Max(1, top);
        // Labels sit centred under their run: the runs are spread so that no two labels touch.
        var labelWidth = (labels.Max(label => label.Length) * CharWidth) + 16;
        var plotLeft = Math.Max(AxisLeft, (labelWidth / 2) + 8);
        var plotWidth = Math.Max(MinPlotWidth, (trend.Count - 1) * Math.Max(RunSpacing, labelWidth));
        var width = plotLeft + plotWidth + Math.Max(RightMargin, (labelWidth / 2) + 8);
        var legendTop = PlotTop + PlotHeight + AxisHeight;
        var height = legendTop + (history.Levels.Count * LegendRow) + 8;
        decimal X(int run) => plotLeft + ((decimal)run * plotWidth / (trend.Count - 1));
        decimal Y(int level) => PlotTop + PlotHeight - ((decimal)Math.Clamp(level, 0, top) * PlotHeight / top);

        var svg = new StringBuilder(4096 + (history.Levels.Count * trend.Count * 160));
        svg.Append("<figure class=\"chart\">\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"trend-chart-title\" class=\"trend-chart\"")
            .Append(" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height)).Append("\">\n");
        svg.Append("<title id=\"trend-chart-title\">Maturity level per category over the last ").Append(Number(trend.Count)).Append(" assessments</title>\n");

        for (var level = 0; level <= top; level++)
        {
            var y = Number(Y(level));
            svg.Append("<line class=\"grid\" x1=\"").Append(Number(plotLeft)).Append("\" y1=\"").Append(y)
                .Append("\" x2=\"").Append(Number(plotLeft + plotWidth)).Append("\" y2=\"").Append(y).Append("\" stroke=\"#d0d7de\" stroke-width=\"1\"/>\n");
            svg.Append("<text class=\"axis\" x=\"").Append(Number(plotLeft - 10)).Append("\" y=\"").Append(Number(Y(level) + 4))
                .Append("\" text-anchor=\"end\">").Append(Number(level)).Append("</text>\n");
        }

        for (var run = 0; run < trend.Count; run++)
        {
            svg.Append("<text class=\"axis\" x=\"").Append(Number(X(run))).Append("\" y=\"").Append(Number(PlotTop + PlotHeight + 20))
                .Append("\" text-anchor=\"middle\">").Append(HtmlText.Encode(labels[run])).Append("</text>\n");
        }

        for (var index = 0; index < history.Levels.Count; index++)
        {
            AppendSeries(svg, history, labels, index, X, Y);
            AppendLegend(svg, history, index, plotLeft, legendTop + (index * LegendRow));
        }

        svg.Append("</svg>\n");
        svg.Append("<figcaption>Maturity level per category over the last ").Append(Number(trend.Count))
            .Append(" assessments, oldest first, from 0 to ").Append(Number(top)).Append("; a gap is a run that did not assess the category.</figcaption>\n");
        svg.Append("</figure>\n");
        return svg.ToString();
    }

    private static void AppendSeries(StringBuilder svg, HistoryComparison history, IReadOnlyList<string> labels, int index, Func<int, decimal> x, Func<int, decimal> y)
    {
        var category = history.Levels[index].Category;
        var colour = Colours[index % Colours.Length];
        // Categories on the same level would hide each other: each line sits a pixel or two off the others.
        var offset = (index - ((history.Levels.Count - 1) / 2m)) * Math.Min(2m, 8m / history.Levels.Count);
        svg.Append("<g class=\"series\" data-category=\"").Append(HtmlText.Encode(category)).Append("\">\n");

        // A line through consecutive assessed runs; a run that did not assess the category breaks it.
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" points=\"")
                    .AppendJoin(' ', segment).Append("\"/>\n");
            }

            segment.Clear();
        }

        for (var run = 0; run < history.Trend.Count; run++)
        {
            if (history.Trend[run].Levels[index] is { } level)
            {
                segment.Add(Number(x(run)) + "," + Number(y(level) + offset));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        for (var run = 0; run < history.Trend.Count; run++)
        {
            if (history.Trend[run].Levels[index] is { } level)
            {
                svg.Append("<circle cx=\"").Append(Number(x(run))).Append("\" cy=\"").Append(Number(y(level) + offset))
                    .Append("\" r=\"4\" fill=\"").Append(colour).Append("\"><title>")
                    .Append(HtmlText.Encode(category + ": level " + Number(level) + " on " + labels[run])).Append("</title></circle>\n");
            }
        }

        svg.Append("</g>\n");
    }

    private static void AppendLegend(StringBuilder svg, HistoryComparison history, int index, int left, int rowTop)
    {
        var level = history.Levels[index];
        var y = rowTop + (LegendRow / 2);
        svg.Append("<g class=\"legend\">\n");
        svg.Append("<line x1=\"").Append(Number(left)).Append("\" y1=\"").Append(Number(y)).Append("\" x2=\"").Append(Number(left + 24))
            .Append("\" y2=\"").Append(Number(y)).Append("\" stroke=\"").Append(Colours[index % Colours.Length]).Append("\" stroke-width=\"3\"/>\n");
        svg.Append("<text x=\"").Append(Number(left + 32)).Append("\" y=\"").Append(Number(y + 4)).Append("\">")
            .Append(HtmlText.Encode(level.Category + ": " + (level.After is { } now ? "level " + Number(now) : "not assessed")))
            .Append("</text>\n");
        svg.Append("</g>\n");
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
