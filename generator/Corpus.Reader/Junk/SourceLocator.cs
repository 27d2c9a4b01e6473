using System;
using System.Collections.Generic;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>
/// Finds where a stretch of a block's clean text stands in the file, for diagnostics. A block knows the line and
/// column it starts at, but its text was cleaned and, in Markdown, rendered, and a wrapped paragraph spans lines; so
/// the stretch's first word is looked for in the file from the block's start on. Without the file's text, or when the
/// word is not found, the block's start plus the offset is the best guess.
/// </summary>
internal sealed class SourceLocator
{
    /// <summary>How many lines past a block's first line its text is looked for.</summary>
    private const int MaxLinesPerBlock = 200;

    /// <summary>The longest needle looked for: the start of the stretch's first word.</summary>
    private const int MaxNeedleLength = 32;

    private readonly string? _source;
    private List<SourceLine>? _lines;

    public SourceLocator(string? source) => _source = source;

    /// <summary>Where block <paramref name="block"/> starts, spanning its first line.</summary>
    public TextPosition BlockStart(DocumentBlock block) => Locate(block, 0, block.Text.Length);

    /// <summary>Where <c>[start, end)</c> of the block's text starts in the file, spanning at most the rest of that line.</summary>
    public TextPosition Locate(DocumentBlock block, int start, int end)
    {
        var guess = new TextPosition(block.Line, block.Column + start, end - start);
        var lines = Lines();
        if (lines is null || block.Line < 1 || block.Line > lines.Count)
        {
            return guess;
        }

        var needle = Needle(block.Text, start, end);
        if (needle.Length == 0)
        {
            return Fit(guess, lines[block.Line - 1].Text);
        }

        for (var n = block.Line; n <= lines.Count && n < block.Line + MaxLinesPerBlock; n++)
        {
            var line = lines[n - 1].Text;
            var from = n == block.Line ? Math.Min(Math.Max(block.Column - 1 + start, 0), line.Length) : 0;
            var at = line.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0 && n == block.Line)
            {
                at = line.IndexOf(needle, Math.Min(Math.Max(block.Column - 1, 0), line.Length), StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                return Fit(new TextPosition(n, at + 1, end - start), line);
            }
        }

        return Fit(guess, lines[block.Line - 1].Text);
    }

    private List<SourceLine>? Lines() => _source is null ? null : _lines ??= LineSplitter.Split(_source);

    private static string Needle(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && stop - start < MaxNeedleLength && !char.IsWhiteSpace(text[stop]))
        {
            stop++;
        }

        return text.Substring(start, stop - start);
    }

    /// <summary>Keeps a span on its line: a diagnostic underlines one line at most.</summary>
    private static TextPosition Fit(TextPosition position, string line) =>
        position with { Length = Math.Max(0, Math.Min(position.Length, line.Length - (position.Column - 1))) };
}
