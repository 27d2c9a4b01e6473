using System.Collections.Generic;
using Corpus.Reading.Extraction;
using Corpus.Reading.Model;
using Corpus.Storage;

namespace Corpus.Reading.Storage;

/// <summary>
/// Writes one article as the store writer takes it (<see cref="StoreLayout"/>): its title, then its record (metadata,
/// then body).
/// </summary>
/// <remarks>
/// An address that is not an absolute http(s) URL is left out here, so that the runtime never meets a string it
/// cannot turn into a <see cref="System.Uri"/> (a bare <c>/path</c> passes as a <c>file://</c> URI on Unix only).
/// </remarks>
public static class RecordWriter
{
    public static byte[] Write(ArticleModel model)
    {
        var metadata = new StoreBuffer();
        metadata.Text(model.SourcePath);
        metadata.Integer((int)model.Format);
        List(metadata, model.Authors, (b, a) =>
        {
            b.Text(a.Name);
            b.OptionalText(WebAddress.AbsoluteOrNull(a.Url));
        });
        metadata.Integer(model.Published is { } date ? StoreLayout.PackDate(date.Year, date.Month, date.Day) : 0);
        metadata.OptionalText(model.Dateline);
        metadata.OptionalText(model.Publisher);
        metadata.OptionalText(WebAddress.AbsoluteOrNull(model.OriginalUrl));
        List(metadata, model.Credits, (b, c) => b.Text(c));
        List(metadata, model.Images, (b, i) =>
        {
            b.OptionalText(i.Caption);
            b.OptionalText(i.Credit);
            b.OptionalText(WebAddress.AbsoluteOrNull(i.Url));
        });
        List(metadata, model.Tags, (b, t) => b.Text(t));
        List(metadata, model.Metadata, (b, m) =>
        {
            b.Text(m.Key);
            b.Text(m.Value);
        });
        metadata.Integer(model.WordCount);
        metadata.OptionalText(model.Language);
        List(metadata, model.Removed, (b, r) =>
        {
            b.Integer((int)r.Kind);
            b.Text(r.Text);
        });

        var record = new StoreBuffer(StoreEntry.TitleLengthOf(model.Title) + metadata.Length + 16 + BodyCapacity(model.Paragraphs));
        record.Title(model.Title);
        record.Integer(metadata.Length);
        record.Bytes(metadata);
        record.Raw(string.Join(StoreLayout.ParagraphSeparator, model.Paragraphs));
        return record.ToArray();
    }

    private static void List<T>(StoreBuffer buffer, EquatableArray<T> items, System.Action<StoreBuffer, T> write)
        where T : System.IEquatable<T>
    {
        buffer.Integer(items.Count);
        foreach (var item in items)
        {
            write(buffer, item);
        }
    }

    private static int BodyCapacity(IReadOnlyList<string> paragraphs)
    {
        var characters = 0;
        foreach (var paragraph in paragraphs)
        {
            characters += paragraph.Length + 2;
        }

        return characters + (characters / 4);
    }
}
