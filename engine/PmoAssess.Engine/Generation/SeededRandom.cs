namespace PmoAssess.Generation;

/// <summary>
/// SplitMix64: a small, fast generator whose sequence is fixed by this code alone, so a seed gives the same data on every
/// .NET version and machine (System.Random's algorithm is an implementation detail). Not for security.
/// </summary>
internal struct SeededRandom
{
    private ulong _state;

    public SeededRandom(long seed, long stream) => _state = Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)stream));

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (Next64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Whether an event of probability <paramref name="probability"/> happens.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => min + (int)(NextDouble() * (max - min + 1));

    /// <summary>A double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Between(double min, double max) => min + NextDouble() * (max - min);

    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(NextDouble() * items.Count)];

    /// <summary>A Poisson-distributed count with mean <paramref name="mean"/> (Knuth's method; means here are small).</summary>
    public int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = NextDouble(); product > limit; product *= NextDouble())
        {
            count++;
        }

        return count;
    }

    /// <summary>The index of the band <paramref name="weights"/> (summing to at most 1) a uniform draw falls in; the last band takes the rest.</summary>
    public int Band(ReadOnlySpan<double> weights)
    {
        var draw = NextDouble();
        for (var index = 0; index < weights.Length - 1; index++)
        {
            draw -= weights[index];
            if (draw < 0)
            {
                return index;
            }
        }

        return weights.Length - 1;
    }

    private ulong Next64()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    private static ulong Mix(ulong value)
    {
        unchecked
        {
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
