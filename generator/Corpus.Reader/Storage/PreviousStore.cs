using System;
using System.Collections.Generic;
using Corpus.Reading.Model;
using Corpus.Storage;

namespace Corpus.Reading.Storage;

/// <summary>
/// The store and manifest the build task wrote last time, so that it reads again only the files whose input changed:
/// an unchanged file's digest comes from the manifest and its record from the store. Editing one article of a large
/// corpus then costs the build one article's reading, not the corpus's.
/// </summary>
public sealed class PreviousStore
{
    private readonly StoreManifest _manifest;
    private readonly Dictionary<string, byte[]> _records;

    private PreviousStore(StoreManifest manifest, Dictionary<string, byte[]> records)
    {
        _manifest = manifest;
        _records = records;
    }

    /// <summary>
    /// The previous store, or <see langword="null"/> when either file is missing or is not one this version writes.
    /// Only records whose length and hash are the ones the manifest lists are used, so a damaged or mismatched store
    /// costs a full read, never a wrong record.
    /// </summary>
    public static PreviousStore? Load(string? manifestText, byte[]? store)
    {
        if (manifestText is null || store is null || StoreManifest.Read(manifestText) is not { } manifest || Runs(store) is not { } runs || runs.Length != manifest.Entries.Count)
        {
            return null;
        }

        var records = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < runs.Length; i++)
        {
            var entry = manifest.Entries[i];
            if (runs[i].Title == entry.TitleLength && runs[i].Bytes.Length == entry.Length && StoreHash.Of(runs[i].Bytes) == entry.Hash)
            {
                records[entry.SourcePath] = runs[i].Bytes;
            }
        }

        return new PreviousStore(manifest, records);
    }

    /// <summary>
    /// The digest of the file at <paramref name="diagnosticPath"/> with its record, when the task read exactly the input
    /// whose fingerprint is <paramref name="fingerprint"/> last time; otherwise <see langword="null"/>.
    /// </summary>
    public ArticleDigest? Find(string diagnosticPath, ulong fingerprint)
    {
        if (_manifest.Find(diagnosticPath, fingerprint) is not { } digest)
        {
            return null;
        }

        if (digest.Article is not { } article)
        {
            return digest;
        }

        return _records.TryGetValue(article.Entry.SourcePath, out var record)
            ? digest with { Article = article with { Entry = new StoreEntry(article.Entry.SourcePath, article.Entry.TitleLength, record.Length, article.Entry.Hash, record) } }
            : null;
    }

    /// <summary>
    /// Every article's bytes as <see cref="RecordWriter"/> wrote them (its title, then its record) with the length of the
    /// title, in store order; or <see langword="null"/> when <paramref name="store"/> is not laid out as this version lays
    /// stores out.
    /// </summary>
    internal static (byte[] Bytes, int Title)[]? Runs(byte[] store)
    {
        if (!StoreLayout.StartsWithMagic(store))
        {
            return null;
        }

        var position = StoreLayout.Magic.Length;
        if (!StoreLayout.TryReadInteger(store, ref position, out var count) || count > store.Length || StoreLayout.DataStart(count) > store.Length)
        {
            return null;
        }

        var titles = Offsets(store, StoreLayout.OffsetTableStart(count), count);
        var records = Offsets(store, StoreLayout.RecordOffsetTableStart(count), count);
        var dataStart = StoreLayout.DataStart(count);
        if (titles is null || records is null || (long)dataStart + titles[count] + records[count] != store.Length)
        {
            return null;
        }

        var runs = new (byte[] Bytes, int Title)[count];
        var recordStart = dataStart + titles[count];
        for (var i = 0; i < count; i++)
        {
            var titleLength = titles[i + 1] - titles[i];
            var recordLength = records[i + 1] - records[i];
            var run = new byte[titleLength + recordLength];
            Buffer.BlockCopy(store, dataStart + titles[i], run, 0, titleLength);
            Buffer.BlockCopy(store, recordStart + records[i], run, titleLength, recordLength);
            runs[i] = (run, titleLength);
        }

        return runs;
    }

    /// <summary>An offset table's <paramref name="count"/> + 1 offsets, or <see langword="null"/> when they do not rise.</summary>
    private static int[]? Offsets(byte[] store, int start, int count)
    {
        var offsets = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            var value = StoreLayout.ReadOffset(store, start, i);
            if (i > 0 ? value < offsets[i - 1] : value != 0)
            {
                return null;
            }

            offsets[i] = value;
        }

        return offsets;
    }
}
