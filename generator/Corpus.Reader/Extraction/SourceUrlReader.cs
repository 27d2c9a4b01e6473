using System;
using Corpus.Reading.Formats;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Reads the footer that names where an article was copied from, as scrapers, reposting blogs and archive exports
/// write it: <c>Original url: https://…</c>, <c>Source: &lt;https://…&gt;</c>, <c>Read more at: [site](https://…)</c>,
/// <c>Originally published at https://…</c>, <c>Источник: https://…</c> — the address on the same line or alone on
/// the next one (a Markdown autolink or link, or a bare address in plain text).
/// </summary>
internal static class SourceUrlReader
{
    public const int MaxLength = 2048;

    /// <summary>Labels, longer first so that "Original url" wins over "Original".</summary>
    private static readonly string[] Labels =
    {
        "originally published at", "originally published on", "originally published in", "first published at",
        "first appeared on", "read the original article", "read the original", "read the full article", "read more at",
        "read more", "original article", "original url", "original link", "original", "source url", "source link",
        "source", "permalink", "url", "link", "источник", "оригинал", "подробнее",
    };

    /// <summary>The address of a labelled footer line with the address on it (<c>Source: https://…</c>), or <see langword="null"/>.</summary>
    public static string? ReadLabelled(DocumentBlock block)
    {
        var rest = AfterLabel(block);
        return rest is { Length: > 0 } ? AddressIn(block, rest) : null;
    }

    /// <summary>Whether the block is a label alone (<c>Original url:</c>), whose address is on the next line.</summary>
    public static bool IsLabelOnly(DocumentBlock block) => AfterLabel(block) is { Length: 0 };

    /// <summary>The address of a block that holds nothing but a web address, or <see langword="null"/>.</summary>
    public static string? ReadBare(DocumentBlock block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Html && block.Text.Length <= MaxLength ? AddressIn(block, block.Text) : null;

    private static string? AfterLabel(DocumentBlock block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Html or BlockKind.Quote) || block.Text.Length > MaxLength)
        {
            return null;
        }

        var text = block.Text;
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (text.Length == label.Length || text[label.Length] is ':' or ' '))
            {
                var rest = text.Substring(label.Length).Trim();
                var colon = rest.StartsWith(":", StringComparison.Ordinal);
                rest = rest.TrimStart(':').Trim();

                // A label alone needs its colon ("Source:"): a paragraph that is just the word "Source" is something else.
                return rest.Length == 0 && !colon ? null : rest;
            }
        }

        return null;
    }

    /// <summary>The address <paramref name="text"/> consists of: a link's target, or the text itself as a bare address.</summary>
    private static string? AddressIn(DocumentBlock block, string text)
    {
        foreach (var segment in block.Inlines)
        {
            if (segment.Kind is InlineKind.Link or InlineKind.Autolink
                && string.Equals(TextCleaner.Clean(segment.Text), text, StringComparison.Ordinal)
                && WebAddress.AbsoluteOrNull(segment.Url) is { } linked)
            {
                return linked;
            }
        }

        var bare = text.Trim().TrimStart('<').TrimEnd('>');
        return WebAddress.AbsoluteOrNull(bare);
    }
}
