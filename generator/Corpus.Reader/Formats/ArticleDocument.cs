using System.Collections.Generic;
using System.Text;
using Corpus.Reading.Model;

namespace Corpus.Reading.Formats;

/// <summary>What a block of an article file is, as far as its format tells.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Code,
    Html,

    /// <summary>A separator line: a Markdown thematic break, or a plain-text line of dashes or stars.</summary>
    Separator,
}

/// <summary>How a run of inline text was marked up.</summary>
public enum InlineKind
{
    Plain,
    Emphasis,
    Strong,
    Link,
    Image,
    Code,
    Autolink,
}

/// <summary>One top-level run of a block's inline content: its plain text and, for links and images, the address.</summary>
public sealed record InlineSegment(InlineKind Kind, string Text, string? Url = null);

/// <summary>
/// One block of an article file, in file order: its kind, its clean single-line text, where it starts, and its inline
/// runs so that later steps can tell a bold credit or a byline link from plain words.
/// </summary>
public sealed record DocumentBlock(BlockKind Kind, string Text, int Line, int Column, IReadOnlyList<InlineSegment> Inlines)
{
    /// <summary>The heading level (1–6) for a heading; 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>For a list item: the list's marker (<c>-</c>, <c>*</c>, <c>1.</c>).</summary>
    public string? ListMarker { get; init; }

    public static DocumentBlock Plain(BlockKind kind, string text, int line, int column) =>
        new(kind, text, line, column, new[] { new InlineSegment(InlineKind.Plain, text) });

    public override string ToString() => $"{Kind}@{Line}: {Text}";
}

/// <summary>An article file split into blocks by the parser for its format, before any metadata is taken from it.</summary>
public sealed class ArticleDocument
{
    public ArticleDocument(SourceFormat format, IReadOnlyList<DocumentBlock> blocks)
    {
        Format = format;
        Blocks = blocks;
    }

    public SourceFormat Format { get; }

    public IReadOnlyList<DocumentBlock> Blocks { get; }

    public override string ToString()
    {
        var builder = new StringBuilder().Append(Format).Append('\n');
        foreach (var block in Blocks)
        {
            builder.Append(block).Append('\n');
        }

        return builder.ToString();
    }
}
