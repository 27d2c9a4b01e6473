using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Reading.Model;

namespace Corpus.Reading.Storage;

/// <summary>
/// One article's place in a store: its source path, the length and hash of its bytes (its title, then its record, as
/// <see cref="RecordWriter"/> writes them) and, when the store is to be written, the bytes themselves. Two entries are
/// equal when path, lengths and hash are; the bytes are compared too when both hold them.
/// </summary>
public sealed class StoreEntry : IEquatable<StoreEntry>
{
    /// <param name="sourcePath">The article's source path.</param>
    /// <param name="titleLength">How many of the bytes are the title: twice its length in UTF-16 code units.</param>
    /// <param name="length">How many bytes there are, title and record.</param>
    /// <param name="hash">The bytes' <see cref="StoreHash"/>.</param>
    /// <param name="record">The bytes, or <see langword="null"/> when the entry is only compared, never written.</param>
    public StoreEntry(string sourcePath, int titleLength, int length, ulong hash, byte[]? record = null)
    {
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        if (titleLength < 0 || titleLength % 2 != 0 || titleLength > length || (record is not null && record.Length != length))
        {
            throw new ArgumentOutOfRangeException(nameof(titleLength), titleLength, $"An entry of {length} bytes cannot start with a title of {titleLength} bytes.");
        }

        TitleLength = titleLength;
        Length = length;
        Hash = hash;
        Record = record;
    }

    public string SourcePath { get; }

    /// <summary>How many of the entry's bytes are the title (UTF-16): the rest is the record.</summary>
    public int TitleLength { get; }

    public int Length { get; }

    public ulong Hash { get; }

    public byte[]? Record { get; }

    /// <summary>The entry of <paramref name="model"/>; <paramref name="keepRecord"/> keeps the bytes for writing a store.</summary>
    public static StoreEntry For(ArticleModel model, bool keepRecord)
    {
        var record = RecordWriter.Write(model);
        return new StoreEntry(model.SourcePath, TitleLengthOf(model.Title), record.Length, StoreHash.Of(record), keepRecord ? record : null);
    }

    /// <summary>How many bytes <paramref name="title"/> takes in a store.</summary>
    public static int TitleLengthOf(string title) => title.Length * 2;

    /// <summary>This entry without its record's bytes: enough to compare with a store, not to write one.</summary>
    public StoreEntry WithoutRecord() => Record is null ? this : new StoreEntry(SourcePath, TitleLength, Length, Hash);

    /// <summary>
    /// The entries in store order: ordinal order of source path, each path once. This is the order of
    /// <c>Articles.All</c>, so a record's position is the article's position there.
    /// </summary>
    public static List<StoreEntry> InStoreOrder(IEnumerable<StoreEntry> entries)
    {
        // Entries nearly always come in this order already (a manifest lists its files by path), and checking is cheaper than sorting.
        var list = entries.ToList();
        var ordered = true;
        for (var i = 1; i < list.Count && ordered; i++)
        {
            ordered = string.CompareOrdinal(list[i - 1].SourcePath, list[i].SourcePath) < 0;
        }

        if (ordered)
        {
            return list;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return list.OrderBy(e => e.SourcePath, StringComparer.Ordinal).Where(e => seen.Add(e.SourcePath)).ToList();
    }

    public bool Equals(StoreEntry? other) =>
        other is not null
        && SourcePath == other.SourcePath
        && TitleLength == other.TitleLength
        && Length == other.Length
        && Hash == other.Hash
        && (Record is null || other.Record is null ? Record is null && other.Record is null : Record.AsSpan().SequenceEqual(other.Record));

    public override bool Equals(object? obj) => Equals(obj as StoreEntry);

    public override int GetHashCode() => unchecked((int)Hash ^ StringComparer.Ordinal.GetHashCode(SourcePath));

    public override string ToString() => $"{SourcePath} ({Length} bytes, {StoreHash.Format(Hash)})";
}
