using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Storage;

/// <summary>Turns a record's metadata (<see cref="StoreLayout"/>) back into an <see cref="Article"/> without its body.</summary>
internal static class RecordDecoder
{
    public static Article Decode(ref StoreReader reader, string id)
    {
        var sourcePath = reader.Text();
        var format = (ArticleFormat)reader.Integer();
        var title = reader.Text();
        var authors = List(ref reader, static (ref StoreReader r) => new Author(r.Text(), r.OptionalUri()));
        var published = Date(reader.Integer());
        var dateline = reader.OptionalText();
        var publisher = reader.OptionalText();
        var originalUrl = reader.OptionalUri();
        var credits = List(ref reader, static (ref StoreReader r) => r.Text());
        var images = List(ref reader, static (ref StoreReader r) => new ArticleImage(r.OptionalText(), r.OptionalText(), r.OptionalUri()));
        var tags = List(ref reader, static (ref StoreReader r) => r.Text());
        var metadata = Metadata(ref reader);
        var wordCount = reader.Integer();
        var language = reader.OptionalText();
        var removed = List(ref reader, static (ref StoreReader r) => new RemovedText((RemovedTextKind)r.Integer(), r.Text()));

        return new Article
        {
            Id = id,
            SourcePath = sourcePath,
            Format = format,
            Title = title,
            Authors = authors,
            Published = published,
            Dateline = dateline,
            Publisher = publisher,
            OriginalUrl = originalUrl,
            Credits = credits,
            Images = images,
            Tags = tags,
            Metadata = metadata ?? ReadOnly.EmptyDictionary,
            WordCount = wordCount,
            Language = language,
            Removed = removed,
        };
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

    /// <summary>Front-matter entries in file order; <see cref="Article.Metadata"/> keeps them in a private copy.</summary>
    private static Dictionary<string, string>? Metadata(ref StoreReader reader)
    {
        var count = reader.Integer();
        if (count == 0)
        {
            return null;
        }

        var entries = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            entries[reader.Text()] = reader.Text();
        }

        return entries;
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
