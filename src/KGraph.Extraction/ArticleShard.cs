using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KGraph.Extraction;

/// <summary>
/// Share <see cref="Number"/> of <see cref="Count"/> (numbered from 1) of a corpus, so that N machines
/// split it with no coordination. An article belongs to share 1 + h mod N, where h is the first
/// 8 bytes, big-endian, of the SHA-256 of its <see cref="ArticleFile.ShareKey"/> in UTF-8 (NFC, so a
/// file system that stores names decomposed agrees). It depends on that key alone: not on the order
/// of the inputs, nor on which other files there are.
/// </summary>
public sealed record ArticleShard(int Number, int Count)
{
    public static readonly ArticleShard Whole = new(1, 1);

    /// <summary>Reads <c>K/N</c>.</summary>
    /// <exception cref="FormatException">Not K/N with 1 ≤ K ≤ N; the message says what is wrong.</exception>
    public static ArticleShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryParseCount(parts[0], out var number) || !TryParseCount(parts[1], out var count))
            throw new FormatException($"--shard must be K/N, e.g. 2/4 for the second of four shares (got '{text}')");
        if (count < 1) throw new FormatException($"--shard {text}: N, the number of shares, must be at least 1");
        if (number < 1 || number > count) throw new FormatException($"--shard {text}: K must be between 1 and {count} (shares are numbered from 1)");
        return new ArticleShard(number, count);
    }

    public bool Takes(ArticleFile article) => ShareOf(article.ShareKey, Count) == Number;

    /// <summary>The share, 1 to <paramref name="count"/>, that an article with this key belongs to.</summary>
    public static int ShareOf(string shareKey, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(shareKey.Normalize(NormalizationForm.FormC)));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public override string ToString() => $"{Number}/{Count}";

    private static bool TryParseCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
