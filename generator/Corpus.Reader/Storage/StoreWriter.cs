using System;
using System.Collections.Generic;
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
        var titleLengths = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            records[i] = entries[i].Record ?? throw new InvalidOperationException($"The entry for '{entries[i].SourcePath}' holds no record.");
            titleLengths[i] = TitleLength(records[i]);
        }

        var store = new StoreBuffer((int)size);
        store.Raw(StoreLayout.Magic);
        store.Integer(entries.Count);
        OffsetTable(store, records, i => titleLengths[i]);
        OffsetTable(store, records, i => records[i].Length - titleLengths[i]);
        for (var i = 0; i < records.Length; i++)
        {
            store.Bytes(records[i], 0, titleLengths[i]);
        }

        for (var i = 0; i < records.Length; i++)
        {
            store.Bytes(records[i], titleLengths[i], records[i].Length - titleLengths[i]);
        }

        return store.ToArray();
    }

    private static void OffsetTable(StoreBuffer store, byte[][] records, Func<int, int> length)
    {
        var offset = 0;
        for (var i = 0; i < records.Length; i++)
        {
            store.Offset(offset);
            offset += length(i);
        }

        store.Offset(offset);
    }

    /// <summary>How many bytes the title takes at the start of <paramref name="record"/>: its UTF-16 length, its byte length and its bytes.</summary>
    private static int TitleLength(byte[] record)
    {
        var position = 0;
        Integer(record, ref position);
        var bytes = Integer(record, ref position);
        if (bytes > record.Length - position)
        {
            throw new InvalidOperationException("A record's title runs past its end.");
        }

        return position + bytes;
    }

    private static int Integer(byte[] bytes, ref int position) =>
        StoreLayout.TryReadInteger(bytes, ref position, out var value) ? value : throw new InvalidOperationException("A record does not start with a title.");
}
