using System.Text.Json;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.Sarif;

/// <summary>
/// Where a SARIF result's file is. Evidence names a file relative to the assessed folder; code scanning (GitHub, Azure
/// DevOps) resolves a relative URI from the root of the repository the job ran in, so the URI is the file's path from the
/// working directory when the assessed folder is under it (<c>samples/contoso/projects.csv</c>). Otherwise it is relative
/// to the base id <see cref="InputBaseId"/>, which the run's <c>originalUriBaseIds</c> gives as the folder's file URI.
/// </summary>
internal sealed class SarifArtifacts(SourceFolder? folder)
{
    /// <summary>The base id of files outside the working directory: the assessed folder.</summary>
    public const string InputBaseId = "INPUT";

    /// <summary>Writes the run's <c>originalUriBaseIds</c>, when its URIs need a base.</summary>
    public void WriteBaseIds(Utf8JsonWriter json)
    {
        if (folder?.AbsoluteUri is not { } root)
        {
            return;
        }

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(InputBaseId);
        json.WriteString("uri", root.AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes an <c>artifactLocation</c> for <paramref name="file"/>, a path relative to the assessed folder.</summary>
    public void WriteLocation(Utf8JsonWriter json, string file)
    {
        json.WriteStartObject("artifactLocation");
        if (folder?.AbsoluteUri is not null)
        {
            json.WriteString("uri", RelativeUri(file));
            json.WriteString("uriBaseId", InputBaseId);
        }
        else
        {
            json.WriteString("uri", RelativeUri(folder?.RelativePath is { Length: > 0 } path ? path + "/" + file : file));
        }

        json.WriteEndObject();
    }

    /// <summary>A relative URI reference: forward slashes, each segment percent-encoded as SARIF requires.</summary>
    private static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
