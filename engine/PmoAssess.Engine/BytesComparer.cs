using System.Buffers.Binary;
using System.Numerics;

namespace PmoAssess;

/// <summary>
/// Compares byte arrays by their bytes, and looks them up by a span of bytes without copying it: for pools of text
/// kept as UTF-8 and found by the bytes a reader decoded (a CSV file's cells, a history store's messages).
/// </summary>
public sealed class BytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
{
    /// <summary>The one comparer.</summary>
    public static readonly BytesComparer Instance = new();

    private BytesComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

    /// <inheritdoc />
    public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

    /// <inheritdoc />
    public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

    /// <inheritdoc />
    // Eight bytes at a time: HashCode.AddBytes mixes four at a time and took most of a CSV cell's lookup. Seeded per
    // process, as HashCode is, so that a file cannot be written to collide.
    public int GetHashCode(ReadOnlySpan<byte> alternate)
    {
        var hash = Seed ^ (ulong)alternate.Length;
        while (alternate.Length >= sizeof(ulong))
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(alternate));
            alternate = alternate[sizeof(ulong)..];
        }

        var tail = 0UL;
        foreach (var b in alternate)
        {
            tail = (tail << 8) | b;
        }

        hash = Mix(hash ^ tail);
        return (int)(hash ^ (hash >> 32));
    }

    /// <inheritdoc />
    public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

    private static ulong Mix(ulong value) => BitOperations.RotateLeft(value * 0x9E3779B97F4A7C15UL, 31) * 0xC2B2AE3D27D4EB4FUL;

    private static readonly ulong Seed = (ulong)(uint)HashCode.Combine(0) << 32 | (uint)HashCode.Combine(1);
}
