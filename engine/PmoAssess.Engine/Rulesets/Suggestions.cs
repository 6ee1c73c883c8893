namespace PmoAssess.Rulesets;

/// <summary>"Did you mean" hints for misspelt keys, fields and functions.</summary>
public static class Suggestions
{
    /// <summary><c>"; did you mean 'x'?"</c> for the closest candidate within a few edits, or a full stop.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();
        return best is null ? "." : "; did you mean '" + best + "'?";
    }

    /// <summary>Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment): "Q-YSE" is one from "Q-YES".</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
