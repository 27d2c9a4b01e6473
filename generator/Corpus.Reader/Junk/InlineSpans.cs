using System;
using System.Collections.Generic;
using Corpus.Reading.Formats;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>A link of a block: where its text stands in the block's clean text, and the host it points to.</summary>
internal readonly record struct LinkSpan(int Start, int End, string Host);

/// <summary>
/// Maps a block's inline runs onto its clean text. The text is the runs joined and cleaned, so each run's clean
/// text is found in order, at the cursor or one space after it; the space between two runs goes with the first.
/// </summary>
internal static class InlineSpans
{
    /// <summary>
    /// Where each inline run starts in <see cref="DocumentBlock.Text"/>; the runs cover the text without gaps.
    /// <see langword="null"/> when the runs do not add up to the text (then a block is treated as one plain run).
    /// </summary>
    public static int[]? Starts(DocumentBlock block)
    {
        var text = block.Text;
        var starts = new int[block.Inlines.Count];
        var cursor = 0;
        for (var i = 0; i < block.Inlines.Count; i++)
        {
            var clean = TextCleaner.Clean(block.Inlines[i].Text);
            if (clean.Length > 0)
            {
                if (cursor < text.Length && text[cursor] == ' ')
                {
                    cursor++;
                }

                if (cursor + clean.Length > text.Length || string.CompareOrdinal(text, cursor, clean, 0, clean.Length) != 0)
                {
                    return null;
                }
            }

            starts[i] = i == 0 ? 0 : cursor;
            cursor += clean.Length;
        }

        return cursor == text.Length ? starts : null;
    }

    /// <summary>The block's links and autolinks to web addresses, with the span of their text.</summary>
    public static List<LinkSpan> Links(DocumentBlock block)
    {
        var links = new List<LinkSpan>();

        // Mapping the runs onto the text cleans each run again: it is done only for a block that links to the web.
        if (!HasWebLink(block) || Starts(block) is not { } starts)
        {
            return links;
        }

        for (var i = 0; i < block.Inlines.Count; i++)
        {
            var inline = block.Inlines[i];
            if (IsWebLink(inline) && inline.Url is { } url)
            {
                var end = i + 1 < starts.Length ? starts[i + 1] : block.Text.Length;
                links.Add(new LinkSpan(starts[i], end, TextScanner.HostOf(url, 0, url.Length)));
            }
        }

        return links;
    }

    private static bool HasWebLink(DocumentBlock block)
    {
        foreach (var inline in block.Inlines)
        {
            if (IsWebLink(inline))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWebLink(InlineSegment inline) =>
        inline.Kind is InlineKind.Link or InlineKind.Autolink && inline.Url is { } url && IsWebAddress(url);

    private static bool IsWebAddress(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
