using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Reading.Model;

namespace Corpus.Reading.Storage;

/// <summary>
/// One article's place in a store: its source path, the length and hash of its record and, when the store is to be
/// written, the record itself. Two entries are equal when path, length and hash are; the record's bytes are compared
/// too when both hold them.
/// </summary>
public sealed class StoreEntry : IEquatable<StoreEntry>
{
    public StoreEntry(string sourcePath, int length, ulong hash, byte[]? record = null)
    {
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Length = length;
        Hash = hash;
        Record = record;
    }

    public string SourcePath { get; }

    public int Length { get; }

    public ulong Hash { get; }

    public byte[]? Record { get; }

    /// <summary>The entry of <paramref name="model"/>; <paramref name="keepRecord"/> keeps the bytes for writing a store.</summary>
    public static StoreEntry For(ArticleModel model, bool keepRecord)
    {
        var record = RecordWriter.Write(model);
        return new StoreEntry(model.SourcePath, record.Length, StoreHash.Of(record), keepRecord ? record : null);
    }

    /// <summary>This entry without its record's bytes: enough to compare with a store, not to write one.</summary>
    public StoreEntry WithoutRecord() => Record is null ? this : new StoreEntry(SourcePath, Length, Hash);

    /// <summary>
    /// The entries in store order: ordinal order of source path, each path once. This is the order of
    /// <c>Articles.All</c>, so a record's position is the article's position there.
    /// </summary>
    public static List<StoreEntry> InStoreOrder(IEnumerable<StoreEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return entries.OrderBy(e => e.SourcePath, StringComparer.Ordinal).Where(e => seen.Add(e.SourcePath)).ToList();
    }

    public bool Equals(StoreEntry? other) =>
        other is not null
        && SourcePath == other.SourcePath
        && Length == other.Length
        && Hash == other.Hash
        && (Record is null || other.Record is null ? Record is null && other.Record is null : Record.AsSpan().SequenceEqual(other.Record));

    public override bool Equals(object? obj) => Equals(obj as StoreEntry);

    public override int GetHashCode() => unchecked((int)Hash ^ StringComparer.Ordinal.GetHashCode(SourcePath));

    public override string ToString() => $"{SourcePath} ({Length} bytes, {StoreHash.Format(Hash)})";
}
