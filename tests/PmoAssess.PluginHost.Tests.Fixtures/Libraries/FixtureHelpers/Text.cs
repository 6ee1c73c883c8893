namespace PmoAssess.Fixtures.Helpers;

/// <summary>A helper a plugin's rule calls: its assembly must travel with the plugin.</summary>
public static class Text
{
    /// <summary>Whether <paramref name="value"/> is missing or only white space.</summary>
    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
