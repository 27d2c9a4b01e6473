using System;
using System.Globalization;

namespace Corpus.Reading.Storage;

/// <summary>
/// A 64-bit FNV-1a hash of a record. It is not cryptographic: it tells whether two writers produced the same bytes
/// from the same files, where a difference is a bug to report, not an attack.
/// </summary>
public static class StoreHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(byte[] bytes)
    {
        var hash = Offset;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }

    public static string Format(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out ulong hash) =>
        ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash) && text.Length == 16;
}
