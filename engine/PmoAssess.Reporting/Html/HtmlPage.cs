namespace PmoAssess.Reporting.Html;

/// <summary>
/// The self-contained page around the rendered report: no scripts, fonts, images or styles from anywhere
/// but the page itself, and a Content-Security-Policy that forbids them, so the file opens the same offline,
/// attached to an email, or printed to PDF from a browser.
/// </summary>
internal static class HtmlPage
{
    // default-src 'none' blocks scripts, frames, fonts, images and fetches; inline styles stay (the stylesheet
    // below and Markdig's table alignment attributes); base-uri and form-action are not covered by default-src.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private const string Style = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: #1f2328; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px; line-height: 1.5; }
        main { max-width: 76rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1, h2, h3, h4 { line-height: 1.25; margin: 1.75em 0 0.5em; }
        h1 { font-size: 2rem; margin-top: 0; }
        h2 { font-size: 1.5rem; padding-bottom: 0.3em; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1.25rem; }
        h4 { font-size: 1.05rem; }
        p, ul, ol { margin: 0 0 1em; }
        li + li { margin-top: 0.25em; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
        table { display: block; width: max-content; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 0 0 1.25em; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #d0d7de; padding: 0.35em 0.7em; text-align: left; vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; }
        td:first-child { white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f6f8fa; }
        .chart { margin: 0 0 1.5em; }
        .chart svg { display: block; max-width: 100%; height: auto; }
        .chart text { font-family: inherit; font-size: 13px; fill: #1f2328; }
        .chart figcaption { margin-top: 0.25em; font-size: 0.85rem; color: #57606a; }
        @media print {
          @page { margin: 15mm; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { font-size: 10pt; }
          main { max-width: none; margin: 0; padding: 0; }
          h2 { break-before: page; }
          main > h2:first-of-type { break-before: auto; }
          h2, h3, h4 { break-after: avoid; }
          table { display: table; width: 100%; max-width: none; overflow: visible; font-size: 8.5pt; }
          thead { display: table-header-group; }
          tr, .chart { break-inside: avoid; }
          td { overflow-wrap: anywhere; }
        }
        """;

    public static void WriteStart(TextWriter page, string title, string generator)
    {
        page.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityPolicy + "\">\n");
        page.Write("<meta name=\"generator\" content=\"" + HtmlText.Encode(generator) + "\">\n");
        page.Write("<title>" + HtmlText.Encode(title) + "</title>\n");
        page.Write("<style>\n" + Style.ReplaceLineEndings("\n") + "\n</style>\n</head>\n<body>\n<main>\n");
    }

    public static void WriteEnd(TextWriter page) => page.Write("</main>\n</body>\n</html>\n");
}
