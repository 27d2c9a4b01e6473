using System;
using System.Globalization;

namespace Corpus.Reading.Storage;

/// <summary>
/// A 64-bit FNV-1a hash of a record, or of the input an article was read from. It is not cryptographic: it tells whether
/// two writers produced the same bytes from the same files, where a difference is a bug to report, not an attack.
/// </summary>
public struct StoreHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong _value;
    private bool _started;

    /// <summary>The hash of everything added so far.</summary>
    public readonly ulong Value => _started ? _value : Offset;

    public static ulong Of(byte[] bytes)
    {
        var hash = Offset;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }

    /// <summary>Adds a number: also the length before a text, so that no two sequences of values hash alike by running together.</summary>
    public void Add(long value)
    {
        var hash = Value;
        for (var i = 0; i < 8; i++, value >>= 8)
        {
            hash = unchecked((hash ^ (byte)value) * Prime);
        }

        (_value, _started) = (hash, true);
    }

    /// <summary>Adds a text, a UTF-16 unit at a time, after its length; <see langword="null"/> differs from empty.</summary>
    public void Add(string? text)
    {
        Add(text?.Length ?? -1);
        var hash = _value;
        foreach (var c in text ?? "")
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        _value = hash;
    }

    public static string Format(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out ulong hash) =>
        ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash) && text.Length == 16;
}
