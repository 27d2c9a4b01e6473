using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Storage;

namespace Corpus.Reading.Storage;

/// <summary>Writes a whole store (<see cref="StoreLayout"/>) from entries that hold their records.</summary>
public static class StoreWriter
{
    /// <summary>The size of the store the entries make, so that a store too large to address is reported, not written.</summary>
    public static long Size(IReadOnlyList<StoreEntry> entries)
    {
        long size = StoreLayout.DataStart(entries.Count);
        foreach (var entry in entries)
        {
            size += entry.Length;
        }

        return size;
    }

    /// <param name="entries">Entries in store order (<see cref="StoreEntry.InStoreOrder"/>), each holding its title and record as <see cref="RecordWriter"/> writes them.</param>
    /// <exception cref="InvalidOperationException">An entry holds no record, or the store would exceed <see cref="StoreLayout.MaxLength"/>.</exception>
    public static byte[] Write(IReadOnlyList<StoreEntry> entries)
    {
        var size = Size(entries);
        if (size > StoreLayout.MaxLength)
        {
            throw new InvalidOperationException($"A store of {size} bytes exceeds the largest one an assembly can hold ({StoreLayout.MaxLength} bytes).");
        }

        var records = new byte[entries.Count][];
        for (var i = 0; i < entries.Count; i++)
        {
            records[i] = entries[i].Record ?? throw new InvalidOperationException($"The entry for '{entries[i].SourcePath}' holds no record.");
        }

        var store = new StoreBuffer((int)size);
        store.Raw(StoreLayout.Magic);
        store.Integer(entries.Count);
        OffsetTable(store, entries.Count, i => entries[i].TitleLength);
        OffsetTable(store, entries.Count, i => entries[i].Length - entries[i].TitleLength);
        for (var i = 0; i < records.Length; i++)
        {
            store.Bytes(records[i], 0, entries[i].TitleLength);
        }

        for (var i = 0; i < records.Length; i++)
        {
            store.Bytes(records[i], entries[i].TitleLength, entries[i].Length - entries[i].TitleLength);
        }

        return store.ToArray();
    }

    /// <summary>
    /// The store of <paramref name="entries"/> in its UTF-8 form, as text: its titles as UTF-8 instead of UTF-16, so that
    /// every byte is valid UTF-8 and the whole can be written as <c>"…"u8</c> literals. <c>ArticleStore.FromUtf8</c>
    /// turns the titles back into UTF-16; the store's own length is that of <see cref="Write"/>'s result.
    /// </summary>
    /// <returns>The text, and the length of the store it stands for.</returns>
    public static (string Text, int StoreLength) WriteUtf8Form(IReadOnlyList<StoreEntry> entries)
    {
        var store = Write(entries);
        var titlesStart = StoreLayout.DataStart(entries.Count);
        var titlesEnd = titlesStart;
        foreach (var entry in entries)
        {
            titlesEnd += entry.TitleLength;
        }

        // Every title is a whole number of UTF-16 code units, so the section is one run of them; a lone surrogate, which
        // UTF-8 cannot hold, becomes U+FFFD, still one code unit.
        var text = Encoding.UTF8.GetString(store, 0, titlesStart)
            + Encoding.Unicode.GetString(store, titlesStart, titlesEnd - titlesStart)
            + Encoding.UTF8.GetString(store, titlesEnd, store.Length - titlesEnd);
        return (text, store.Length);
    }

    private static void OffsetTable(StoreBuffer store, int count, Func<int, int> length)
    {
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            store.Offset(offset);
            offset += length(i);
        }

        store.Offset(offset);
    }
}
