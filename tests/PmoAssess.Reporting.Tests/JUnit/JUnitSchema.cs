using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace PmoAssess.Tests.Reporting.JUnit;

/// <summary>The Jenkins JUnit schema (junit-4.xsd), and validation that collects every warning and error it raises.</summary>
internal static class JUnitSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Parses and validates <paramref name="xml"/>; every validation event, warning or error, is returned.</summary>
    public static (XDocument Document, IReadOnlyList<string> Problems) Validate(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add(e.Severity + " at " + e.Exception.LineNumber + ":" + e.Exception.LinePosition + ": " + e.Message);
        using var stream = new MemoryStream(xml);
        using var reader = XmlReader.Create(stream, settings);
        return (XDocument.Load(reader, LoadOptions.SetLineInfo), problems);
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        set.ValidationEventHandler += (_, e) => throw new InvalidOperationException("The JUnit schema does not load: " + e.Message, e.Exception);
        using var reader = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Schemas", "jenkins-junit.xsd"));
        set.Add(targetNamespace: null, reader);
        set.Compile();
        return set;
    }
}
