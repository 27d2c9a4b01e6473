using System.Collections.Generic;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Formats;

/// <summary>
/// Splits a plain-text article into blocks. The first non-blank line is the headline. The body comes in two shapes
/// that both occur in real corpora, told apart run by run (a run is a stretch of lines between blank lines):
/// <list type="bullet">
/// <item>one paragraph per line — news datasets and text copied from web pages, lines of any length;</item>
/// <item>hard-wrapped paragraphs separated by blank lines — e-mail and Gutenberg style, lines cut near one width.</item>
/// </list>
/// A run is read as one wrapped paragraph only when it looks wrapped: every line but the last is at least
/// <see cref="WrappedLineShare"/> of the run's longest line, the longest is at most <see cref="MaxWrapWidth"/>
/// characters, no line is a list item, and most lines end mid-sentence. Otherwise every line is its own block.
/// Lines of dashes or stars alone are separators; lines opening with <c>-</c>, <c>*</c>, <c>•</c> or <c>1.</c> are list items.
/// </summary>
public static class PlainTextParser
{
    public const int MaxWrapWidth = 120;
    public const double WrappedLineShare = 0.55;

    public static ArticleDocument Parse(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<DocumentBlock>();
        var run = new List<SourceLine>();
        var titleTaken = false;
        foreach (var line in lines)
        {
            if (!titleTaken)
            {
                if (!line.IsBlank)
                {
                    blocks.Add(DocumentBlock.Plain(BlockKind.Heading, TextCleaner.Clean(line.Text), line.Number, 1) with { Level = 1 });
                    titleTaken = true;
                }

                continue;
            }

            if (line.IsBlank)
            {
                AddRun(run, blocks);
                continue;
            }

            run.Add(line);
        }

        AddRun(run, blocks);
        return new ArticleDocument(SourceFormat.PlainText, blocks);
    }

    private static void AddRun(List<SourceLine> run, List<DocumentBlock> blocks)
    {
        if (run.Count == 0)
        {
            return;
        }

        if (IsHardWrapped(run))
        {
            var joined = string.Join(" ", run.ConvertAll(l => l.Text));
            blocks.Add(DocumentBlock.Plain(BlockKind.Paragraph, TextCleaner.Clean(joined), run[0].Number, 1));
        }
        else
        {
            foreach (var line in run)
            {
                blocks.Add(LineBlock(line));
            }
        }

        run.Clear();
    }

    private static DocumentBlock LineBlock(SourceLine line)
    {
        var text = line.Text.Trim();
        if (IsSeparator(text))
        {
            return DocumentBlock.Plain(BlockKind.Separator, text, line.Number, 1);
        }

        var marker = ListMarker(text);
        if (marker is not null)
        {
            var item = TextCleaner.Clean(text.Substring(marker.Length));
            return DocumentBlock.Plain(BlockKind.ListItem, item, line.Number, line.Text.IndexOf(text[0]) + marker.Length + 1) with { ListMarker = marker.Trim() };
        }

        return DocumentBlock.Plain(BlockKind.Paragraph, TextCleaner.Clean(text), line.Number, 1);
    }

    internal static bool IsSeparator(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ('-' or '*' or '_' or '=' or '–' or '—' or '~' or '#' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The list marker a line opens with, including the space after it, or <see langword="null"/>.</summary>
    internal static string? ListMarker(string text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '•' or '·' or '–' && text[1] == ' ')
        {
            return text.Substring(0, 2);
        }

        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' '
            ? text.Substring(0, digits + 2)
            : null;
    }

    private static bool IsHardWrapped(List<SourceLine> run)
    {
        if (run.Count < 2)
        {
            return false;
        }

        var longest = 0;
        foreach (var line in run)
        {
            var text = line.Text.Trim();
            if (ListMarker(text) is not null || IsSeparator(text))
            {
                return false;
            }

            longest = System.Math.Max(longest, text.Length);
        }

        if (longest > MaxWrapWidth)
        {
            return false;
        }

        var endsSentence = 0;
        for (var i = 0; i < run.Count - 1; i++)
        {
            var text = run[i].Text.Trim();
            if (text.Length < longest * WrappedLineShare)
            {
                return false;
            }

            if (text[text.Length - 1] is '.' or '!' or '?' or ':' or '"' or '”' or '»')
            {
                endsSentence++;
            }
        }

        return endsSentence * 2 < run.Count - 1;
    }
}
