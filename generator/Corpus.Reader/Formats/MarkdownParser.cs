using System.Collections.Generic;
using System.Text;
using Corpus.Reading.Model;
using Corpus.Reading.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Corpus.Reading.Formats;

/// <summary>
/// Splits a Markdown article into blocks with Markdig (CommonMark, plus strikethrough). Inline markup is rendered
/// to its text — emphasis to its words, links to their text, code to its content, escapes and entities to the
/// characters they stand for — and kept beside the text as inline runs, so that later steps can still see that
/// a caption ends in a bold credit or that a byline links to the author.
/// </summary>
public static class MarkdownParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    public static ArticleDocument Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var blocks = new List<DocumentBlock>();
        AddBlocks(document, BlockKind.Paragraph, null, blocks);
        return new ArticleDocument(SourceFormat.Markdown, blocks);
    }

    private static void AddBlocks(ContainerBlock container, BlockKind paragraphKind, string? listMarker, List<DocumentBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    var marker = list.IsOrdered ? list.OrderedStart + list.OrderedDelimiter.ToString() : list.BulletType.ToString();
                    foreach (var item in list)
                    {
                        AddBlocks((ContainerBlock)item, BlockKind.ListItem, marker, blocks);
                    }

                    break;
                case QuoteBlock quote:
                    AddBlocks(quote, BlockKind.Quote, null, blocks);
                    break;
                case ContainerBlock other:
                    AddBlocks(other, paragraphKind, listMarker, blocks);
                    break;
                case HeadingBlock heading:
                    AddInlineBlock(BlockKind.Heading, heading, heading.Inline, blocks, heading.Level, null);
                    break;
                case ParagraphBlock paragraph:
                    AddInlineBlock(paragraphKind, paragraph, paragraph.Inline, blocks, 0, listMarker);
                    break;
                case ThematicBreakBlock rule:
                    blocks.Add(DocumentBlock.Plain(BlockKind.Separator, "", rule.Line + 1, rule.Column + 1));
                    break;
                case HtmlBlock html:
                    AddRawBlock(BlockKind.Html, html, HtmlText.Strip(LinesOf(html)), blocks);
                    break;
                case CodeBlock code:
                    AddRawBlock(BlockKind.Code, code, LinesOf(code), blocks);
                    break;
            }
        }
    }

    private static void AddInlineBlock(BlockKind kind, LeafBlock block, ContainerInline? inline, List<DocumentBlock> blocks, int level, string? listMarker)
    {
        var segments = new List<InlineSegment>();
        var plain = new List<string>();
        if (inline is not null)
        {
            foreach (var child in inline)
            {
                AddSegment(child, segments, plain);
            }
        }

        AddPlain(segments, plain);

        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            text.Append(segment.Text);
        }

        var clean = TextCleaner.Clean(text.ToString());
        if (clean.Length > 0 || segments.Exists(s => s.Kind == InlineKind.Image))
        {
            blocks.Add(new DocumentBlock(kind, clean, block.Line + 1, block.Column + 1, segments) { Level = level, ListMarker = listMarker });
        }
    }

    private static void AddRawBlock(BlockKind kind, LeafBlock block, string raw, List<DocumentBlock> blocks)
    {
        var clean = TextCleaner.Clean(raw);
        if (clean.Length > 0)
        {
            blocks.Add(DocumentBlock.Plain(kind, clean, block.Line + 1, block.Column + 1));
        }
    }

    /// <summary>
    /// Adds the segment of <paramref name="inline"/>. Consecutive plain runs (Markdig splits text at every escape,
    /// entity and unmatched delimiter) become one segment; their texts gather in <paramref name="plain"/> until another
    /// kind of segment comes and are joined once, so that a paragraph of thousands of them is not copied once per run.
    /// </summary>
    private static void AddSegment(Inline inline, List<InlineSegment> segments, List<string> plain)
    {
        if (MarkedSegment(inline) is { } segment)
        {
            AddPlain(segments, plain);
            segments.Add(segment);
        }
        else if (InlineText(inline) is { Length: > 0 } text)
        {
            plain.Add(text);
        }
    }

    /// <summary>The segment of a link, image, autolink, emphasis or code; <see langword="null"/> for plain text.</summary>
    private static InlineSegment? MarkedSegment(Inline inline)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true } image:
                return new InlineSegment(InlineKind.Image, InlineText(image), image.Url);
            case LinkInline link:
                return new InlineSegment(InlineKind.Link, InlineText(link), link.Url);
            case AutolinkInline autolink:
                return new InlineSegment(InlineKind.Autolink, autolink.Url, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
            case EmphasisInline emphasis:
                var kind = emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_' ? InlineKind.Strong : InlineKind.Emphasis;
                return new InlineSegment(kind, InlineText(emphasis));
            case CodeInline code:
                return new InlineSegment(InlineKind.Code, code.Content);
            default:
                return null;
        }
    }

    /// <summary>Adds the plain text gathered so far, if any, as one segment.</summary>
    private static void AddPlain(List<InlineSegment> segments, List<string> plain)
    {
        if (plain.Count > 0)
        {
            segments.Add(new InlineSegment(InlineKind.Plain, plain.Count == 1 ? plain[0] : string.Concat(plain)));
            plain.Clear();
        }
    }

    /// <summary>The plain text of an inline and everything inside it (for an image: its alt text).</summary>
    private static string InlineText(Inline inline)
    {
        var builder = new StringBuilder();
        if (inline is ContainerInline container)
        {
            foreach (var child in container)
            {
                AppendText(child, builder);
            }
        }
        else
        {
            AppendText(inline, builder);
        }

        return builder.ToString();
    }

    private static void AppendText(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline:
                break;
            case LinkInline { IsImage: true }:
                // An image inside a link or emphasis adds nothing to the words around it.
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendText(child, builder);
                }

                break;
        }
    }

    private static string LinesOf(LeafBlock block)
    {
        var builder = new StringBuilder();
        foreach (var line in block.Lines.Lines)
        {
            if (line.Slice.Text is null)
            {
                continue;
            }

            builder.Append(line.Slice.ToString()).Append('\n');
        }

        return builder.ToString();
    }
}
