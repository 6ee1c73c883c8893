namespace PmoAssess.Benchmarks;

/// <summary>The command lines of <c>compare</c>, <c>stages</c> and <c>profile</c>.</summary>
internal static class Arguments
{
    /// <summary>The value given after <paramref name="name"/> (<c>--repeat 3</c>), or <c>null</c> when it is not given.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
