using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Fuzz.Tables;

/// <summary>The workbook reader on arbitrary bytes, on a valid workbook with bytes flipped, and with its XML parts edited.</summary>
public sealed class XlsxTableFuzzTests : IDisposable
{
    private static readonly byte[] Valid = Workbook.Bytes();

    private static readonly string[] XmlTokens =
    [
        "<", ">", "/>", "</row>", "<row r=\"0\">", "<row r=\"4294967295\">", "<c r=\"XFD1\" t=\"s\"><v>99</v></c>", "<c r=\"A1\" t=\"s\"><v>-1</v></c>",
        "<c t=\"b\"><v>x</v></c>", "<c t=\"d\"><v>nope</v></c>", "<c s=\"99999\"><v>1e400</v></c>", "<c t=\"inlineStr\"><is><t>x</t></is></c>",
        "&amp;", "&bogus;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "r=\"\"", "\"", "count=\"-1\"", "<v></v>", "<si><t>", "</si>",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 200)]
    public Property Read_ArbitraryBytes_ReadsOrRefusesWithLocation() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
            HostileInput.ReadsOrRefusesWithLocation(() => Read(bytes), HostileInput.Escape(bytes)));

    [Property(MaxTest = 200)]
    public Property Read_WorkbookWithBytesChanged_ReadsOrRefusesWithLocation() =>
        Prop.ForAll(Flips().ToArbitrary(), flips =>
        {
            var bytes = (byte[])Valid.Clone();
            foreach (var (at, value) in flips)
            {
                bytes[at % bytes.Length] = value;
            }

            return HostileInput.ReadsOrRefusesWithLocation(() => Read(bytes), string.Join(";", flips));
        });

    [Property(MaxTest = 200)]
    public Property Read_WorkbookWithPartsEdited_ReadsOrRefusesWithLocation() =>
        Prop.ForAll(Gen.Elements(Workbook.Parts).Zip(Mutations.Soup(XmlTokens)).Zip(Gen.Choose(0, int.MaxValue)).ToArbitrary(), edit =>
        {
            var ((part, insert), at) = edit;
            return HostileInput.ReadsOrRefusesWithLocation(() => Read(Workbook.WithPartEdited(Valid, part, insert, at)), part + " @" + at + ": " + insert);
        });

    private static Gen<(int, byte)[]> Flips() =>
        Gen.Choose(0, int.MaxValue).Zip(ArbMap.Default.GeneratorFor<byte>()).ArrayOf().Where(flips => flips.Length > 0);

    private void Read(byte[] bytes)
    {
        var path = _folder.Combine(Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllBytes(path, bytes);
        TableFuzz.ReadAll(path, new TableOptions());
    }

    /// <summary>A small valid workbook, and the same with one of its XML parts edited (the zip itself stays valid).</summary>
    internal static class Workbook
    {
        public static readonly string[] Parts = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];

        public static byte[] Bytes()
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
                Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
                Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Projects" sheetId="1" r:id="rId1"/></sheets></workbook>""");
                Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
                Add(zip, "xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>id</t></si><si><t>name</t></si><si><r><t>Alpha</t></r><r><t> One</t></r></si></sst>""");
                Add(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>""");
                Add(zip, "xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>start</t></is></c></row><row r="3"><c r="A3"><v>1.5</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" s="1"><v>45000</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c></row></sheetData></worksheet>""");
            }

            return buffer.ToArray();
        }

        public static byte[] WithPartEdited(byte[] workbook, string part, string insert, int at) =>
            WithPartEdited(workbook, part, text =>
            {
                var index = at % (text.Length + 1);
                return text[..index] + insert + text[index..];
            });

        public static byte[] WithPartEdited(byte[] workbook, string part, Func<string, string> edit)
        {
            using var buffer = new MemoryStream();
            buffer.Write(workbook);
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry(part)!;
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                entry.Delete();
                Add(zip, part, edit(text));
            }

            return buffer.ToArray();
        }

        private static void Add(ZipArchive zip, string name, string xml)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(xml));
        }
    }
}
