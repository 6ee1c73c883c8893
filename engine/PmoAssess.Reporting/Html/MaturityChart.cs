using System.Globalization;
using System.Text;
using PmoAssess.Scoring;

namespace PmoAssess.Reporting.Html;

/// <summary>
/// The maturity section's bar chart as inline SVG: one bar per category, its length the level reached out
/// of the methodology's top level, a dashed mark at the target when there is one. Drawn from the scores
/// alone; category and level names enter only as encoded text, so no user-typed markup reaches the page.
/// </summary>
internal static class MaturityChart
{
    private const int PlotWidth = 400;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const int AxisHeight = 28;
    private const int ValueWidth = 150;
    private const int CharWidth = 7;
    private const int MaxLabelChars = 32;
    private const string BarColour = "#2f6fb0";
    private const string TargetColour = "#b3261e";

    /// <summary>The chart as a <c>&lt;figure&gt;</c>, or an empty string when the methodology has no categories.</summary>
    public static string Render(MaturityAssessment maturity)
    {
        ArgumentNullException.ThrowIfNull(maturity);
        var categories = maturity.Categories;
        if (categories.Count == 0)
        {
            return string.Empty;
        }

        var methodology = maturity.Methodology;
        var top = Math.Max(1, methodology.TopLevel);
        var labelWidth = (categories.Max(category => Shorten(category.Category.Name).Length) * CharWidth) + 16;
        var plotLeft = Math.Clamp(labelWidth, 80, (MaxLabelChars * CharWidth) + 16);
        var width = plotLeft + PlotWidth + ValueWidth;
        var height = AxisHeight + (categories.Count * RowHeight) + 8;
        var targets = categories.Any(category => category.Target is not null);

        var svg = new StringBuilder(2048 + (categories.Count * 512));
        svg.Append("<figure class=\"chart\">\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"maturity-chart-title\" class=\"maturity-chart\"")
            .Append(" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height)).Append("\">\n");
        svg.Append("<title id=\"maturity-chart-title\">Maturity level per category</title>\n");

        for (var level = 0; level <= top; level++)
        {
            var x = Number(plotLeft + ((decimal)level * PlotWidth / top));
            svg.Append("<line class=\"grid\" x1=\"").Append(x).Append("\" y1=\"").Append(Number(AxisHeight - 6))
                .Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(Number(height - 4)).Append("\" stroke=\"#d0d7de\" stroke-width=\"1\"/>\n");
            svg.Append("<text class=\"axis\" x=\"").Append(x).Append("\" y=\"").Append(Number(AxisHeight - 12))
                .Append("\" text-anchor=\"middle\">").Append(Number(level)).Append("</text>\n");
        }

        for (var index = 0; index < categories.Count; index++)
        {
            AppendCategory(svg, categories[index], methodology, top, plotLeft, AxisHeight + (index * RowHeight));
        }

        svg.Append("</svg>\n");
        svg.Append("<figcaption>Maturity level per category under ").Append(HtmlText.Encode(methodology.Name))
            .Append(", from 0 to ").Append(Number(top)).Append(targets ? "; the dashed marks are the targets." : ".").Append("</figcaption>\n");
        svg.Append("</figure>\n");
        return svg.ToString();
    }

    private static void AppendCategory(StringBuilder svg, CategoryScore category, Methodology methodology, int top, int plotLeft, int rowTop)
    {
        var name = category.Category.Name;
        var value = category.Level is { } level ? Number(level) + " " + methodology.LevelName(level) : "not assessed";
        var barTop = rowTop + ((RowHeight - BarHeight) / 2);
        var baseline = Number(rowTop + (RowHeight / 2) + 4);
        var barWidth = (decimal)Math.Clamp(category.Level ?? 0, 0, top) * PlotWidth / top;

        svg.Append("<g class=\"category\" data-category=\"").Append(HtmlText.Encode(name)).Append("\" data-level=\"")
            .Append(category.Level is { } reached ? Number(reached) : string.Empty).Append("\">\n");
        svg.Append("<title>").Append(HtmlText.Encode(name + ": " + value + (category.Target is { } goal ? ", target " + Number(goal) : string.Empty)))
            .Append("</title>\n");
        svg.Append("<text class=\"label\" x=\"").Append(Number(plotLeft - 8)).Append("\" y=\"").Append(baseline)
            .Append("\" text-anchor=\"end\">").Append(HtmlText.Encode(Shorten(name))).Append("</text>\n");
        svg.Append("<rect class=\"bar\" x=\"").Append(Number(plotLeft)).Append("\" y=\"").Append(Number(barTop))
            .Append("\" width=\"").Append(Number(barWidth)).Append("\" height=\"").Append(Number(BarHeight))
            .Append("\" rx=\"3\" fill=\"").Append(BarColour).Append("\"/>\n");
        if (category.Target is { } target)
        {
            var x = Number(plotLeft + ((decimal)Math.Clamp(target, 0, top) * PlotWidth / top));
            svg.Append("<line class=\"target\" x1=\"").Append(x).Append("\" y1=\"").Append(Number(barTop - 3))
                .Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(Number(barTop + BarHeight + 3))
                .Append("\" stroke=\"").Append(TargetColour).Append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n");
        }

        svg.Append("<text class=\"value\" x=\"").Append(Number(plotLeft + barWidth + 6)).Append("\" y=\"").Append(baseline).Append("\">")
            .Append(HtmlText.Encode(value)).Append("</text>\n");
        svg.Append("</g>\n");
    }

    /// <summary>Long names are cut so the chart keeps its shape; the full name is in the bar's tooltip and in the table.</summary>
    private static string Shorten(string name)
    {
        if (name.Length <= MaxLabelChars)
        {
            return name;
        }

        var cut = MaxLabelChars - 1;
        return name[..(char.IsHighSurrogate(name[cut - 1]) ? cut - 1 : cut)] + "…";
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
