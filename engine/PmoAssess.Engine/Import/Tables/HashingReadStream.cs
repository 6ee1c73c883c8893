using System.Security.Cryptography;

namespace PmoAssess.Import.Tables;

/// <summary>
/// A read-only, forward-only stream that hashes every byte read through it, so a file's SHA-256 comes from the
/// very bytes that were parsed, in the same pass.
/// </summary>
internal sealed class HashingReadStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _sha256;

    public HashingReadStream(Stream inner) => _inner = inner;

    /// <summary>The SHA-256 of the bytes read, lower-case hex; <c>null</c> until the end of the stream has been read.</summary>
    public string? Sha256 => _sha256;

    /// <summary>Reads whatever is left, so that the hash covers the whole file even if the parser stopped early.</summary>
    public void ReadToEnd()
    {
        Span<byte> buffer = stackalloc byte[4096];
        while (Read(buffer) > 0)
        {
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Hash(buffer[..read], asked: buffer.Length);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken);
        Hash(buffer.Span[..read], asked: buffer.Length);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Hash(ReadOnlySpan<byte> bytes, int asked)
    {
        if (_sha256 is not null || asked == 0)
        {
            return;
        }

        if (bytes.IsEmpty)
        {
            // No bytes for a buffer with room means the end of the stream.
            _sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
            return;
        }

        _hash.AppendData(bytes);
    }
}
