using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PmoAssess.Policy;

namespace PmoAssess.History;

/// <summary>
/// What identifies a run's findings from run to run, in their order, as one SHA-256 (lower-case hex): each finding's
/// rule, subject kind (as the store names it) and subject. Two runs with the same value have the same findings in the same
/// order, so none appeared or went away between them, and the last run's findings need not be read to know it: a gate
/// run again on unchanged data read the 362,000 findings of 100,000 projects back and compared every key for nothing.
/// </summary>
public static class FindingKeys
{
    // The texts are hashed a buffer at a time: a call to the hash for each of a million texts costs more than the hashing.
    private const int BufferSize = 64 * 1024;

    /// <summary>The keys of the findings a record of the assessment <paramref name="verdict"/> gave would list.</summary>
    public static string Sha256(PolicyVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return Sha256(new ReportedFindings(verdict.Findings, verdict));
    }

    /// <summary>The keys of <paramref name="findings"/>, in their order.</summary>
    public static string Sha256(IReadOnlyList<RecordedFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        var used = 0;
        for (var index = 0; index < findings.Count; index++)
        {
            var (rule, kind, subject) = KeyedFindings.KeyAt(findings, index);
            Append(rule);
            Append(StoreText.Name(kind));
            Append(subject);
        }

        hash.AppendData(buffer, 0, used);
        return Convert.ToHexStringLower(hash.GetHashAndReset());

        // Each text is its length and then its UTF-16 code units, so that no two lists of keys write the same bytes.
        void Append(string text)
        {
            var length = sizeof(int) + (text.Length * sizeof(char));
            if (used + length > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (length > buffer.Length)
                {
                    buffer = new byte[length];
                }
            }

            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(used), text.Length);
            MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(buffer.AsSpan(used + sizeof(int)));
            used += length;
        }
    }
}
