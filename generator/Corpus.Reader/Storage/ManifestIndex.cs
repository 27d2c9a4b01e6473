using System;
using System.Collections.Generic;
using Corpus.Reading.Model;

namespace Corpus.Reading.Storage;

/// <summary>
/// A <see cref="StoreManifest"/> as the generator reads it: each line found by its file's diagnostic path and
/// fingerprint, and made into an <see cref="ArticleDigest"/> only when asked. An IDE hands the generator a new manifest
/// after every build, one line of it changed per edited article; reading every line into a digest again, and comparing
/// each with the last, was a third of an edit's cost at 10,000 articles.
/// </summary>
/// <remarks>
/// Indexing reads of each line only what finding it and checking the store need: the fingerprint, the paths, and an
/// article's title, length and hash. A manifest whose header or any of those fields is not what this version writes is
/// not read at all, as with <see cref="StoreManifest.Read"/>; a line damaged elsewhere is found when its digest is asked
/// for, and its file is then read instead.
/// </remarks>
internal sealed class ManifestIndex : IEquatable<ManifestIndex>
{
    private readonly Dictionary<string, (ulong Fingerprint, int Start, int End)> _lines;

    private ManifestIndex(string text, Dictionary<string, (ulong, int, int)> lines, List<StoreEntry> entries)
    {
        Text = text;
        _lines = lines;
        Entries = StoreEntry.InStoreOrder(entries);
    }

    /// <summary>The manifest as it was written.</summary>
    public string Text { get; }

    /// <summary>The store's records, in store order, without their bytes.</summary>
    public IReadOnlyList<StoreEntry> Entries { get; }

    /// <summary>The index of manifest <paramref name="text"/>, or <see langword="null"/> when it is not one this version writes.</summary>
    public static ManifestIndex? Read(string text)
    {
        if (!StoreManifest.StartsWithHeader(text, out var lineEnd))
        {
            return null;
        }

        var lines = new Dictionary<string, (ulong, int, int)>(StringComparer.Ordinal);
        var entries = new List<StoreEntry>(text.Length / 256);
        for (var start = lineEnd + 1; start < text.Length; start = lineEnd + 1)
        {
            lineEnd = StoreManifest.LineEnd(text, start);
            var end = StoreManifest.TrimmedEnd(text, start, lineEnd);
            var fields = new StoreManifest.LineReader(text, start, end);
            if (!fields.Hash(out var fingerprint) || fields.Text() is not { } diagnosticPath || fields.Text() is not { } sourcePath || fields.Text() is not { } marker)
            {
                return null;
            }

            if (marker == "A")
            {
                // Title, title line, requested id, byline, lead, word count, length, hash: as StoreManifest reads them.
                if (fields.Text() is not { } title
                    || !fields.Skip() || !fields.Skip() || !fields.Skip() || !fields.Skip() || !fields.Skip()
                    || !fields.Number(out var length)
                    || !fields.Hash(out var hash)
                    || length < StoreEntry.TitleLengthOf(title))
                {
                    return null;
                }

                entries.Add(new StoreEntry(sourcePath, StoreEntry.TitleLengthOf(title), length, hash));
            }
            else if (marker != "-")
            {
                return null;
            }

            lines[diagnosticPath] = (fingerprint, start, end);
        }

        return new ManifestIndex(text, lines, entries);
    }

    /// <summary>
    /// The line of the file at <paramref name="diagnosticPath"/>, when the task read exactly the input whose
    /// <see cref="ArticleDigest.FingerprintOf"/> is <paramref name="fingerprint"/>; otherwise <see langword="null"/>.
    /// </summary>
    public ManifestLine? Find(string diagnosticPath, ulong fingerprint) =>
        _lines.TryGetValue(diagnosticPath, out var line) && line.Fingerprint == fingerprint ? new ManifestLine(Text, line.Start, line.End) : null;

    public bool Equals(ManifestIndex? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ManifestIndex);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}

/// <summary>One line of a manifest, equal to another with the same text wherever in whichever manifest either lies.</summary>
internal sealed class ManifestLine(string text, int start, int end) : IEquatable<ManifestLine>
{
    private ReadOnlySpan<char> Span => text.AsSpan(start, end - start);

    /// <summary>The digest the line holds, or <see langword="null"/> when it is not one this version writes.</summary>
    public ArticleDigest? Digest() => StoreManifest.ReadLine(new StoreManifest.LineReader(text, start, end));

    public bool Equals(ManifestLine? other) => other is not null && Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => Equals(obj as ManifestLine);

    public override int GetHashCode()
    {
        var hash = end - start;
        foreach (var c in Span)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
