using System.Collections.Generic;
using System.Text;
using Corpus.Reading.Formats;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>
/// Cuts stretches out of a block's text and inline runs alike, so that later steps see the same paragraph whichever
/// they read: a link wholly inside a cut goes, a run partly inside keeps the rest of its text. The result is
/// cleaned again, so no space is left where the cut was, at the end or in the middle.
/// </summary>
internal static class BlockCutter
{
    /// <summary>The block without <paramref name="cuts"/> (in order, not overlapping), or <see langword="null"/> when nothing is left.</summary>
    public static DocumentBlock? Cut(DocumentBlock block, IReadOnlyList<TextRange> cuts)
    {
        var text = block.Text;
        var starts = InlineSpans.Starts(block);
        var inlines = new List<InlineSegment>();
        if (starts is null || block.Inlines.Count == 0)
        {
            inlines.Add(new InlineSegment(InlineKind.Plain, Keep(text, 0, text.Length, cuts)));
        }
        else
        {
            for (var i = 0; i < starts.Length; i++)
            {
                var end = i + 1 < starts.Length ? starts[i + 1] : text.Length;
                var kept = Keep(text, starts[i], end, cuts);
                var inline = block.Inlines[i];
                if (kept.Length > 0 || (inline.Kind == InlineKind.Image && !Covers(cuts, starts[i], end)))
                {
                    inlines.Add(inline with { Text = kept });
                }
            }
        }

        var joined = new StringBuilder();
        foreach (var inline in inlines)
        {
            joined.Append(inline.Text);
        }

        var clean = TextCleaner.Clean(joined.ToString());
        return HasWords(clean) ? block with { Text = clean, Inlines = inlines } : null;
    }

    /// <summary>The characters of <c>[start, end)</c> outside every cut.</summary>
    private static string Keep(string text, int start, int end, IReadOnlyList<TextRange> cuts)
    {
        var builder = new StringBuilder(end - start);
        var position = start;
        foreach (var cut in cuts)
        {
            if (cut.End <= position || cut.Start >= end)
            {
                continue;
            }

            if (cut.Start > position)
            {
                builder.Append(text, position, cut.Start - position);
            }

            position = System.Math.Max(position, cut.End);
        }

        if (position < end)
        {
            builder.Append(text, position, end - position);
        }

        return builder.ToString();
    }

    private static bool Covers(IReadOnlyList<TextRange> cuts, int start, int end)
    {
        foreach (var cut in cuts)
        {
            if (cut.Start <= start && cut.End >= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWords(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
