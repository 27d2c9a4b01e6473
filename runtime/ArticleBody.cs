using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Corpus;

/// <summary>An article's decoded body: its paragraphs and the same text joined by blank lines.</summary>
internal sealed class ArticleBody
{
    internal const string ParagraphSeparator = Storage.StoreLayout.ParagraphSeparator;

    internal static readonly ArticleBody Empty = new(ImmutableArray<string>.Empty, string.Empty);

    private ArticleBody(ImmutableArray<string> paragraphs, string text)
    {
        Paragraphs = paragraphs;
        Text = text;
    }

    internal IReadOnlyList<string> Paragraphs { get; }

    internal string Text { get; }

    internal static ArticleBody FromParagraphs(IEnumerable<string>? paragraphs)
    {
        var frozen = paragraphs is null ? ImmutableArray<string>.Empty : ImmutableArray.CreateRange(paragraphs);
        return frozen.IsEmpty ? Empty : new ArticleBody(frozen, string.Join(ParagraphSeparator, frozen));
    }

    internal static ArticleBody FromUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return Empty;
        }

        var text = Encoding.UTF8.GetString(utf8);
        return new ArticleBody(ImmutableArray.Create(text.Split(ParagraphSeparator)), text);
    }
}
