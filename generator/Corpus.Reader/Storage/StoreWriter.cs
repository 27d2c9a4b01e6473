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

    /// <param name="entries">Entries in store order (<see cref="StoreEntry.InStoreOrder"/>), each holding its record.</param>
    /// <exception cref="InvalidOperationException">An entry holds no record, or the store would exceed <see cref="StoreLayout.MaxLength"/>.</exception>
    public static byte[] Write(IReadOnlyList<StoreEntry> entries)
    {
        var size = Size(entries);
        if (size > StoreLayout.MaxLength)
        {
            throw new InvalidOperationException($"A store of {size} bytes exceeds the largest one an assembly can hold ({StoreLayout.MaxLength} bytes).");
        }

        var store = new StoreBuffer((int)size);
        store.Raw(StoreLayout.Magic);
        store.Integer(entries.Count);
        var offset = 0;
        foreach (var entry in entries)
        {
            store.Offset(offset);
            offset += entry.Length;
        }

        store.Offset(offset);
        foreach (var entry in entries)
        {
            var record = entry.Record ?? throw new InvalidOperationException($"The entry for '{entry.SourcePath}' holds no record.");
            store.Bytes(record, record.Length);
        }

        return store.ToArray();
    }
}
