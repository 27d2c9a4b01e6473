using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Storage;

/// <summary>Turns a record's metadata (<see cref="StoreLayout"/>) back into an article's fields.</summary>
internal static class RecordDecoder
{
    /// <summary>Every field of article <paramref name="index"/> but its title, from its record's metadata.</summary>
    public static ArticleFields Fields(ArticleStore store, int index)
    {
        var (start, end, _) = store.Record(index);
        var reader = new StoreReader(store.Bytes(0, end), start);
        var fields = new ArticleFields
        {
            Id = store.Id(index),
            SourcePath = reader.Text(),
            Format = (ArticleFormat)reader.Integer(),
            Authors = List(ref reader, static (ref StoreReader r) => new Author(r.Text(), r.OptionalUri())),
            Published = Date(reader.Integer()),
            Dateline = reader.OptionalText(),
            Publisher = reader.OptionalText(),
            OriginalUrl = reader.OptionalUri(),
            Credits = List(ref reader, static (ref StoreReader r) => r.Text()),
            Images = List(ref reader, static (ref StoreReader r) => new ArticleImage(r.OptionalText(), r.OptionalText(), r.OptionalUri())),
            Tags = List(ref reader, static (ref StoreReader r) => r.Text()),
            Metadata = Metadata(ref reader),
            WordCount = reader.Integer(),
            Language = reader.OptionalText(),
            Removed = List(ref reader, static (ref StoreReader r) => new RemovedText((RemovedTextKind)r.Integer(), r.Text())),
        };

        if (reader.Position != end)
        {
            throw StoreReader.Corrupt($"record {index}'s metadata is not as long as it says");
        }

        return fields;
    }

    private delegate T ItemReader<T>(ref StoreReader reader);

    private static ImmutableArray<T> List<T>(ref StoreReader reader, ItemReader<T> item)
    {
        var count = reader.Integer();
        if (count == 0)
        {
            return ImmutableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(item(ref reader));
        }

        return items.MoveToImmutable();
    }

    /// <summary>Front-matter entries in file order, behind a read-only view.</summary>
    private static IReadOnlyDictionary<string, string> Metadata(ref StoreReader reader)
    {
        var count = reader.Integer();
        if (count == 0)
        {
            return ReadOnly.EmptyDictionary;
        }

        var entries = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            entries[reader.Text()] = reader.Text();
        }

        return new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(entries);
    }

    private static DateOnly? Date(int packed)
    {
        if (packed == 0)
        {
            return null;
        }

        var (year, month, day) = StoreLayout.UnpackDate(packed);
        return new DateOnly(year, month, day);
    }
}
