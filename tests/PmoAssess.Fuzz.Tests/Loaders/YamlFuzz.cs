namespace PmoAssess.Tests.Fuzz.Loaders;

/// <summary>YAML-ish tokens and the real files whose mutations the loaders are fuzzed with.</summary>
internal static class YamlFuzz
{
    public static readonly string[] Tokens =
    [
        "\n", "\n  ", "\n    ", "\n- ", "- ", ": ", ":", "key", "id", "rules", "sources", "fields", "when", "file", "entity", "'", "\"", "[", "]", "{", "}", ", ",
        "&x ", "*x", "!!str ", "!!binary ", "? ", "|\n  ", ">\n  ", "---\n", "...\n", "%YAML 1.2\n", "#", "<<: ", "\t",
    ];

    public static string Read(params string[] path) => File.ReadAllText(RepositoryRoot.Combine(path));
}
