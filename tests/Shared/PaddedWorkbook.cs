using System.IO.Compression;
using System.Text;

namespace PmoAssess.Tests;

/// <summary>
/// A real .xlsx workbook (one sheet, <c>Projects</c>: a header <c>id</c>, <c>name</c> and two projects) whose sheet XML
/// carries as much whitespace between its rows as asked. Whitespace is valid there and deflate packs it about a thousand
/// to one, so a file of a few hundred kilobytes unpacks to hundreds of megabytes: a decompression bomb that is still a
/// valid workbook. Written in chunks, so building a large one takes no more memory than a small one.
/// </summary>
internal static class PaddedWorkbook
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";

    public static string Write(string path, long paddingBytes)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Projects" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");

        using var sheet = zip.CreateEntry(SheetPart, CompressionLevel.Optimal).Open();
        sheet.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" +
            Row(1, "id", "name")));
        var spaces = new byte[64 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var left = paddingBytes; left > 0; left -= spaces.Length)
        {
            sheet.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
        }

        sheet.Write(Encoding.UTF8.GetBytes(Row(2, "P-1", "Alpha") + Row(3, "P-2", "Beta") + "</sheetData></worksheet>"));
        return path;
    }

    private static string Row(int row, string id, string name)
    {
        var number = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "<row r=\"" + number + "\">" + Cell("A" + number, id) + Cell("B" + number, name) + "</row>";
    }

    private static string Cell(string reference, string text) => "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
